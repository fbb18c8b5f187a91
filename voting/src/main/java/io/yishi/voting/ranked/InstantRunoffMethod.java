package io.yishi.voting.ranked;

import io.yishi.core.simulation.RankingTally;
import io.yishi.core.spi.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Id {@code irv}: instant runoff. Each round every ballot counts for its best remaining
 * candidate; a candidate with more than half of the ballots still counting wins; otherwise the
 * candidate with the fewest votes is eliminated and the next round begins.
 *
 * <ul>
 *   <li>A tie for the fewest votes is broken backwards: the candidate with fewer votes in the
 *       latest earlier round where the tied candidates differ is eliminated; if they never
 *       differed, by a lot drawn from the seed. The round says how.
 *   <li>A ballot with no remaining ranked candidate is exhausted; each round reports how many.
 *       A ballot whose best remaining candidates are tied counts for none of them that round.
 *   <li>If every remaining candidate has the same number of votes, they are the tied winners.
 * </ul>
 *
 * <p>The ranking is the winner, then the candidates in reverse order of elimination.
 */
public final class InstantRunoffMethod extends RankedMethod {

  /** Creates the method; it holds no state. */
  public InstantRunoffMethod() {}

  @Override
  public String id() {
    return "irv";
  }

  @Override
  public String description() {
    return "instant runoff: eliminate the weakest until someone has a majority of the ballots"
        + " still counting";
  }

  @Override
  void count(Count count, Parameters parameters) {
    int m = count.m;
    Orders orders = new Orders(count.profile, false);
    boolean[] eliminated = orders.eliminated();
    Orders.Tracker tops = orders.firsts;
    List<long[]> history = new ArrayList<>();
    List<Integer> out = new ArrayList<>();
    int remaining = m;
    for (int round = 1; ; round++) {
      long[] votes = tops.votes.clone();
      long[] setAside = {tops.exhausted, tops.tiedVotes};
      long counting = 0;
      for (int c = 0; c < m; c++) {
        counting += votes[c];
      }
      List<Integer> active = new ArrayList<>();
      for (int c = 0; c < m; c++) {
        if (!eliminated[c]) {
          active.add(c);
        }
      }
      int leader = active.get(0);
      long least = Long.MAX_VALUE;
      for (int c : active) {
        if (votes[c] > votes[leader]) {
          leader = c;
        }
        least = Math.min(least, votes[c]);
      }
      boolean majority = 2 * votes[leader] > counting;
      // Only a final pair with equal votes is a tie; three or more equal go to the tie-break
      // for elimination, so that a Condorcet loser among them is never elected by default.
      boolean allEqual = votes[leader] == least && remaining == 2;
      String exhaustedNote = setAside[1] > 0 ? setAside[1] + " ballots tied at their top set"
          + " aside" : "";
      if (remaining == 1 || majority || allEqual) {
        count.round(new RankedDecision.Round(round, Orders.votes(count, votes, eliminated),
            List.of(), setAside[0], exhaustedNote));
        count.line("Round " + round + ": " + Orders.votes(count, votes, eliminated)
            + ", exhausted " + setAside[0] + (majority ? "; " + count.name(leader)
            + " has a majority of the " + counting + " ballots counting" : ""));
        List<Integer> winners = majority || remaining == 1 ? List.of(leader) : active;
        List<List<Integer>> ranking = new ArrayList<>();
        ranking.add(winners);
        // the others still standing, by their last-round votes (equal votes share a tier)
        List<Integer> rest = new ArrayList<>(active);
        rest.removeAll(winners);
        rest.sort((a, b) -> Long.compare(votes[b], votes[a]));
        for (int c : rest) {
          List<Integer> last = ranking.get(ranking.size() - 1);
          if (rest.contains(last.get(0)) && votes[last.get(0)] == votes[c]) {
            last.add(c);
          } else {
            ranking.add(new ArrayList<>(List.of(c)));
          }
        }
        for (int k = out.size() - 1; k >= 0; k--) {
          ranking.add(List.of(out.get(k)));
        }
        count.ranking(ranking);
        count.winners(winners);
        return;
      }
      List<Integer> weakest = new ArrayList<>();
      for (int c : active) {
        if (votes[c] == least) {
          weakest.add(c);
        }
      }
      String note = exhaustedNote;
      int loser = weakest.get(0);
      if (weakest.size() > 1) {
        Map.Entry<Integer, String> broken = Orders.breakTie(weakest, history, true, count);
        loser = broken.getKey();
        note = note.isEmpty() ? broken.getValue() : note + "; " + broken.getValue();
      }
      count.round(new RankedDecision.Round(round, Orders.votes(count, votes, eliminated),
          List.of(count.name(loser)), setAside[0], note));
      count.line("Round " + round + ": " + Orders.votes(count, votes, eliminated)
          + ", exhausted " + setAside[0] + "; eliminated " + count.name(loser)
          + (note.isEmpty() ? "" : " (" + note + ")"));
      history.add(votes);
      orders.eliminate(loser);
      out.add(loser);
      remaining--;
    }
  }

  /**
   * The same rounds on a tally, whose rankings are complete and strict: no ballot is ever
   * exhausted or tied at its top, so every round counts every voter. A tie for the fewest
   * votes needs the backward tie-break and perhaps a lot: that case goes the full way.
   */
  @Override
  int @Nullable [] tallyWinners(RankingTally tally, Parameters parameters) {
    int m = tally.options();
    int[] held = new int[tally.rankings()];
    int distinct = 0;
    for (int code = 0; code < held.length; code++) {
      if (tally.count(code) > 0) {
        held[distinct++] = code;
      }
    }
    boolean[] eliminated = new boolean[m];
    long[] votes = new long[m];
    for (int remaining = m; ; remaining--) {
      java.util.Arrays.fill(votes, 0);
      for (int k = 0; k < distinct; k++) {
        int code = held[k];
        int place = 0;
        while (eliminated[tally.optionAt(code, place)]) {
          place++;
        }
        votes[tally.optionAt(code, place)] += tally.count(code);
      }
      int leader = -1;
      long least = Long.MAX_VALUE;
      int weakest = -1;
      int fewest = 0;
      for (int c = 0; c < m; c++) {
        if (eliminated[c]) {
          continue;
        }
        if (leader < 0 || votes[c] > votes[leader]) {
          leader = c;
        }
        if (votes[c] < least) {
          least = votes[c];
          weakest = c;
          fewest = 1;
        } else if (votes[c] == least) {
          fewest++;
        }
      }
      if (remaining == 1 || 2 * votes[leader] > tally.voters()) {
        return new int[] {leader};
      }
      if (remaining == 2 && votes[leader] == least) {
        int[] both = new int[2];
        for (int c = 0, k = 0; c < m; c++) {
          if (!eliminated[c]) {
            both[k++] = c;
          }
        }
        return both;
      }
      if (fewest > 1) {
        return null;
      }
      eliminated[weakest] = true;
    }
  }
}
