package io.yishi.voting.ranked;

import io.yishi.core.spi.Tie;
import io.yishi.core.spi.Verdict;
import io.yishi.core.tie.LotTieBreaker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** A ranked count in progress: what a method writes, and the helpers every method shares. */
final class Count {

  final String ruleId;
  final Profile profile;
  final int m;
  final long seed;
  final RankedMethod.TieBreak tieBreak;
  private final List<String> lines = new ArrayList<>();
  private final List<RankedDecision.Round> rounds = new ArrayList<>();
  private List<Integer> winners = List.of();
  private boolean tie;
  private List<List<Integer>> ranking = List.of();
  private boolean showPairwise;
  private int lots;

  Count(String ruleId, Profile profile, long seed, RankedMethod.TieBreak tieBreak) {
    this.ruleId = ruleId;
    this.profile = profile;
    this.m = profile.candidateCount();
    this.seed = seed;
    this.tieBreak = tieBreak;
    lines.add(ruleId + ": " + profile.voters() + " voters, " + profile.distinctBallots()
        + " distinct rankings, " + m + " candidates");
  }

  String name(int c) {
    return profile.candidates().get(c);
  }

  void line(String text) {
    lines.add(text);
  }

  void round(RankedDecision.Round round) {
    rounds.add(round);
  }

  /** Includes the pairwise matrix in the decision and prints it. */
  void showPairwise() {
    if (showPairwise) {
      return;
    }
    showPairwise = true;
    int width = 6;
    for (String c : profile.candidates()) {
      width = Math.max(width, c.length() + 1);
    }
    StringBuilder head = new StringBuilder(String.format("%-" + width + "s", "pairwise"));
    for (int b = 0; b < m; b++) {
      head.append(String.format("%" + width + "s", name(b)));
    }
    lines.add(head + "   (row ranked above column, by this many voters)");
    for (int a = 0; a < m; a++) {
      StringBuilder row = new StringBuilder(String.format("%-" + width + "s", name(a)));
      for (int b = 0; b < m; b++) {
        row.append(String.format("%" + width + "s", a == b ? "-" : profile.prefer(a, b)));
      }
      lines.add(row.toString());
    }
  }

  /** Candidates with the best score, in candidate order. */
  List<Integer> best(long[] score, boolean higherIsBetter) {
    List<Integer> best = new ArrayList<>();
    for (int c = 0; c < m; c++) {
      if (best.isEmpty() || compare(score[c], score[best.get(0)], higherIsBetter) > 0) {
        best.clear();
        best.add(c);
      } else if (score[c] == score[best.get(0)]) {
        best.add(c);
      }
    }
    return best;
  }

  private static int compare(long a, long b, boolean higherIsBetter) {
    return higherIsBetter ? Long.compare(a, b) : Long.compare(b, a);
  }

  /** The candidates in tiers by score, best first; equal scores share a tier. */
  static List<List<Integer>> tiersByScore(long[] score, boolean higherIsBetter) {
    Integer[] order = new Integer[score.length];
    for (int c = 0; c < score.length; c++) {
      order[c] = c;
    }
    Arrays.sort(order, Comparator.comparingLong((Integer c) -> higherIsBetter ? -score[c]
        : score[c]).thenComparingInt(c -> c));
    List<List<Integer>> tiers = new ArrayList<>();
    for (int k = 0; k < order.length; k++) {
      if (k > 0 && score[order[k]] == score[order[k - 1]]) {
        tiers.get(tiers.size() - 1).add(order[k]);
      } else {
        tiers.add(new ArrayList<>(List.of(order[k])));
      }
    }
    return tiers;
  }

  void ranking(List<List<Integer>> tiers) {
    this.ranking = tiers;
  }

  /**
   * Sets the winners; several are a tie, which a lot settles if the tie-break says so.
   *
   * @param candidates the winners, at least one; empty means nobody is chosen
   */
  void winners(List<Integer> candidates) {
    if (candidates.size() > 1 && tieBreak == RankedMethod.TieBreak.LOT) {
      int chosen = lot(candidates);
      lines.add("Tie between " + names(candidates) + ", settled by lot (seed " + seed + "): "
          + name(chosen));
      winners = List.of(chosen);
      tie = false;
      return;
    }
    winners = List.copyOf(candidates);
    tie = candidates.size() > 1;
    if (tie) {
      lines.add("Tie between " + names(candidates) + " (not broken: parameter tieBreak is none)");
    }
  }

  /**
   * Draws one of the candidates by lot from the seed; each draw in one count uses the next
   * seed, so that several draws are independent yet repeatable.
   */
  int lot(List<Integer> candidates) {
    List<String> names = new ArrayList<>();
    for (int c : candidates) {
      names.add(name(c));
    }
    String chosen = new LotTieBreaker().choose(new Tie(names, seed + lots++));
    return profile.candidates().indexOf(chosen);
  }

  String names(List<Integer> candidates) {
    List<String> names = new ArrayList<>();
    for (int c : candidates) {
      names.add(name(c));
    }
    return String.join(", ", names);
  }

  RankedDecision decision() {
    List<String> winnerNames = winners.stream().map(this::name).toList();
    List<List<String>> tiers = ranking.stream()
        .map(t -> t.stream().map(this::name).toList()).toList();
    List<List<Long>> matrix = new ArrayList<>();
    if (showPairwise) {
      for (int a = 0; a < m; a++) {
        List<Long> row = new ArrayList<>();
        for (int b = 0; b < m; b++) {
          row.add(a == b ? 0L : profile.prefer(a, b));
        }
        matrix.add(row);
      }
    }
    List<String> text = new ArrayList<>(lines);
    text.add(winnerNames.isEmpty() ? "No winner"
        : (tie ? "Tied winners: " : winnerNames.size() == 1 ? "Winner: " : "Winners: ")
            + String.join(", ", winnerNames));
    if (!tiers.isEmpty()) {
      text.add("Ranking: " + String.join(" > ", tiers.stream()
          .map(t -> t.size() == 1 ? t.get(0) : "{" + String.join(", ", t) + "}").toList()));
    }
    return new RankedDecision(ruleId, winnerNames.isEmpty() ? Verdict.NOT_DECIDED
        : Verdict.CHOSEN, profile.candidates(), winnerNames, tie, tiers, rounds, matrix, text);
  }
}
