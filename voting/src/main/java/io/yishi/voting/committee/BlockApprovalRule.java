package io.yishi.voting.committee;

import io.yishi.core.spi.Parameters;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Id {@code block}: block approval voting, also called multi-winner approval voting (AV) — the
 * {@code seats} candidates approved by the most voters are elected. See Lackner and Skowron,
 * <i>Multi-Winner Voting with Approval Preferences</i> (Springer 2023), section 2.2.
 *
 * <p>The count has one step, whose values are every candidate's number of approvals. The elected
 * are listed by approvals, most first; candidates with equal approvals who are all elected follow
 * the slate order, which decides nothing. Candidates tied at the cut, more of them than seats
 * left, are a tie for those seats, settled by {@code tieBreak}.
 */
public final class BlockApprovalRule extends ApprovalCommitteeRule {

  /** Creates the rule; it holds no state. */
  public BlockApprovalRule() {}

  @Override
  public String id() {
    return "block";
  }

  @Override
  public String description() {
    return "block approval: the candidates approved by the most voters fill the seats";
  }

  @Override
  void count(ApprovalCount count, Parameters parameters) {
    long[] approvals = count.approvals;
    Integer[] order = new Integer[count.m];
    Arrays.setAll(order, c -> c);
    Arrays.sort(order, Comparator.comparingLong((Integer c) -> -approvals[c])
        .thenComparingInt(c -> c));
    long cut = approvals[order[count.seats - 1]];
    List<Integer> above = new ArrayList<>();
    List<Integer> atCut = new ArrayList<>();
    StringBuilder line = new StringBuilder("Approvals:");
    Map<String, BigDecimal> values = new TreeMap<>();
    for (int c : order) {
      line.append(' ').append(count.name(c)).append(' ').append(approvals[c]).append(';');
      values.put(count.name(c), BigDecimal.valueOf(approvals[c]));
      if (approvals[c] > cut) {
        above.add(c);
      } else if (approvals[c] == cut) {
        atCut.add(c);
      }
    }
    count.line(line.substring(0, line.length() - 1));
    atCut.sort(null);
    above.forEach(count::elect);
    StringBuilder note = new StringBuilder("the " + count.seats + " most approved are elected");
    int places = count.seats - above.size();
    List<Integer> electedNow = new ArrayList<>(above);
    StringBuilder tieNote = new StringBuilder();
    List<Integer> chosen = count.choose(atCut, places, tieNote);
    if (chosen != null) {
      chosen.forEach(count::elect);
      electedNow.addAll(chosen);
    }
    if (tieNote.length() > 0) {
      note.append("; ").append(cut).append(" approvals each: ").append(tieNote);
      count.line(tieNote.substring(0, 1).toUpperCase() + tieNote.substring(1));
    }
    count.step(values, electedNow, note.toString());
  }
}
