package io.yishi.voting.committee;

import io.yishi.core.spi.Tie;
import io.yishi.core.spi.Verdict;
import io.yishi.core.tie.LotTieBreaker;
import io.yishi.voting.ranked.Profile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A committee count in progress: what a rule writes, and the helpers the rules share. */
final class CommitteeCount {

  final String ruleId;
  final Profile profile;
  final int m;
  final int seats;
  final long seed;
  final RankedCommitteeRule.TieBreak tieBreak;
  private final List<String> lines = new ArrayList<>();
  private final List<CommitteeDecision.Step> steps = new ArrayList<>();
  private final List<Integer> elected = new ArrayList<>();
  private List<Integer> tied = List.of();
  private int lots;

  CommitteeCount(String ruleId, Profile profile, int seats, long seed,
      RankedCommitteeRule.TieBreak tieBreak) {
    this.ruleId = ruleId;
    this.profile = profile;
    this.m = profile.candidateCount();
    this.seats = seats;
    this.seed = seed;
    this.tieBreak = tieBreak;
    lines.add(ruleId + ": " + profile.voters() + " voters, " + profile.distinctBallots()
        + " distinct rankings, " + m + " candidates, " + seats + (seats == 1 ? " seat" : " seats"));
  }

  String name(int c) {
    return profile.candidates().get(c);
  }

  String names(List<Integer> candidates) {
    List<String> names = new ArrayList<>();
    for (int c : candidates) {
      names.add(name(c));
    }
    return String.join(", ", names);
  }

  void line(String text) {
    lines.add(text);
  }

  void elect(int c) {
    elected.add(c);
  }

  List<Integer> elected() {
    return elected;
  }

  boolean isFull() {
    return elected.size() == seats;
  }

  /**
   * Adds a step and prints its note.
   *
   * @param values the measure per candidate, by index, in the rule's units
   * @param scale the decimal places of the values: a value {@code v} means {@code v / 10^scale}
   */
  void step(Map<Integer, Long> values, int scale, List<Integer> electedNow,
      List<Integer> eliminatedNow, String note) {
    Map<String, BigDecimal> named = new LinkedHashMap<>();
    for (Map.Entry<Integer, Long> e : values.entrySet()) {
      named.put(name(e.getKey()), BigDecimal.valueOf(e.getValue(), scale));
    }
    List<String> in = new ArrayList<>();
    for (int c : electedNow) {
      in.add(name(c));
    }
    List<String> out = new ArrayList<>();
    for (int c : eliminatedNow) {
      out.add(name(c));
    }
    steps.add(new CommitteeDecision.Step(steps.size() + 1, named, in, out, note));
    lines.add(note);
    if (!named.isEmpty()) {
      List<String> votes = new ArrayList<>();
      named.forEach((name, value) -> votes.add(name + " " + value.toPlainString()));
      lines.add("  votes: " + String.join("; ", votes));
    }
  }

  int stepCount() {
    return steps.size();
  }

  /**
   * Settles a tie the rule cannot separate otherwise: by lot when the tie-break is {@code lot},
   * each draw with the next seed so that draws in one count are independent yet repeatable;
   * with {@code none} it records the tie and returns -1, and the rule stops.
   *
   * @param candidates the tied candidates, at least two
   * @param what what the tie decides, for the explanation
   */
  int settle(List<Integer> candidates, String what) {
    if (tieBreak == RankedCommitteeRule.TieBreak.NONE) {
      tied = List.copyOf(candidates);
      lines.add("Tie between " + names(candidates) + " for " + what
          + "; not broken (parameter tieBreak is none), the count stops");
      return -1;
    }
    List<String> names = new ArrayList<>();
    for (int c : candidates) {
      names.add(name(c));
    }
    String chosen = new LotTieBreaker().choose(new Tie(names, seed + lots++));
    lines.add("Tie between " + names(candidates) + " for " + what + ", settled by lot (seed "
        + seed + "): " + chosen);
    return profile.candidates().indexOf(chosen);
  }

  /** Builds the decision from the steps, the elected and the tie written so far. */
  CommitteeDecision decision() {
    List<String> names = new ArrayList<>();
    for (int c : elected) {
      names.add(name(c));
    }
    List<String> tiedNames = new ArrayList<>();
    for (int c : tied) {
      tiedNames.add(name(c));
    }
    boolean tie = !tied.isEmpty();
    if (!tie) {
      lines.add("Elected: " + String.join(", ", names));
    } else {
      lines.add("Elected before the tie: " + (names.isEmpty() ? "nobody" : String.join(", ",
          names)));
    }
    return new CommitteeDecision(ruleId, tie ? Verdict.NOT_DECIDED : Verdict.CHOSEN,
        profile.candidates(), seats, names, tie, tiedNames, steps, lines);
  }

  /**
   * The preferences of the distinct ballots as a transferable vote reads them: each ballot's
   * candidates in order, up to the first tier that holds several candidates (an ambiguous
   * preference ends the ballot there) or the unranked candidates of a truncated ballot. A ballot
   * whose first tier holds several candidates expresses no first preference and is left out.
   */
  static final class Preferences {
    /** Preferences of kept ballot {@code k} at {@code prefs[k * (m + 1) + i]}, ended by -1. */
    final int[] prefs;
    final long[] counts;
    final int ballots;
    final long valid;
    final long rejected;

    Preferences(Profile profile) {
      int m = profile.candidateCount();
      int distinct = profile.distinctBallots();
      int[] p = new int[distinct * (m + 1)];
      long[] n = new long[distinct];
      int k = 0;
      long valid = 0;
      long rejected = 0;
      for (int b = 0; b < distinct; b++) {
        int[][] tiers = profile.tiers(b);
        long count = profile.count(b);
        if (tiers.length == 0 || tiers[0].length != 1) {
          rejected += count;
          continue;
        }
        int at = k * (m + 1);
        for (int[] tier : tiers) {
          if (tier.length != 1) {
            break;
          }
          p[at++] = tier[0];
        }
        p[at] = -1;
        n[k++] = count;
        valid += count;
      }
      this.prefs = p;
      this.counts = n;
      this.ballots = k;
      this.valid = valid;
      this.rejected = rejected;
    }
  }
}
