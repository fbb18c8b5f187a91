package io.yishi.voting.cardinal;

import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Tie;
import io.yishi.core.spi.Verdict;
import io.yishi.core.tie.LotTieBreaker;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A cardinal count in progress: explanation lines, ties and lots, and the decision. */
final class Tally {

  static final ParameterSpec TIE_BREAK = ParameterSpec.of("tieBreak", "none | lot", "none",
      "none: report tied winners as a tie; lot: draw the winner by lot from the seed");

  /** How tied winners are reported. */
  enum TieBreak {
    NONE,
    LOT
  }

  final String ruleId;
  final List<String> candidates;
  final int m;
  final long seed;
  final TieBreak tieBreak;
  private final List<String> lines = new ArrayList<>();
  private List<Integer> winners = List.of();
  private boolean tie;
  private int lots;

  Tally(String ruleId, List<String> candidates, long seed, TieBreak tieBreak) {
    this.ruleId = ruleId;
    this.candidates = candidates;
    this.m = candidates.size();
    this.seed = seed;
    this.tieBreak = tieBreak;
  }

  String name(int c) {
    return candidates.get(c);
  }

  void line(String text) {
    lines.add(text);
  }

  String names(List<Integer> group) {
    List<String> names = new ArrayList<>();
    for (int c : group) {
      names.add(name(c));
    }
    return String.join(", ", names);
  }

  /** Candidates with the highest value, in candidate order. */
  List<Integer> best(long[] value) {
    List<Integer> best = new ArrayList<>();
    for (int c = 0; c < value.length; c++) {
      if (best.isEmpty() || value[c] > value[best.get(0)]) {
        best.clear();
        best.add(c);
      } else if (value[c] == value[best.get(0)]) {
        best.add(c);
      }
    }
    return best;
  }

  /** The candidates in tiers by value, highest first; equal values share a tier. */
  static List<List<Integer>> tiers(long[] value) {
    Integer[] order = new Integer[value.length];
    for (int c = 0; c < order.length; c++) {
      order[c] = c;
    }
    Arrays.sort(order, Comparator.comparingLong((Integer c) -> -value[c]).thenComparingInt(c -> c));
    List<List<Integer>> tiers = new ArrayList<>();
    for (int k = 0; k < order.length; k++) {
      if (k > 0 && value[order[k]] == value[order[k - 1]]) {
        tiers.get(tiers.size() - 1).add(order[k]);
      } else {
        tiers.add(new ArrayList<>(List.of(order[k])));
      }
    }
    return tiers;
  }

  /**
   * Sets the winners; several are a tie, which a lot settles if the tie-break says so.
   *
   * @param group the winners, at least one
   */
  void winners(List<Integer> group) {
    if (group.size() > 1 && tieBreak == TieBreak.LOT) {
      int chosen = lot(group);
      lines.add("Tie between " + names(group) + ", settled by lot (seed " + seed + "): "
          + name(chosen));
      winners = List.of(chosen);
      tie = false;
      return;
    }
    winners = List.copyOf(group);
    tie = group.size() > 1;
    if (tie) {
      lines.add("Tie between " + names(group) + " (not broken: parameter tieBreak is none)");
    }
  }

  /** {@return the winners set so far, after any lot} */
  List<Integer> winners() {
    return winners;
  }

  /**
   * Draws one of the candidates by lot from the seed; each draw in one count uses the next seed,
   * so that several draws are independent yet repeatable.
   */
  int lot(List<Integer> group) {
    List<String> names = new ArrayList<>();
    for (int c : group) {
      names.add(name(c));
    }
    String chosen = new LotTieBreaker().choose(new Tie(names, seed + lots++));
    return candidates.indexOf(chosen);
  }

  /** {@return the value by name, in candidate order} */
  Map<String, BigDecimal> byName(long[] value) {
    Map<String, BigDecimal> map = new LinkedHashMap<>();
    for (int c = 0; c < m; c++) {
      map.put(name(c), BigDecimal.valueOf(value[c]));
    }
    return map;
  }

  /** {@code total / voters} to two decimals, half up, for people; "-" without voters. */
  static String average(long total, long voters) {
    if (voters == 0) {
      return "-";
    }
    return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(voters), 2, RoundingMode.HALF_UP)
        .toPlainString();
  }

  CardinalDecision decision(List<List<Integer>> ranking, Map<String, BigDecimal> scores,
      CardinalDecision.Runoff runoff) {
    List<String> winnerNames = winners.stream().map(this::name).toList();
    List<List<String>> tiers = ranking.stream()
        .map(t -> t.stream().map(this::name).toList()).toList();
    List<String> text = new ArrayList<>(lines);
    text.add(winnerNames.isEmpty() ? "No winner"
        : (tie ? "Tied winners: " : "Winner: ") + String.join(", ", winnerNames));
    if (!tiers.isEmpty()) {
      text.add("Ranking: " + String.join(" > ", tiers.stream()
          .map(t -> t.size() == 1 ? t.get(0) : "{" + String.join(", ", t) + "}").toList()));
    }
    return new CardinalDecision(ruleId, winnerNames.isEmpty() ? Verdict.NOT_DECIDED
        : Verdict.CHOSEN, candidates, winnerNames, tie, tiers, scores, runoff, text);
  }
}
