package io.yishi.voting.committee;

import io.yishi.core.Rational;
import io.yishi.core.spi.Parameters;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Id {@code phragmen}: Phragmén's sequential rule (seq-Phragmén), as defined by Brill, Freeman,
 * Janson and Lackner, "Phragmén's voting methods and justified representation" (AAAI 2017;
 * Mathematical Programming 2024). Each seat carries a load of 1, shared by the voters who approve
 * the elected candidate. Seat by seat, the candidate {@code c} elected is the one that minimises
 * the new maximal load of its approvers,
 *
 * <pre>{@code (1 + sum of the current loads of c's approvers) / (number of c's approvers)}</pre>
 *
 * and every approver of {@code c} then carries that load. The rule satisfies proportional
 * justified representation (PJR).
 *
 * <p>Loads are exact rationals (voters with the same ballot always carry the same load, so the
 * count runs over distinct ballots with their counts). Each step's values are the load every
 * candidate not yet elected would bring, rounded half-even to 9 decimal places; the note gives
 * the elected candidate's exact load. A candidate nobody approves has no finite load: such
 * candidates fill seats only at the end, when no approved candidate is left, and the explanation
 * says so. Any tie for the least load counts as a tie for a seat (the order of election changes
 * the later loads) and is settled by {@code tieBreak}.
 */
public final class PhragmenRule extends ApprovalCommitteeRule {

  /** Creates the rule; it holds no state. */
  public PhragmenRule() {}

  @Override
  public String id() {
    return "phragmen";
  }

  @Override
  public String description() {
    return "Phragmén's sequential rule: each seat goes to the candidate whose approvers end up"
        + " with the least maximal load";
  }

  @Override
  void count(ApprovalCount count, Parameters parameters) {
    int m = count.m;
    int k = count.seats;
    int stride = k + 1;
    // Voters' loads take at most k + 1 values: 0, and the load set when each seat was filled.
    // byLoad[c * stride + j]: voters approving c whose load is the one set at seat j (0: none).
    long[] byLoad = new long[m * stride];
    for (int c = 0; c < m; c++) {
      byLoad[c * stride] = count.approvals[c];
    }
    // Loads are kept over one common denominator, so that a step needs no gcd: the load set at
    // seat j is loadNum[j] / denominator, and the denominator grows by at most the approval count
    // of each elected candidate.
    BigInteger denominator = BigInteger.ONE;
    BigInteger[] loadNum = new BigInteger[stride];
    loadNum[0] = BigInteger.ZERO;
    int[] loadOf = new int[count.d];
    List<Integer> unapproved = new ArrayList<>();
    for (int c = 0; c < m; c++) {
      if (count.approvals[c] == 0) {
        unapproved.add(c);
      }
    }
    if (!unapproved.isEmpty()) {
      count.line(String.join(", ", count.names(unapproved)) + (unapproved.size() == 1 ? " has"
          : " have") + " no approvals: no finite load, can only fill seats left at the end");
    }
    BigInteger[] top = new BigInteger[m];
    while (count.remainingSeats() > 0) {
      int seat = count.electedCount() + 1;
      // Candidate c's new load is top[c] / (denominator * approvals[c]).
      int first = -1;
      List<Integer> contenders = new ArrayList<>();
      Map<String, BigDecimal> values = new TreeMap<>();
      for (int c = 0; c < m; c++) {
        if (count.isElected(c) || count.approvals[c] == 0) {
          continue;
        }
        BigInteger sum = denominator;
        for (int j = 1; j < seat; j++) {
          long voters = byLoad[c * stride + j];
          if (voters != 0) {
            sum = sum.add(loadNum[j].multiply(BigInteger.valueOf(voters)));
          }
        }
        top[c] = sum;
        values.put(count.name(c), ApprovalCount.decimal(sum,
            denominator.multiply(BigInteger.valueOf(count.approvals[c]))));
        int cmp = first < 0 ? -1 : sum.multiply(BigInteger.valueOf(count.approvals[first]))
            .compareTo(top[first].multiply(BigInteger.valueOf(count.approvals[c])));
        if (cmp < 0) {
          first = c;
          contenders.clear();
        }
        if (cmp <= 0) {
          contenders.add(c);
        }
      }
      @Nullable Rational best = first < 0 ? null : Rational.of(top[first],
          denominator.multiply(BigInteger.valueOf(count.approvals[first])));
      if (best == null) {
        List<Integer> rest = count.unelected();
        StringBuilder note = new StringBuilder("no approved candidate left; " + String.join(", ",
            count.names(rest)) + " without approvals fill the remaining seats");
        StringBuilder tieNote = new StringBuilder();
        List<Integer> chosen = count.choose(rest, count.remainingSeats(), tieNote);
        if (tieNote.length() > 0) {
          note.append("; ").append(tieNote);
        }
        count.line("Seats " + seat + " to " + k + ": " + note);
        if (chosen != null) {
          chosen.forEach(count::elect);
        }
        count.step(values, chosen == null ? List.of() : chosen, note.toString());
        return;
      }
      StringBuilder tieNote = new StringBuilder();
      List<Integer> chosen = count.choose(contenders, 1, tieNote);
      if (chosen == null) {
        String note = "seat " + seat + ": " + tieNote + ", new maximal load " + best + " each";
        count.line(note.substring(0, 1).toUpperCase() + note.substring(1));
        count.step(values, List.of(), note);
        return;
      }
      int e = chosen.get(0);
      String note = count.name(e) + " elected; its " + count.approvals[e]
          + " approvers now carry load " + ApprovalCount.withDecimal(best)
          + (tieNote.length() > 0 ? "; " + tieNote : "");
      count.line("Seat " + seat + ": " + note);
      count.elect(e);
      count.step(values, List.of(e), note);
      // Bring every load to the new common denominator lcm(denominator, best's denominator).
      BigInteger lcm = denominator.divide(denominator.gcd(best.denominator())).multiply(best.denominator());
      BigInteger scale = lcm.divide(denominator);
      for (int j = 1; j < seat; j++) {
        loadNum[j] = loadNum[j].multiply(scale);
      }
      loadNum[seat] = best.numerator().multiply(lcm.divide(best.denominator()));
      denominator = lcm;
      for (int b : count.approvers[e]) {
        int old = loadOf[b];
        loadOf[b] = seat;
        long voters = count.counts[b];
        for (int c : count.approved[b]) {
          byLoad[c * stride + old] -= voters;
          byLoad[c * stride + seat] += voters;
        }
      }
    }
  }
}
