package io.yishi.voting.committee;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Single transferable vote under the Scottish rules: The Scottish Local Government Elections
 * Order 2007 (SSI 2007/42), Schedule 1, rules 45 to 52, as used for Scottish council elections
 * since 2007 (weighted inclusive Gregory method). Id {@code stv}.
 *
 * <p>The count, rule by rule:
 *
 * <ul>
 *   <li>Rule 45, first stage: each valid ballot paper is credited to its first preference.
 *   <li>Rule 46, the quota: {@code floor(valid papers / (seats + 1)) + 1} (the Droop quota).
 *   <li>Rule 47: a candidate whose votes equal or exceed the quota at any stage is deemed elected.
 *   <li>Rules 48 and 49, surpluses: while vacancies remain, the largest surplus is transferred
 *       first. Every ballot paper the elected candidate holds (not only the last parcel) passes to
 *       its next available preference with the transfer value {@code surplus × value of the paper
 *       when received / votes of the candidate}, calculated to five decimal places, any remainder
 *       ignored; the candidate keeps exactly the quota. Equal surpluses: the candidate with more
 *       votes at the most recent preceding stage where they differed goes first; equal at every
 *       stage: by lot.
 *   <li>Rules 50 and 51, exclusion: with no surplus left to transfer, the continuing candidate
 *       with the fewest votes is excluded and all its papers pass on at the values they had when
 *       it received them. Equal lowest: the candidate with fewer votes at the most recent
 *       preceding stage where they differed is excluded; equal at every stage: by lot.
 *   <li>Rule 52: when as many continuing candidates remain as vacancies, they are deemed elected
 *       and no further transfer is made.
 * </ul>
 *
 * <p>Arithmetic is exact fixed point with five decimal places, as the rules prescribe: votes and
 * transfer values are whole numbers of 0.00001 held in {@code long}s, so a parcel of {@code n}
 * equal papers is credited exactly {@code n × transfer value}. What the truncation of transfer
 * values loses is reported in the step's note. The count runs over the distinct ballots of the
 * profile: papers with the same ranking travel together and always carry the same value.
 *
 * <p>Each {@link CommitteeDecision.Step} is one stage: its values are the votes, to five decimal
 * places, of every candidate not excluded after the stage (elected candidates keep the quota once
 * their surplus is transferred); its note gives the quota, the surplus or exclusion transferred,
 * the transfer values and the non-transferable votes of the stage and in total.
 *
 * <p>Where a ranking is not a plain ordering, the rules' treatment of a ballot paper is followed
 * in the closest way a profile allows, and these are the only departures from the text:
 *
 * <ul>
 *   <li>a ranking whose first tier holds several candidates gives no first preference and is not
 *       a valid paper (rule 43 rejects a paper whose first preference is unclear); it does not
 *       count towards the quota, and the first step's note says how many were set aside;
 *   <li>a later tier with several candidates ends the paper's preferences there (an unclear
 *       preference is no next available preference), as do the unranked candidates of a
 *       truncated ranking;
 *   <li>candidates deemed elected at the same stage are listed in {@link
 *       CommitteeDecision#elected()} by votes, then by the earlier stages, then in profile order;
 *       the order does not change who is elected. Under rule 52 they are listed by votes.
 * </ul>
 *
 * <p>When three or more candidates are tied under rules 49(2) or 51(2), the earlier stages are
 * read from the most recent backwards, keeping at each stage where they differ only those with
 * the most (for a surplus) or fewest (for an exclusion) votes, until one remains or the first
 * stage is passed; a lot settles what remains. With {@code tieBreak: none} the count stops where
 * the rules would draw a lot, since the lot may decide a seat; the decision then names the tied
 * candidates.
 */
public final class ScottishStvRule extends RankedCommitteeRule {

  /** One vote in units of 0.00001. */
  static final long ONE = 100_000L;

  /** Creates the rule; it holds no state. */
  public ScottishStvRule() {}

  /** {@return {@code "stv"}} */
  @Override
  public String id() {
    return "stv";
  }

  /** {@return a one-line description} */
  @Override
  public String description() {
    return "single transferable vote, Scottish rules (SSI 2007/42): Droop quota, weighted"
        + " inclusive Gregory transfers to five decimal places";
  }

  /** The most voters a count takes: its votes are kept in units of 0.00001 in 64-bit integers. */
  static final long MAX_VOTERS = 10_000_000_000_000L;

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
    return BigDecimal.valueOf(v, 5).toPlainString();
  }

  /** One count: the state of every paper and candidate. */
  private static final class Run {
    private static final int CONTINUING = 0;
    private static final int ELECTED = 1;
    private static final int EXCLUDED = 2;

    private final CommitteeCount count;
    private final int m;
    private final CommitteeCount.Preferences papers;
    private final int stride;
    /** Index into the preferences of each kept ballot: where its current holder is. */
    private final int[] at;
    /** Value of each kept ballot's papers, in units of 0.00001. */
    private final long[] value;
    private final long[] votes;
    private final int[] state;
    private final boolean[] surplusDone;
    private final int[][] piles;
    private final int[] pileSize;
    private final List<long[]> history = new ArrayList<>();
    private final long quota;
    private long nonTransferable;
    private long lost;

    Run(CommitteeCount count) {
      this.count = count;
      this.m = count.m;
      this.papers = new CommitteeCount.Preferences(count.profile);
      this.stride = m + 1;
      int n = papers.ballots;
      this.at = new int[n];
      this.value = new long[n];
      this.votes = new long[m];
      this.state = new int[m];
      this.surplusDone = new boolean[m];
      this.piles = new int[m][];
      this.pileSize = new int[m];
      for (int c = 0; c < m; c++) {
        piles[c] = new int[16];
      }
      this.quota = Math.multiplyExact(papers.valid / (count.seats + 1) + 1, ONE);
    }

    void run() {
      firstStage();
      while (!count.isFull()) {
        List<Integer> continuing = candidates(CONTINUING);
        int vacancies = count.seats - count.elected().size();
        if (continuing.size() <= vacancies) {
          fillLastVacancies(continuing);
          return;
        }
        List<Integer> pending = new ArrayList<>();
        for (int c : candidates(ELECTED)) {
          if (!surplusDone[c] && votes[c] > quota) {
            pending.add(c);
          }
        }
        if (!pending.isEmpty()) {
          String[] how = new String[1];
          int c = choose(pending, true, how);
          if (c < 0) {
            return;
          }
          transferSurplus(c, how[0]);
        } else {
          String[] how = new String[1];
          int c = choose(continuing, false, how);
          if (c < 0) {
            return;
          }
          exclude(c, how[0]);
        }
      }
    }

    private void firstStage() {
      long[] n = papers.counts;
      for (int k = 0; k < papers.ballots; k++) {
        int c = papers.prefs[k * stride];
        value[k] = ONE;
        votes[c] += n[k] * ONE;
        add(c, k);
      }
      history.add(votes.clone());
      StringBuilder note = new StringBuilder("Stage 1: first preferences of ")
          .append(papers.valid).append(" valid ballot papers (rule 45); quota ")
          .append(units(quota)).append(" = floor(").append(papers.valid).append(" / ")
          .append(count.seats + 1).append(") + 1 (rule 46)");
      if (papers.rejected > 0) {
        note.append("; ").append(papers.rejected)
            .append(" rankings without a single first preference set aside (rule 43)");
      }
      finishStage(note, List.of());
    }

    /** Records the stage, deems elected who reached the quota, and writes the step. */
    private void finishStage(StringBuilder note, List<Integer> eliminated) {
      List<Integer> reached = new ArrayList<>();
      for (int c = 0; c < m; c++) {
        if (state[c] == CONTINUING && votes[c] >= quota) {
          reached.add(c);
        }
      }
      reached.sort(byVotesThenHistory());
      for (int c : reached) {
        state[c] = ELECTED;
        count.elect(c);
      }
      if (!reached.isEmpty()) {
        note.append("; deemed elected (rule 47): ").append(count.names(reached));
      }
      count.step(standing(), 5, reached, eliminated, note.toString());
    }

    private Comparator<Integer> byVotesThenHistory() {
      return (a, b) -> {
        for (int s = history.size() - 1; s >= 0; s--) {
          int cmp = Long.compare(history.get(s)[b], history.get(s)[a]);
          if (cmp != 0) {
            return cmp;
          }
        }
        return Integer.compare(a, b);
      };
    }

    private Map<Integer, Long> standing() {
      Map<Integer, Long> values = new LinkedHashMap<>();
      for (int c = 0; c < m; c++) {
        if (state[c] != EXCLUDED) {
          values.put(c, votes[c]);
        }
      }
      return values;
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

    /**
     * The candidate with the most (surplus) or fewest (exclusion) votes; ties by the earlier
     * stages (rules 49(2), 51(2)(a)), then by lot (rules 49(3), 51(2)(b)). Returns -1 when the
     * tie-break is none and a lot was needed.
     */
    private int choose(List<Integer> among, boolean most, String[] how) {
      long best = most ? Long.MIN_VALUE : Long.MAX_VALUE;
      List<Integer> group = new ArrayList<>();
      for (int c : among) {
        long v = votes[c];
        if (most ? v > best : v < best) {
          best = v;
          group.clear();
        }
        if (v == best) {
          group.add(c);
        }
      }
      how[0] = "";
      if (group.size() == 1) {
        return group.get(0);
      }
      String rule = most ? "49" : "51";
      List<Integer> tied = List.copyOf(group);
      for (int s = history.size() - 2; s >= 0 && group.size() > 1; s--) {
        long[] then = history.get(s);
        long edge = most ? Long.MIN_VALUE : Long.MAX_VALUE;
        for (int c : group) {
          edge = most ? Math.max(edge, then[c]) : Math.min(edge, then[c]);
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
        how[0] = " (tied with " + count.names(tied) + "; settled by the earlier stages, rule "
            + rule + "(2))";
        return group.get(0);
      }
      String what = most ? "the order of surplus transfers" : "exclusion";
      int c = count.settle(group, what + " at stage " + (history.size() + 1));
      if (c >= 0) {
        how[0] = " (tied with " + count.names(tied) + "; settled by lot, seed " + count.seed
            + ", rule " + rule + (most ? "(3)" : "(2)(b)") + ")";
      }
      return c;
    }

    private void transferSurplus(int c, String how) {
      long total = votes[c];
      long surplus = total - quota;
      long[] n = papers.counts;
      Map<Long, Long> transferValues = new TreeMap<>(Comparator.reverseOrder());
      long moved = 0;
      long exhausted = 0;
      int size = pileSize[c];
      int[] pile = piles[c];
      for (int i = 0; i < size; i++) {
        int k = pile[i];
        long received = value[k];
        long tv = Math.multiplyExact(surplus, received) / total;
        transferValues.put(received, tv);
        value[k] = tv;
        long worth = n[k] * tv;
        int d = next(k);
        if (d >= 0) {
          votes[d] += worth;
          add(d, k);
          moved += worth;
        } else {
          exhausted += worth;
        }
      }
      pileSize[c] = 0;
      piles[c] = new int[0];
      surplusDone[c] = true;
      votes[c] = quota;
      nonTransferable += exhausted;
      long roundedAway = surplus - moved - exhausted;
      lost += roundedAway;
      StringBuilder note = new StringBuilder("Stage ").append(history.size() + 1)
          .append(": surplus ").append(units(surplus)).append(" of ").append(count.name(c))
          .append(how).append(" transferred (rule 48), transfer value ");
      int shown = 0;
      for (Map.Entry<Long, Long> e : transferValues.entrySet()) {
        if (shown++ > 0) {
          note.append(", ");
        }
        note.append(units(e.getValue())).append(" for papers worth ").append(units(e.getKey()));
      }
      note.append("; non-transferable ").append(units(exhausted)).append(" (total ")
          .append(units(nonTransferable)).append("); ").append(units(roundedAway))
          .append(" lost to rounding (total ").append(units(lost)).append(")");
      history.add(votes.clone());
      finishStage(note, List.of());
    }

    private void exclude(int c, String how) {
      long held = votes[c];
      long[] n = papers.counts;
      long exhausted = 0;
      state[c] = EXCLUDED;
      int size = pileSize[c];
      int[] pile = piles[c];
      for (int i = 0; i < size; i++) {
        int k = pile[i];
        long worth = n[k] * value[k];
        int d = next(k);
        if (d >= 0) {
          votes[d] += worth;
          add(d, k);
        } else {
          exhausted += worth;
        }
      }
      pileSize[c] = 0;
      piles[c] = new int[0];
      votes[c] = 0;
      nonTransferable += exhausted;
      StringBuilder note = new StringBuilder("Stage ").append(history.size() + 1).append(": ")
          .append(count.name(c)).append(" excluded with ").append(units(held))
          .append(", the fewest votes").append(how)
          .append(" (rule 50); papers transferred at their current values; non-transferable ")
          .append(units(exhausted)).append(" (total ").append(units(nonTransferable)).append(")");
      history.add(votes.clone());
      finishStage(note, List.of(c));
    }

    private void fillLastVacancies(List<Integer> continuing) {
      List<Integer> order = new ArrayList<>(continuing);
      order.sort(byVotesThenHistory());
      for (int c : order) {
        state[c] = ELECTED;
        count.elect(c);
      }
      String note = "Last vacancies: " + count.names(order) + " deemed elected, as many"
          + " continuing candidates as vacancies remain (rule 52); no further transfer";
      count.step(standing(), 5, order, List.of(), note);
    }

    /** Moves ballot k to its next continuing preference; -1 if it has none. */
    private int next(int k) {
      int base = k * stride;
      int i = at[k] + 1;
      int[] prefs = papers.prefs;
      while (true) {
        int d = prefs[base + i];
        if (d < 0) {
          at[k] = i;
          return -1;
        }
        if (state[d] == CONTINUING) {
          at[k] = i;
          return d;
        }
        i++;
      }
    }

    private void add(int c, int k) {
      int[] pile = piles[c];
      if (pileSize[c] == pile.length) {
        pile = java.util.Arrays.copyOf(pile, pile.length * 2);
        piles[c] = pile;
      }
      pile[pileSize[c]++] = k;
    }
  }
}
