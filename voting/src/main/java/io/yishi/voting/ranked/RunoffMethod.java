package io.yishi.voting.ranked;

import io.yishi.core.spi.Parameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Id {@code runoff}: the two-round system. A candidate ranked first (alone) by more than half of
 * all voters wins at once; otherwise the two with the most first places meet in a runoff, decided
 * by the voters' rankings of the two. If several candidates tie for a runoff place, a lot drawn
 * from the seed picks among them, and the explanation says so. A tied runoff is a tie unless
 * {@code tieBreak} is {@code lot}.
 */
public final class RunoffMethod extends RankedMethod {

  /** Creates the method; it holds no state. */
  public RunoffMethod() {}

  @Override
  public String id() {
    return "runoff";
  }

  @Override
  public String description() {
    return "two rounds: a majority of first places wins, else the top two meet in a runoff";
  }

  @Override
  void count(Count count, Parameters parameters) {
    int m = count.m;
    long[] first = count.profile.firstPreferences();
    long voters = count.profile.voters();
    Map<String, Long> round1 = new LinkedHashMap<>();
    for (int c = 0; c < m; c++) {
      round1.put(count.name(c), first[c]);
    }
    List<List<Integer>> byFirst = Count.tiersByScore(first, true);
    int top = byFirst.get(0).get(0);
    if (byFirst.get(0).size() == 1 && 2 * first[top] > voters) {
      count.round(new RankedDecision.Round(1, round1, List.of(), 0, ""));
      count.line("Round 1: " + round1 + "; " + count.name(top) + " has a majority of the "
          + voters + " voters");
      count.ranking(byFirst);
      count.winners(List.of(top));
      return;
    }
    List<Integer> finalists = new ArrayList<>();
    String note = "";
    for (List<Integer> tier : byFirst) {
      List<Integer> pool = new ArrayList<>(tier);
      while (finalists.size() < 2 && !pool.isEmpty()) {
        if (pool.size() > 2 - finalists.size()) {
          int chosen = count.lot(pool);
          note = "tie for a runoff place between " + count.names(tier) + " broken by lot (seed "
              + count.seed + ")";
          finalists.add(chosen);
          pool.remove(Integer.valueOf(chosen));
        } else {
          finalists.addAll(pool);
          pool.clear();
        }
      }
      if (finalists.size() == 2) {
        break;
      }
    }
    List<String> out = new ArrayList<>();
    for (int c = 0; c < m; c++) {
      if (!finalists.contains(c)) {
        out.add(count.name(c));
      }
    }
    count.round(new RankedDecision.Round(1, round1, out, 0, note));
    count.line("Round 1: " + round1 + "; runoff between " + count.names(finalists)
        + (note.isEmpty() ? "" : " (" + note + ")"));
    if (finalists.size() < 2) {
      count.ranking(byFirst);
      count.winners(finalists);
      return;
    }
    int a = finalists.get(0);
    int b = finalists.get(1);
    long forA = count.profile.prefer(a, b);
    long forB = count.profile.prefer(b, a);
    Map<String, Long> round2 = new LinkedHashMap<>();
    round2.put(count.name(a), forA);
    round2.put(count.name(b), forB);
    count.round(new RankedDecision.Round(2, round2, List.of(),
        voters - forA - forB, ""));
    count.line("Round 2: " + round2 + "; " + (voters - forA - forB)
        + " voters rank neither above the other");
    List<List<Integer>> ranking = new ArrayList<>();
    if (forA == forB) {
      ranking.add(List.of(a, b));
    } else {
      ranking.add(List.of(forA > forB ? a : b));
      ranking.add(List.of(forA > forB ? b : a));
    }
    for (List<Integer> tier : byFirst) {
      List<Integer> rest = new ArrayList<>(tier);
      rest.removeAll(finalists);
      if (!rest.isEmpty()) {
        ranking.add(rest);
      }
    }
    count.ranking(ranking);
    count.winners(forA == forB ? List.of(a, b) : List.of(forA > forB ? a : b));
  }
}
