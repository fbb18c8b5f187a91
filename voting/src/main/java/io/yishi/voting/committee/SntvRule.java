package io.yishi.voting.committee;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Single non-transferable vote: each ballot counts once, for its first choice, and the {@code
 * seats} candidates with the most votes are elected. Id {@code sntv}.
 *
 * <p>Only the first tier of a ranking is read. A ranking whose first tier holds several
 * candidates names no single first choice and counts for none of them, as in {@link
 * io.yishi.voting.ranked.Profile#firstPreferences()}.
 *
 * <p>Candidates are elected in order of votes. When candidates with equal votes compete for the
 * last seats, {@code tieBreak: lot} (the default) draws them one at a time by lot from the seed;
 * with {@code tieBreak: none} the decision elects those above the tie and names the tied
 * candidates. The single step's values are the candidates' votes, whole numbers.
 */
public final class SntvRule extends RankedCommitteeRule {

  /** Creates the rule; it holds no state. */
  public SntvRule() {}

  /** {@return {@code "sntv"}} */
  @Override
  public String id() {
    return "sntv";
  }

  /** {@return a one-line description} */
  @Override
  public String description() {
    return "single non-transferable vote: one vote for the first choice, the most votes win the"
        + " seats";
  }

  @Override
  CommitteeDecision count(CommitteeCount count) {
    long[] votes = count.profile.firstPreferences();
    int m = count.m;
    Integer[] order = new Integer[m];
    for (int c = 0; c < m; c++) {
      order[c] = c;
    }
    java.util.Arrays.sort(order, (a, b) -> a.equals(b) ? 0
        : votes[a] != votes[b] ? Long.compare(votes[b], votes[a]) : Integer.compare(a, b));
    List<Integer> electedNow = new ArrayList<>();
    StringBuilder note = new StringBuilder("First choices of ")
        .append(count.profile.voters()).append(" ballots");
    long none = count.profile.voters();
    for (long v : votes) {
      none -= v;
    }
    if (none > 0) {
      note.append(" (").append(none).append(" with several candidates first count for none)");
    }
    int i = 0;
    while (electedNow.size() < count.seats) {
      long v = votes[order[i]];
      List<Integer> group = new ArrayList<>();
      int j = i;
      while (j < m && votes[order[j]] == v) {
        group.add(order[j++]);
      }
      int open = count.seats - electedNow.size();
      if (group.size() <= open) {
        for (int c : group) {
          electedNow.add(c);
          count.elect(c);
        }
        i = j;
        continue;
      }
      note.append("; ").append(group.size()).append(" candidates tied with ").append(v)
          .append(" votes for ").append(open).append(open == 1 ? " seat" : " seats");
      List<Integer> left = new ArrayList<>(group);
      while (electedNow.size() < count.seats) {
        int c = count.settle(left, "seat " + (electedNow.size() + 1));
        if (c < 0) {
          note.append(", not broken (tieBreak none)");
          break;
        }
        note.append(electedNow.size() + 1 == count.seats - open + 1 ? ", by lot (seed "
            + count.seed + "): " : ", ").append(count.name(c));
        left.remove(Integer.valueOf(c));
        electedNow.add(c);
        count.elect(c);
      }
      break;
    }
    Map<Integer, Long> values = new LinkedHashMap<>();
    for (int c = 0; c < m; c++) {
      values.put(c, votes[c]);
    }
    if (!electedNow.isEmpty()) {
      note.append("; elected: ").append(count.names(electedNow));
    }
    count.step(values, 0, electedNow, List.of(), note.toString());
    return count.decision();
  }
}
