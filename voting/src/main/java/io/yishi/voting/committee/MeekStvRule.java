package io.yishi.voting.committee;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Single transferable vote by Meek's method, as specified in I. D. Hill, B. A. Wichmann and D. R.
 * Woodall, "Algorithm 123 — Single Transferable Vote by Meek's method", The Computer Journal
 * 30(3), 1987, pp. 277–281. Id {@code stv-meek}.
 *
 * <p>Every candidate has a keep value: 1 while hopeful, 0 once excluded, and for an elected
 * candidate the share of each vote reaching it that it keeps so that it holds just a quota. A
 * ballot gives each candidate in its order of preference the keep value times what is left of
 * the ballot, and passes the rest on; what passes beyond the last preference is the excess. The
 * quota is {@code (votes − excess) / (seats + 1)}, recomputed as the excess grows. The count
 * repeats: distribute every ballot; elect every hopeful candidate who reaches the quota; once the
 * votes of the elected have settled at the quota and nobody new reaches it, exclude the hopeful
 * candidate with the fewest votes. When as many hopefuls remain as vacancies, they are elected.
 *
 * <p>Precision, as the New Zealand Meek rule (Local Electoral Regulations 2001, Schedule 1A)
 * fixes it, all exact in fixed point with nine decimal places ({@code long}s in units of
 * 10<sup>-9</sup>): each candidate's share of a ballot is rounded down and the remainder passes
 * on, so no vote is created or lost; the quota is the quotient rounded down plus 10<sup>-9</sup>;
 * a new keep value {@code keep × quota / votes} is rounded up. The iteration stops when every
 * elected candidate's votes are within 0.00001 of the quota, when an iteration changes no keep
 * value (the nine-place values can get no closer), or after 1,000 iterations.
 *
 * <p>Equal lowest candidates: the one with fewer votes at the most recent earlier step where they
 * differed is excluded; equal at every step: by lot ({@code tieBreak: lot}), or the count stops
 * ({@code tieBreak: none}). Rankings are read as {@link ScottishStvRule} reads them: a ranking
 * whose first tier holds several candidates is set aside, and a later tier with several
 * candidates ends the ranking.
 *
 * <p>Each {@link CommitteeDecision.Step} is an election or an exclusion: its values are the votes,
 * to nine decimal places, of the candidates not excluded; its note gives the quota, the excess,
 * the iterations run and the keep values of the elected candidates.
 */
public final class MeekStvRule extends RankedCommitteeRule {

  /** One vote in units of 10^-9. */
  static final long ONE = 1_000_000_000L;
  private static final long TOLERANCE = 10_000L;
  private static final int MAX_ITERATIONS = 1_000;

  /** Creates the rule; it holds no state. */
  public MeekStvRule() {}

  /** {@return {@code "stv-meek"}} */
  @Override
  public String id() {
    return "stv-meek";
  }

  /** {@return a one-line description} */
  @Override
  public String description() {
    return "single transferable vote by Meek's method (Algorithm 123, 1987), nine decimal places";
  }

  /** The most voters a count takes: its votes are kept in units of 0.000000001 in 64-bit integers. */
  static final long MAX_VOTERS = 1_000_000_000L;

  @Override
  long maxVoters() {
    return MAX_VOTERS;
  }

  @Override
  CommitteeDecision count(CommitteeCount count) {
    new Run(count).run();
    return count.decision();
  }

  static String units(long v) {
    return BigDecimal.valueOf(v, 9).toPlainString();
  }

  private static final class Run {
    private static final int HOPEFUL = 0;
    private static final int ELECTED = 1;
    private static final int EXCLUDED = 2;

    private final CommitteeCount count;
    private final int m;
    private final CommitteeCount.Preferences papers;
    private final long[] keep;
    private final int[] state;
    private final long[] votes;
    private final List<long[]> history = new ArrayList<>();
    private long excess;
    private long quota;
    private int iterations;

    Run(CommitteeCount count) {
      this.count = count;
      this.m = count.m;
      this.papers = new CommitteeCount.Preferences(count.profile);
      this.keep = new long[m];
      java.util.Arrays.fill(keep, ONE);
      this.state = new int[m];
      this.votes = new long[m];
    }

    void run() {
      String first = papers.valid + " valid ballots";
      if (papers.rejected > 0) {
        first += "; " + papers.rejected + " rankings without a single first preference set aside";
      }
      count.line(first);
      while (!count.isFull()) {
        List<Integer> hopeful = candidates(HOPEFUL);
        if (hopeful.size() <= count.seats - count.elected().size()) {
          distribute();
          hopeful.sort(byVotes());
          for (int c : hopeful) {
            state[c] = ELECTED;
            count.elect(c);
          }
          history.add(votes.clone());
          step(hopeful, List.of(), "Last vacancies: " + count.names(hopeful)
              + " elected, as many hopeful candidates as vacancies remain");
          return;
        }
        if (!iterate()) {
          return;
        }
      }
    }

