package io.yishi.voting.ranked;

import io.yishi.core.spi.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Id {@code coombs}: each round, a candidate ranked first among the remaining by more than half
 * of the ballots counting wins; otherwise the candidate ranked last among the remaining by the
 * most ballots is eliminated. Candidates a ballot leaves out share its last place; a ballot whose
 * last (or first) remaining candidates are tied counts for none of them that round. Ties for
 * elimination are broken backwards (most last places in the latest earlier round where they
 * differ), then by lot from the seed. The ranking is the winner, then the candidates in reverse
 * order of elimination.
 */
public final class CoombsMethod extends RankedMethod {

  /** Creates the method; it holds no state. */
  public CoombsMethod() {}

  @Override
  public String id() {
    return "coombs";
  }

  @Override
  public String description() {
    return "eliminate the candidate ranked last by the most voters until one has a majority of"
        + " first places";
  }

  @Override
  void count(Count count, Parameters parameters) {
    int m = count.m;
    Orders orders = new Orders(count.profile, true);
    boolean[] eliminated = orders.eliminated();
    Orders.Tracker tops = orders.firsts;
    Orders.Tracker bottoms = Objects.requireNonNull(orders.lasts);
    List<long[]> history = new ArrayList<>();
    List<Integer> out = new ArrayList<>();
    for (int round = 1; ; round++) {
      long[] firsts = tops.votes.clone();
      long[] lasts = bottoms.votes.clone();
      long[] setAside = {tops.exhausted, tops.tiedVotes};
      long counting = 0;
      List<Integer> active = new ArrayList<>();
      for (int c = 0; c < m; c++) {
        counting += firsts[c];
        if (!eliminated[c]) {
          active.add(c);
        }
      }
      int leader = active.get(0);
      for (int c : active) {
        if (firsts[c] > firsts[leader]) {
          leader = c;
        }
      }
      if (active.size() == 1 || 2 * firsts[leader] > counting) {
        count.round(new RankedDecision.Round(round, Orders.votes(count, firsts, eliminated),
            List.of(), setAside[0], ""));
        count.line("Round " + round + ": first places " + Orders.votes(count, firsts, eliminated)
            + "; " + count.name(leader) + " has a majority");
        List<List<Integer>> ranking = new ArrayList<>();
        ranking.add(List.of(leader));
        List<Integer> rest = new ArrayList<>(active);
        rest.remove(Integer.valueOf(leader));
        if (!rest.isEmpty()) {
          ranking.add(rest);
        }
        for (int k = out.size() - 1; k >= 0; k--) {
          ranking.add(List.of(out.get(k)));
        }
        count.ranking(ranking);
        count.winners(List.of(leader));
        return;
      }
      long most = -1;
      for (int c : active) {
        most = Math.max(most, lasts[c]);
      }
      List<Integer> worst = new ArrayList<>();
      for (int c : active) {
        if (lasts[c] == most) {
          worst.add(c);
        }
      }
      if (worst.size() == active.size()) {
        count.line("Round " + round + ": last places " + Orders.votes(count, lasts, eliminated)
            + " are all equal; the remaining candidates tie");
        List<List<Integer>> ranking = new ArrayList<>();
        ranking.add(active);
        for (int k = out.size() - 1; k >= 0; k--) {
          ranking.add(List.of(out.get(k)));
        }
        count.ranking(ranking);
        count.winners(active);
        return;
      }
      int loser = worst.get(0);
      String note = "";
      if (worst.size() > 1) {
        Map.Entry<Integer, String> broken = Orders.breakTie(worst, history, false, count);
        loser = broken.getKey();
        note = broken.getValue();
      }
      count.round(new RankedDecision.Round(round, Orders.votes(count, lasts, eliminated),
          List.of(count.name(loser)), setAside[0], note));
      count.line("Round " + round + ": last places " + Orders.votes(count, lasts, eliminated)
          + "; eliminated " + count.name(loser) + (note.isEmpty() ? "" : " (" + note + ")"));
      history.add(lasts);
      orders.eliminate(loser);
      out.add(loser);
    }
  }
}
