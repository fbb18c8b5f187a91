package io.yishi.voting.committee;

import io.yishi.core.Rational;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Id {@code pav}: proportional approval voting (Thiele 1895) — the committee {@code W} of {@code
 * seats} candidates that maximises the sum over voters of {@code H(|A ∩ W|)}, where {@code A} is
 * the voter's approval set and {@code H(j) = 1 + 1/2 + … + 1/j} the harmonic number. See Lackner
 * and Skowron, <i>Multi-Winner Voting with Approval Preferences</i> (Springer 2023), section 2.2.
 *
 * <p>Parameter {@code variant} chooses how the committee is found:
 *
 * <ul>
 *   <li>{@code exact}: every committee is enumerated and scored exactly, in whole numbers over the
 *       common denominator {@code lcm(1, …, seats)}. Refused, with the reason, when there are
 *       more than {@value #EXACT_COMMITTEE_LIMIT} committees ({@code C(m, seats)}), when the
 *       enumeration would make more than {@value #EXACT_WORK_LIMIT} ballot updates (about {@code
 *       C(m + 1, seats)} times the average number of distinct ballots approving a candidate;
 *       a few seconds at most), or when exact scores could exceed 64 bits. Ties among optimal
 *       committees are settled by {@code tieBreak}: {@code lot} draws one of them; {@code none}
 *       elects the candidates in every optimal committee and names the others as tied. The elected
 *       are listed in slate order. The one step's values are, per candidate, the best score of a
 *       committee containing it.
 *   <li>{@code sequential}: sequential PAV (also "reweighted approval voting"), a greedy
 *       approximation — seat by seat, the candidate with the largest marginal gain {@code sum over
 *       its approvers of 1 / (1 + number of their approved candidates already elected)} is
 *       elected, exactly (rational gains). Each step's values are the gains of the candidates
 *       not yet elected. It can elect a different committee than {@code exact}.
 *   <li>{@code auto} (the default): {@code exact} within its limits, else {@code sequential}; the
 *       explanation says which ran and why.
 * </ul>
 *
 * <p>Step values are rounded half-even to 9 decimal places; the notes give the exact fractions.
 * In the sequential variant, any tie for the best gain counts as a tie for a seat, since the order
 * of election changes the later gains; candidates nobody approves have no gain and fill seats only
 * when no approved candidate is left.
 */
public final class ProportionalApprovalRule extends ApprovalCommitteeRule {

  /** The most committees the exact variant enumerates: {@value}. */
  public static final long EXACT_COMMITTEE_LIMIT = 200_000;

  /** The most ballot updates the exact variant makes: {@value}. */
  public static final long EXACT_WORK_LIMIT = 200_000_000;

  static final ParameterSpec VARIANT = ParameterSpec.of("variant", "auto | exact | sequential",
      "auto", "exact: enumerate all committees; sequential: greedy sequential PAV; auto: exact "
          + "up to " + EXACT_COMMITTEE_LIMIT + " committees, else sequential");

  /** How the committee is found; read as the words {@code auto}, {@code exact}, {@code sequential}. */
  enum Variant {
    AUTO,
    EXACT,
    SEQUENTIAL
  }

  /** Creates the rule; it holds no state. */
  public ProportionalApprovalRule() {}

  @Override
  public String id() {
    return "pav";
  }

  @Override
  public String description() {
    return "proportional approval voting: the committee with the highest harmonic satisfaction";
  }

  @Override
  List<ParameterSpec> ownParameters() {
    return List.of(VARIANT);
  }

  @Override
  void checkOwnParameters(Parameters parameters) {
    parameters.choice(VARIANT.name(), Variant.class, Variant.AUTO);
  }

  @Override
  void count(ApprovalCount count, Parameters parameters) {
    Variant variant = parameters.choice(VARIANT.name(), Variant.class, Variant.AUTO);
    @Nullable String tooBig = variant == Variant.SEQUENTIAL ? null : exactRefusal(count);
    if (variant == Variant.EXACT && tooBig != null) {
      throw new InvalidParameterException(VARIANT.name(), "exact", "cannot run here: " + tooBig
          + "; use variant auto or sequential");
    }
    if (variant == Variant.SEQUENTIAL || tooBig != null) {
      count.line("Variant: sequential PAV (greedy: each seat goes to the largest marginal gain)"
          + (variant == Variant.AUTO ? "; exact PAV not run: " + tooBig : ""));
      sequential(count);
    } else {
      exact(count);
    }
  }

