package io.yishi.voting.ranked;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tracks, for the runoff methods, which remaining candidate each distinct ballot counts for —
 * its best (instant runoff, Coombs' majority test) or its worst (Coombs' elimination). When a
 * candidate is eliminated only the ballots that counted for it are looked at again; a round
 * costs one sequential pass over a byte per ballot plus the work for the ballots that move.
 */
final class Orders {

  static final byte EXHAUSTED = -1;
  static final byte TIED = -2;

  private final Profile p;
  private final int m;
  private final int n;
  /** Candidates of a strict ballot b by rank, best first: {@code order[b * m + k]}. */
  private final byte[] order;
  /** Whether ballot b ranks every candidate in its own tier: no ties, nothing left out. */
  private final boolean[] strict;

  Orders(Profile p) {
    this.p = p;
    this.m = p.candidateCount();
    this.n = p.distinctBallots();
    this.order = new byte[n * m];
    this.strict = new boolean[n];
    Chunks.run(n, (from, to) -> {
      sortBallots(from, to);
      return Boolean.TRUE;
    }, (x, y) -> x);
  }

  /**
   * Orders the candidates of every strict, complete ballot by rank. Ballots with ties or left-out
   * candidates are not ordered: {@link #best} and {@link #worst} scan their ranks instead.
   */
  private void sortBallots(int from, int to) {
    for (int b = from; b < to; b++) {
      if (!p.isTruncatedFast(b) && p.lastRankFast(b) == m - 1) {
        strict[b] = true;  // the ranks are a permutation: place each candidate at its rank
        int base = b * m;
        for (int c = 0; c < m; c++) {
          order[base + p.rankFast(b, c)] = (byte) c;
        }
      }
    }
  }

  /** The candidate each ballot counts for, and the totals. */
  final class Tracker {
    private final boolean best;
    private final byte[] current;
    /** Position in the ballot's order of the candidate it counts for (or last looked at). */
    private final byte[] at;
    final long[] votes;
    /** Ballots whose best (or worst) remaining candidates are tied; they count for none. */
    long tiedVotes;
    /** Ballots with no remaining ranked candidate. */
    long exhausted;

    Tracker(boolean best, boolean[] eliminated) {
      this.best = best;
      this.current = new byte[n];
      this.at = new byte[n];
      this.votes = new long[m];
      if (!best) {
        java.util.Arrays.fill(at, (byte) (m - 1));
      }
      add(Chunks.run(n, (from, to) -> {
        long[] delta = new long[m + 2];
        for (int b = from; b < to; b++) {
          place(b, eliminated, delta);
        }
        return delta;
      }, Orders::sum));
    }

    /** Adds a delta of {votes by candidate…, tied, exhausted}. */
    private void add(long[] delta) {
      for (int c = 0; c < m; c++) {
        votes[c] += delta[c];
      }
      tiedVotes += delta[m];
      exhausted += delta[m + 1];
    }

    private void place(int b, boolean[] eliminated, long[] delta) {
      int c;
      if (strict[b]) {
        // candidates passed over are eliminated for good, so the pointer only moves on
        int base = b * m;
        int k = at[b];
        if (best) {
          while (k < m && eliminated[order[base + k]]) {
            k++;
          }
          c = k < m ? order[base + k] : EXHAUSTED;
        } else {
          while (k >= 0 && eliminated[order[base + k]]) {
            k--;
          }
          c = k >= 0 ? order[base + k] : EXHAUSTED;
        }
        at[b] = (byte) k;
      } else {
        c = best ? best(b, eliminated) : worst(b, eliminated);
      }
      current[b] = (byte) c;
      long count = p.countFast(b);
      if (c == EXHAUSTED) {
        delta[m + 1] += count;
      } else if (c == TIED) {
        delta[m] += count;
      } else {
        delta[c] += count;
      }
    }

    /** Moves on the ballots that counted for an eliminated candidate, and the tied ones. */
    void eliminate(int loser, boolean[] eliminated) {
      add(Chunks.run(n, (from, to) -> {
        long[] delta = new long[m + 2];
        for (int b = from; b < to; b++) {
          int c = current[b];
          if (c == loser) {
            delta[loser] -= p.countFast(b);
            place(b, eliminated, delta);
          } else if (c == TIED) {
            delta[m] -= p.countFast(b);
            place(b, eliminated, delta);
          }
        }
        return delta;
      }, Orders::sum));
    }
  }

  /** The ballot's best remaining ranked candidate, alone; or EXHAUSTED, or TIED. */
  private int best(int b, boolean[] eliminated) {
    int unranked = p.isTruncatedFast(b) ? p.lastRankFast(b) : Integer.MAX_VALUE;
    int bestRank = Integer.MAX_VALUE;
    int found = EXHAUSTED;
    for (int c = 0; c < m; c++) {
      if (eliminated[c]) {
        continue;
      }
      int r = p.rankFast(b, c);
      if (r < bestRank) {
        bestRank = r;
        found = c;
      } else if (r == bestRank) {
        found = TIED;
      }
    }
    return bestRank >= unranked ? EXHAUSTED : found;
  }

  /** The ballot's worst remaining candidate (unranked ones tie last), alone; or TIED. */
  private int worst(int b, boolean[] eliminated) {
    int worstRank = -1;
    int found = EXHAUSTED;
    for (int c = 0; c < m; c++) {
      if (eliminated[c]) {
        continue;
      }
      int r = p.rankFast(b, c);
      if (r > worstRank) {
        worstRank = r;
        found = c;
      } else if (r == worstRank) {
        found = TIED;
      }
    }
    return found;
  }

  private static long[] sum(long[] a, long[] b) {
    for (int i = 0; i < a.length; i++) {
      a[i] += b[i];
    }
    return a;
  }

  /**
   * Chooses the candidate to eliminate among those tied: the one with fewest (or, for Coombs,
   * most) votes in the latest earlier round where they differ, then a lot.
   *
   * @param tied the tied candidates, at least two
   * @param history each earlier round's counts, oldest first
   * @param fewest true to eliminate the fewest (instant runoff), false the most (Coombs)
   * @return the candidate, and a note saying how the tie was broken
   */
  static Map.Entry<Integer, String> breakTie(List<Integer> tied, List<long[]> history,
      boolean fewest, Count count) {
    List<Integer> left = new ArrayList<>(tied);
    for (int round = history.size() - 1; round >= 0 && left.size() > 1; round--) {
      long[] votes = history.get(round);
      long target = fewest ? Long.MAX_VALUE : Long.MIN_VALUE;
      for (int c : left) {
        target = fewest ? Math.min(target, votes[c]) : Math.max(target, votes[c]);
      }
      List<Integer> keep = new ArrayList<>();
      for (int c : left) {
        if (votes[c] == target) {
          keep.add(c);
        }
      }
      if (keep.size() < left.size()) {
        left = keep;
        if (left.size() == 1) {
          return Map.entry(left.get(0), "tie between " + count.names(tied) + " broken by round "
              + (round + 1));
        }
      }
    }
    int chosen = count.lot(left);
    return Map.entry(chosen, "tie between " + count.names(left) + " broken by lot (seed "
        + count.seed + ")");
  }

  static Map<String, Long> votes(Count count, long[] votes, boolean[] eliminated) {
    Map<String, Long> map = new LinkedHashMap<>();
    for (int c = 0; c < votes.length; c++) {
      if (!eliminated[c]) {
        map.put(count.name(c), votes[c]);
      }
    }
    return map;
  }
}