    /** Iterates until someone is elected or excluded; false when a tie stopped the count. */
    private boolean iterate() {
      iterations = 0;
      while (true) {
        distribute();
        iterations++;
        List<Integer> reached = new ArrayList<>();
        for (int c = 0; c < m; c++) {
          if (state[c] == HOPEFUL && votes[c] >= quota) {
            reached.add(c);
          }
        }
        if (!reached.isEmpty()) {
          reached.sort(byVotes());
          for (int c : reached) {
            state[c] = ELECTED;
            count.elect(c);
          }
          history.add(votes.clone());
          step(reached, List.of(), count.names(reached) + " reached the quota, elected");
          return true;
        }
        boolean settled = true;
        for (int c = 0; c < m; c++) {
          if (state[c] == ELECTED && Math.abs(votes[c] - quota) > TOLERANCE) {
            settled = false;
          }
        }
        if (!settled && iterations < MAX_ITERATIONS && updateKeepValues()) {
          continue;
        }
        history.add(votes.clone());
        String[] how = new String[1];
        int c = lowest(how);
        if (c < 0) {
          return false;
        }
        state[c] = EXCLUDED;
        keep[c] = 0;
        step(List.of(), List.of(c), count.name(c) + " excluded with " + units(votes[c])
            + ", the fewest votes" + how[0]);
        return true;
      }
    }

    /** Sets each elected candidate's keep value to keep × quota / votes, rounded up. */
    private boolean updateKeepValues() {
      boolean changed = false;
      BigInteger q = BigInteger.valueOf(quota);
      for (int c = 0; c < m; c++) {
        if (state[c] != ELECTED || votes[c] == 0) {
          continue;
        }
        BigInteger[] qr = BigInteger.valueOf(keep[c]).multiply(q)
            .divideAndRemainder(BigInteger.valueOf(votes[c]));
        long next = qr[0].longValueExact() + (qr[1].signum() > 0 ? 1 : 0);
        next = Math.min(next, ONE);
        if (next != keep[c]) {
          keep[c] = next;
          changed = true;
        }
      }
      return changed;
    }

    private void distribute() {
      java.util.Arrays.fill(votes, 0);
      long lost = 0;
      int stride = m + 1;
      int[] prefs = papers.prefs;
      long[] n = papers.counts;
      for (int k = 0; k < papers.ballots; k++) {
        long w = ONE;
        int base = k * stride;
        for (int i = 0; w > 0; i++) {
          int c = prefs[base + i];
          if (c < 0) {
            break;
          }
          long kc = keep[c];
          if (kc == 0) {
            continue;
          }
          long give = kc == ONE ? w : w * kc / ONE;  // both at most 10^9: no overflow
          votes[c] += n[k] * give;
          w -= give;
        }
        lost += n[k] * w;
      }
      excess = lost;
      long total = papers.valid * ONE - excess;
      quota = total / (count.seats + 1) + 1;
    }

    private Comparator<Integer> byVotes() {
      return (a, b) -> votes[a] != votes[b] ? Long.compare(votes[b], votes[a])
          : Integer.compare(a, b);
    }

    /** The hopeful candidate with the fewest votes, ties by earlier steps then by lot. */
    private int lowest(String[] how) {
      long least = Long.MAX_VALUE;
      List<Integer> group = new ArrayList<>();
      for (int c = 0; c < m; c++) {
        if (state[c] != HOPEFUL) {
          continue;
        }
        if (votes[c] < least) {
          least = votes[c];
          group.clear();
        }
        if (votes[c] == least) {
          group.add(c);
        }
      }
      how[0] = "";
      if (group.size() == 1) {
        return group.get(0);
      }
      List<Integer> tied = List.copyOf(group);
      for (int s = history.size() - 2; s >= 0 && group.size() > 1; s--) {
        long[] then = history.get(s);
        long edge = Long.MAX_VALUE;
        for (int c : group) {
          edge = Math.min(edge, then[c]);
        }
        List<Integer> kept = new ArrayList<>();
        for (int c : group) {
          if (then[c] == edge) {
            kept.add(c);
          }
        }
        group = kept;
      }
      if (group.size() == 1) {
        how[0] = " (tied with " + count.names(tied) + "; settled by the earlier steps)";
        return group.get(0);
      }
      int c = count.settle(group, "exclusion at step " + (count.stepCount() + 1));
      if (c >= 0) {
        how[0] = " (tied with " + count.names(tied) + "; settled by lot, seed " + count.seed
            + ")";
      }
      return c;
    }

    private List<Integer> candidates(int wanted) {
      List<Integer> list = new ArrayList<>();
      for (int c = 0; c < m; c++) {
        if (state[c] == wanted) {
          list.add(c);
        }
      }
      return list;
    }

    private void step(List<Integer> elected, List<Integer> excluded, String what) {
      Map<Integer, Long> values = new LinkedHashMap<>();
      for (int c = 0; c < m; c++) {
        if (state[c] != EXCLUDED || excluded.contains(c)) {
          values.put(c, votes[c]);
        }
      }
      StringBuilder note = new StringBuilder("Step ").append(count.stepCount() + 1).append(": ")
          .append(what).append("; quota ").append(units(quota)).append(", excess ")
          .append(units(excess)).append(", ").append(iterations)
          .append(iterations == 1 ? " iteration" : " iterations");
      List<String> keeps = new ArrayList<>();
      for (int c = 0; c < m; c++) {
        if (state[c] == ELECTED) {
          keeps.add(count.name(c) + " " + BigDecimal.valueOf(keep[c], 9)
              .setScale(9, RoundingMode.UNNECESSARY).toPlainString());
        }
      }
      if (!keeps.isEmpty()) {
        note.append("; keep values: ").append(String.join(", ", keeps));
      }
      count.step(values, 9, elected, excluded, note.toString());
    }
  }
}