  /** {@return why exact enumeration is refused for this count, or null if it can run} */
  static @Nullable String exactRefusal(ApprovalCount count) {
    int m = count.m;
    int k = count.seats;
    BigInteger committees = binomial(m, k);
    if (committees.compareTo(BigInteger.valueOf(EXACT_COMMITTEE_LIMIT)) > 0) {
      return "C(" + m + ", " + k + ") = " + committees + " committees exceed the limit of "
          + EXACT_COMMITTEE_LIMIT;
    }
    long touched = 0;
    for (int c = 0; c < m; c++) {
      touched += count.approvers[c].length;
    }
    BigInteger work = binomial(m + 1, k).multiply(BigInteger.valueOf(1 + touched / m));
    if (work.compareTo(BigInteger.valueOf(EXACT_WORK_LIMIT)) > 0) {
      return "about " + work + " ballot updates (" + committees + " committees over "
          + count.d + " distinct ballots) exceed the limit of " + EXACT_WORK_LIMIT;
    }
    BigInteger bound = BigInteger.valueOf(count.profile.voters())
        .multiply(lcm(k)).multiply(BigInteger.valueOf(k));
    if (bound.bitLength() > 62) {
      return "exact scores over " + count.profile.voters() + " voters and " + k
          + " seats could exceed 64 bits";
    }
    return null;
  }

  static BigInteger binomial(int n, int k) {
    BigInteger result = BigInteger.ONE;
    for (int i = 0; i < k; i++) {
      result = result.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
    }
    return result;
  }

  /** {@return lcm(1, …, k)} */
  static BigInteger lcm(int k) {
    BigInteger l = BigInteger.ONE;
    for (int j = 2; j <= k; j++) {
      BigInteger bj = BigInteger.valueOf(j);
      l = l.divide(l.gcd(bj)).multiply(bj);
    }
    return l;
  }

  // ---- exact ----

  private static void exact(ApprovalCount count) {
    int m = count.m;
    int k = count.seats;
    long denominator = lcm(k).longValueExact();
    long[] weight = new long[k + 1];
    for (int j = 1; j <= k; j++) {
      weight[j] = denominator / j;
    }
    Enumeration e = new Enumeration(count, weight);
    e.run();
    count.line("Variant: exact PAV, all " + e.committees + " committees of " + k + " scored");
    Rational optimum = Rational.of(e.best, denominator);
    Map<String, BigDecimal> values = new TreeMap<>();
    for (int c = 0; c < m; c++) {
      values.put(count.name(c), ApprovalCount.decimal(BigInteger.valueOf(e.bestWith[c]),
          BigInteger.valueOf(denominator)));
    }
    StringBuilder note = new StringBuilder("exact PAV: optimum score "
        + ApprovalCount.withDecimal(optimum));
    count.line("Optimum PAV score " + ApprovalCount.withDecimal(optimum));
    List<int[]> optimal = e.optimal;
    int[] committee;
    if (optimal.size() == 1) {
      committee = optimal.get(0);
    } else {
      List<String> labels = new ArrayList<>();
      for (int[] w : optimal) {
        labels.add("{" + String.join(", ", count.names(Arrays.stream(w).boxed().toList())) + "}");
      }
      int shown = Math.min(labels.size(), 10);
      count.line(optimal.size() + " committees reach it: " + String.join(" ",
          labels.subList(0, shown)) + (shown < labels.size() ? " …" : ""));
      note.append("; ").append(optimal.size()).append(" optimal committees");
      if (count.tieBreak == TieBreak.NONE) {
        int[] in = new int[m];
        for (int[] w : optimal) {
          for (int c : w) {
            in[c]++;
          }
        }
        List<Integer> sure = new ArrayList<>();
        List<Integer> tied = new ArrayList<>();
        for (int c = 0; c < m; c++) {
          if (in[c] == optimal.size()) {
            sure.add(c);
          } else if (in[c] > 0) {
            tied.add(c);
          }
        }
        sure.forEach(count::elect);
        count.openTie(tied);
        note.append(", tie not broken (tieBreak none)");
        count.step(values, sure, note.toString());
        return;
      }
      committee = optimal.get(count.drawLabel(labels));
      String settled = "tie between the optimal committees, settled by lot (seed "
          + count.lastLotSeed() + "): " + labels.get(optimal.indexOf(committee));
      note.append(", ").append(settled);
      count.line(settled.substring(0, 1).toUpperCase() + settled.substring(1));
    }
    List<Integer> chosen = Arrays.stream(committee).boxed().toList();
    chosen.forEach(count::elect);
    count.step(values, chosen, note.toString());
  }

  /** Depth-first enumeration of the committees in index order, scored incrementally. */
  private static final class Enumeration {
    final ApprovalCount count;
    final long[] weight;
    final int k;
    final int[] have;
    final int[] current;
    final long[] bestWith;
    long score;
    long best = -1;
    long committees;
    final List<int[]> optimal = new ArrayList<>();

