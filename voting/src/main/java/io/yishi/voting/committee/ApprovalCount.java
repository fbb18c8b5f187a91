package io.yishi.voting.committee;

import io.yishi.core.Rational;
import io.yishi.core.spi.Tie;
import io.yishi.core.spi.Verdict;
import io.yishi.core.tie.LotTieBreaker;
import io.yishi.voting.cardinal.ApprovalProfile;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An approval committee count in progress: the profile indexed for fast reading, the elected so
 * far, the steps and the explanation, and the tie handling every rule shares.
 */
final class ApprovalCount {

  /** Decimal places of the values shown in steps; the notes give the exact fractions. */
  static final int SCALE = 9;

  /** {@return num / den rounded half-even to {@value #SCALE} places, without trailing zeros} */
  static BigDecimal decimal(BigInteger num, BigInteger den) {
    return Rational.of(num, den).toBigDecimal(SCALE);
  }

  /** {@return the exact value, followed by its rounded decimal when it is not whole} */
  static String withDecimal(Rational r) {
    return r.isWhole() ? r.toString() : r + " (" + r.toBigDecimal(SCALE) + ")";
  }


  final String ruleId;
  final ApprovalProfile profile;
  final int m;
  final int seats;
  final long seed;
  final ApprovalCommitteeRule.TieBreak tieBreak;
  /** Number of distinct ballots. */
  final int d;
  /** Voters who cast each distinct ballot. */
  final long[] counts;
  /** The candidates each distinct ballot approves, in index order. */
  final int[][] approved;
  /** The distinct ballots approving each candidate, in ballot order. */
  final int[][] approvers;
  /** Each candidate's number of approving voters. */
  final long[] approvals;

  private final boolean[] isElected;
  private final List<Integer> elected = new ArrayList<>();
  private final List<String> lines = new ArrayList<>();
  private final List<CommitteeDecision.Step> steps = new ArrayList<>();
  private boolean tie;
  private List<Integer> tied = List.of();
  private int lots;

  ApprovalCount(String ruleId, ApprovalProfile profile, int seats, long seed,
      ApprovalCommitteeRule.TieBreak tieBreak) {
    this.ruleId = ruleId;
    this.profile = profile;
    this.m = profile.candidateCount();
    this.seats = seats;
    this.seed = seed;
    this.tieBreak = tieBreak;
    this.d = profile.distinctBallots();
    this.counts = new long[d];
    this.approved = new int[d][];
    int[] size = new int[m];
    for (int b = 0; b < d; b++) {
      counts[b] = profile.count(b);
      approved[b] = profile.approved(b);
      for (int c : approved[b]) {
        size[c]++;
      }
    }
    this.approvers = new int[m][];
    for (int c = 0; c < m; c++) {
      approvers[c] = new int[size[c]];
      size[c] = 0;
    }
    for (int b = 0; b < d; b++) {
      for (int c : approved[b]) {
        approvers[c][size[c]++] = b;
      }
    }
    this.approvals = profile.approvalCounts();
    this.isElected = new boolean[m];
    lines.add(ruleId + ": " + profile.voters() + " voters, " + d + " distinct ballots, " + m
        + " candidates, " + seats + (seats == 1 ? " seat" : " seats"));
  }

  String name(int c) {
    return profile.candidates().get(c);
  }

  List<String> names(List<Integer> candidates) {
    List<String> names = new ArrayList<>(candidates.size());
    for (int c : candidates) {
      names.add(name(c));
    }
    return names;
  }

  void line(String text) {
    lines.add(text);
  }

  int electedCount() {
    return elected.size();
  }

  int remainingSeats() {
    return seats - elected.size();
  }

  boolean isElected(int c) {
    return isElected[c];
  }

  boolean stopped() {
    return tie;
  }

  /** The candidates not elected yet, in index order. */
  List<Integer> unelected() {
    List<Integer> rest = new ArrayList<>();
    for (int c = 0; c < m; c++) {
      if (!isElected[c]) {
        rest.add(c);
      }
    }
    return rest;
  }

  void elect(int c) {
    if (isElected[c]) {
      throw new IllegalStateException("candidate " + name(c) + " is elected already");
    }
    isElected[c] = true;
    elected.add(c);
  }

  /** Adds a step numbered after the last one. */
  void step(Map<String, BigDecimal> values, List<Integer> electedNow, String note) {
    steps.add(new CommitteeDecision.Step(steps.size() + 1, values, names(electedNow), List.of(),
        note));
  }

  /**
   * Chooses {@code places} of the contenders for as many seats. When there are more contenders
   * than places this is a tie: {@code lot} draws the places one by one, each from the next seed,
   * and {@code none} records the tie and returns null, after which the count must stop.
   *
   * @param contenders the candidates equally placed, in index order
   * @param places how many of them get a seat, at least 1
   * @param note where the tie and its settlement are described
   * @return the chosen candidates in order of choice, or null if the tie is left open
   */
  @Nullable List<Integer> choose(List<Integer> contenders, int places, StringBuilder note) {
    if (contenders.size() <= places) {
      return contenders;
    }
    String what = "tie between " + String.join(", ", names(contenders)) + " for " + places
        + (places == 1 ? " seat" : " seats");
    if (tieBreak == ApprovalCommitteeRule.TieBreak.NONE) {
      note.append(what).append(", not broken (tieBreak none)");
      openTie(contenders);
      return null;
    }
    List<Integer> pool = new ArrayList<>(contenders);
    List<Integer> chosen = new ArrayList<>();
    List<Long> seeds = new ArrayList<>();
    while (chosen.size() < places) {
      long drawSeed = seed + lots++;
      String pick = new LotTieBreaker().choose(new Tie(names(pool), drawSeed));
      int c = profile.candidates().indexOf(pick);
      pool.remove(Integer.valueOf(c));
      chosen.add(c);
      seeds.add(drawSeed);
    }
    note.append(what).append(", settled by lot (seed").append(seeds.size() == 1 ? " " : "s ")
        .append(seeds.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse(""))
        .append("): ").append(String.join(", ", names(chosen)));
    return chosen;
  }

  /** Draws one of several labelled options by lot from the next seed; returns its index. */
  int drawLabel(List<String> labels) {
    String pick = new LotTieBreaker().choose(new Tie(labels, seed + lots++));
    return labels.indexOf(pick);
  }

  /** {@return the seed the last lot was drawn from} */
  long lastLotSeed() {
    return seed + lots - 1;
  }

  /** Records a tie left open: the count stops with these candidates contending. */
  void openTie(List<Integer> contenders) {
    tie = true;
    tied = List.copyOf(contenders);
  }

  CommitteeDecision decision() {
    List<String> electedNames = names(elected);
    List<String> text = new ArrayList<>(lines);
    if (tie) {
      text.add("Not decided: tie between " + String.join(", ", names(tied)) + " for "
          + remainingSeats() + (remainingSeats() == 1 ? " seat" : " seats")
          + " (tieBreak none); elected before the tie: "
          + (electedNames.isEmpty() ? "nobody" : String.join(", ", electedNames)));
    } else {
      text.add("Elected: " + String.join(", ", electedNames));
    }
    return new CommitteeDecision(ruleId, tie ? Verdict.NOT_DECIDED : Verdict.CHOSEN,
        profile.candidates(), seats, electedNames, tie, names(tied), steps, text);
  }
}