    Enumeration(ApprovalCount count, long[] weight) {
      this.count = count;
      this.weight = weight;
      this.k = count.seats;
      this.have = new int[count.d];
      this.current = new int[k];
      this.bestWith = new long[count.m];
    }

    void run() {
      extend(0, 0);
    }

    private void extend(int depth, int from) {
      if (depth == k) {
        leaf();
        return;
      }
      int last = count.m - (k - depth);
      for (int c = from; c <= last; c++) {
        current[depth] = c;
        long[] counts = count.counts;
        for (int b : count.approvers[c]) {
          score += counts[b] * weight[++have[b]];
        }
        extend(depth + 1, c + 1);
        for (int b : count.approvers[c]) {
          score -= counts[b] * weight[have[b]--];
        }
      }
    }

    private void leaf() {
      committees++;
      if (score > best) {
        best = score;
        optimal.clear();
      }
      if (score == best) {
        optimal.add(current.clone());
      }
      for (int c : current) {
        if (score > bestWith[c]) {
          bestWith[c] = score;
        }
      }
    }
  }

  // ---- sequential ----

  private static void sequential(ApprovalCount count) {
    int m = count.m;
    int k = count.seats;
    int stride = k + 1;
    // byHave[c * stride + t]: voters approving c of whose approved candidates t are elected.
    long[] byHave = new long[m * stride];
    for (int c = 0; c < m; c++) {
      byHave[c * stride] = count.approvals[c];
    }
    int[] have = new int[count.d];
    BigInteger denominator = lcm(k);
    BigInteger[] weight = new BigInteger[stride];
    for (int t = 0; t < k; t++) {
      weight[t] = denominator.divide(BigInteger.valueOf(t + 1));
    }
    BigInteger[] gain = new BigInteger[m];
    while (count.remainingSeats() > 0) {
      BigInteger best = null;
      List<Integer> contenders = new ArrayList<>();
      Map<String, BigDecimal> values = new TreeMap<>();
      for (int c = 0; c < m; c++) {
        if (count.isElected(c)) {
          continue;
        }
        BigInteger g = BigInteger.ZERO;
        for (int t = 0; t < k; t++) {
          long voters = byHave[c * stride + t];
          if (voters != 0) {
            g = g.add(weight[t].multiply(BigInteger.valueOf(voters)));
          }
        }
        gain[c] = g;
        values.put(count.name(c), ApprovalCount.decimal(g, denominator));
        int cmp = best == null ? 1 : g.compareTo(best);
        if (cmp > 0) {
          best = g;
          contenders.clear();
        }
        if (cmp >= 0) {
          contenders.add(c);
        }
      }
      StringBuilder note = new StringBuilder();
      if (best.signum() == 0) {
        note.append("no candidate left has an approval; candidates without approvals fill the "
            + "remaining seats");
        count.line("No approved candidate left: " + String.join(", ", count.names(contenders))
            + " have no approvals and can only fill the remaining seats");
        StringBuilder tieNote = new StringBuilder();
        List<Integer> chosen = count.choose(contenders, count.remainingSeats(), tieNote);
        if (tieNote.length() > 0) {
          note.append("; ").append(tieNote);
        }
        if (chosen != null) {
          chosen.forEach(count::elect);
        }
        count.step(values, chosen == null ? List.of() : chosen, note.toString());
        return;
      }
      Rational exactGain = Rational.of(best, denominator);
      StringBuilder tieNote = new StringBuilder();
      List<Integer> chosen = count.choose(contenders, 1, tieNote);
      if (chosen == null) {
        count.line("Seat " + (count.electedCount() + 1) + ": " + tieNote + ", marginal gain "
            + exactGain + " each");
        count.step(values, List.of(), "seat " + (count.electedCount() + 1) + ": " + tieNote
            + ", marginal gain " + exactGain + " each");
        return;
      }
      int e = chosen.get(0);
      note.append(count.name(e)).append(" elected with the largest marginal gain, ")
          .append(exactGain).append(" (sequential PAV)");
      if (tieNote.length() > 0) {
        note.append("; ").append(tieNote);
      }
      count.line("Seat " + (count.electedCount() + 1) + ": " + count.name(e) + ", marginal gain "
          + ApprovalCount.withDecimal(exactGain)
          + (tieNote.length() > 0 ? "; " + tieNote : ""));
      count.elect(e);
      count.step(values, List.of(e), note.toString());
      for (int b : count.approvers[e]) {
        int t = have[b]++;
        long voters = count.counts[b];
        for (int c : count.approved[b]) {
          byHave[c * stride + t] -= voters;
          byHave[c * stride + t + 1] += voters;
        }
      }
    }
  }
}
