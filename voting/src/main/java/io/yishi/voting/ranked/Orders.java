package io.yishi.voting.ranked;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Tracks, for the runoff methods, which remaining candidate each distinct ballot counts for:
 * its best (instant runoff, Coombs' majority test) and, when asked, its worst (Coombs'
 * elimination).
 *
 * <ul>
 *   <li>The ballots counting for each candidate are kept as linked lists, so eliminating a
 *       candidate walks only the ballots that counted for it and those whose best (or worst)
 *       remaining candidates were tied; a round never scans the whole profile.
 *   <li>Each strict, complete ballot has its candidates in rank order and a pointer to the one it
 *       counts for; eliminated candidates are passed over for good, so the pointer only moves
 *       on, usually by one. Ballots with ties or left-out candidates are placed by their ranks.
 *   <li>The ballots are split into chunks of at most {@value #CHUNK}, each with its own lists,
 *       orders and pointers, which move their ballots in parallel; the totals are sums of
 *       longs, so they do not depend on the scheduling. Small per-chunk arrays also stay in the
 *       young generation and in the cache: one array over all ballots of a large profile is
 *       allocated in fresh memory each time, and touching fresh pages costs more than the count.
 * </ul>
 */
final class Orders {

  static final byte EXHAUSTED = -1;
  static final byte TIED = -2;
  private static final int END = -1;
  /** The most ballots in one chunk: its orders take {@code CHUNK * m} bytes. */
  static final int CHUNK = 1 << 15;

  private final Profile p;
  private final int m;
  private final int n;
  private final long[] counts;
  private final int chunks;
  private final int chunkSize;
  private final boolean[] eliminated;
  /**
   * Per chunk: the candidates of each strict, complete ballot by rank, best first, at {@code
   * [offset * m + k]} (left zero for the other ballots).
   */
  private final byte[][] order;
  /** Whether every ballot is strict and complete, so that moving one needs no check. */
  private boolean allStrict;
  /** What each ballot's best remaining candidate is. */
  final Tracker firsts;
  /** What each ballot's worst remaining candidate is, if asked for, else null. */
  final @Nullable Tracker lasts;

  /**
   * Starts tracking a profile with every candidate standing.
   *
   * @param p the profile
   * @param withLasts whether to track last places too
   */
  Orders(Profile p, boolean withLasts) {
    this.p = p;
    this.m = p.candidateCount();
    this.n = p.distinctBallots();
    this.counts = p.countsFast();
    this.chunks = n < Chunks.PARALLEL ? 1 : Math.max(Chunks.chunks(n), (n + CHUNK - 1) / CHUNK);
    this.chunkSize = (n + chunks - 1) / chunks;
    this.eliminated = new boolean[m];
    this.order = new byte[chunks][];
    this.firsts = new Tracker(true);
    this.lasts = withLasts ? new Tracker(false) : null;
    Tracker[] all = trackers();
    byte[] ranks = p.ranksFast();
    long[] total = Chunks.each(chunks, k -> {
      // {votes…, tied, exhausted} per tracker, then the number of ballots that are not strict
      long[] delta = new long[all.length * (m + 2) + 1];
      int from = k * chunkSize;
      int size = Math.max(0, Math.min(n, from + chunkSize) - from);
      byte[] own = new byte[size * m];
      order[k] = own;
      for (Tracker t : all) {
        t.next[k] = new int[size];
        t.at[k] = new byte[size];
      }
      Tracker last = lasts;
      for (int i = 0; i < size; i++) {
        int b = from + i;
        if (p.isStrictFast(b)) {
          // the ranks are a permutation: place each candidate at its rank
          int base = b * m;
          int to = i * m;
          for (int c = 0; c < m; c++) {
            own[to + ranks[base + c]] = (byte) c;
          }
          firsts.append(k, i, own[to], delta, 0);
          if (last != null) {
            last.at[k][i] = (byte) (m - 1);
            last.append(k, i, own[to + m - 1], delta, m + 2);
          }
        } else {
          delta[delta.length - 1]++;
          firsts.append(k, i, best(b), delta, 0);
          if (last != null) {
            last.append(k, i, worst(b), delta, m + 2);
          }
        }
      }
      return delta;
    }, Orders::sum);
    add(total, all);
    allStrict = total[total.length - 1] == 0;
  }

  private Tracker[] trackers() {
    return lasts == null ? new Tracker[] {firsts} : new Tracker[] {firsts, lasts};
  }

  private static void add(long[] delta, Tracker[] trackers) {
    for (int t = 0; t < trackers.length; t++) {
      trackers[t].add(delta, t * (trackers[t].votes.length + 2));
    }
  }

  /** A view of the eliminated flags, indexed by candidate; not to be changed by callers. */
  boolean[] eliminated() {
    return eliminated;
  }

  /** The candidate each ballot counts for, and the totals. */
  final class Tracker {
    private final boolean best;
    /** Per chunk: the next ballot in the same list, as an offset in the chunk, or END. */
    private final int[][] next;
    /** Per chunk: where in its order a strict ballot's candidate is. */
    private final byte[][] at;
    /** First and last ballot (chunk offsets) of list {@code chunk * (m + 1) + c}; m: tied. */
    private final int[] head;
    private final int[] tail;
    final long[] votes;
    /** Ballots whose best (or worst) remaining candidates are tied; they count for none. */
    long tiedVotes;
    /** Ballots with no remaining ranked candidate. */
    long exhausted;

    private Tracker(boolean best) {
      this.best = best;
      this.next = new int[chunks][];
      this.at = new byte[chunks][];
      this.head = new int[chunks * (m + 1)];
      this.tail = new int[chunks * (m + 1)];
      this.votes = new long[m];
      java.util.Arrays.fill(head, END);
      java.util.Arrays.fill(tail, END);
    }

    /** Adds the part of a delta that starts at {@code offset}: {votes…, tied, exhausted}. */
    private void add(long[] delta, int offset) {
      for (int c = 0; c < m; c++) {
        votes[c] += delta[offset + c];
      }
      tiedVotes += delta[offset + m];
      exhausted += delta[offset + m + 1];
    }

    /** Finds what the ballot at offset i of a chunk counts for now, and appends it there. */
    private void place(int chunk, int i, long[] delta, int offset) {
      int b = chunk * chunkSize + i;
      int c;
      if (allStrict || p.isStrictFast(b)) {
        // candidates passed over are eliminated for good, so the pointer only moves on
        byte[] own = order[chunk];
        byte[] pointers = at[chunk];
        int base = i * m;
        int k = pointers[i];
        if (best) {
          while (k < m && eliminated[own[base + k]]) {
            k++;
          }
          c = k < m ? own[base + k] : EXHAUSTED;
        } else {
          while (k >= 0 && eliminated[own[base + k]]) {
            k--;
          }
          c = k >= 0 ? own[base + k] : EXHAUSTED;
        }
        pointers[i] = (byte) k;
      } else {
        c = best ? best(b) : worst(b);
      }
      append(chunk, i, c, delta, offset);
    }

    /** Appends the ballot at offset i of a chunk to the list of c (a candidate, or TIED). */
    private void append(int chunk, int i, int c, long[] delta, int offset) {
      long count = counts[chunk * chunkSize + i];
      if (c == EXHAUSTED) {
        delta[offset + m + 1] += count;
        return;
      }
      int slot = c == TIED ? m : c;
      delta[offset + slot] += count;
      int list = chunk * (m + 1) + slot;
      int[] links = next[chunk];
      links[i] = END;
      int last = tail[list];
      if (last == END) {
        head[list] = i;
      } else {
        links[last] = i;
      }
      tail[list] = i;
    }

    /** Moves on, within one chunk, the ballots that counted for the loser or for no one. */
    private void moveOn(int chunk, int loser, long[] delta, int offset) {
      int base = chunk * (m + 1);
      int first = chunk * chunkSize;
      int[] links = next[chunk];
      for (int slot : new int[] {loser, m}) {
        int list = base + slot;
        int i = head[list];
        head[list] = END;
        tail[list] = END;
        long moved = 0;
        while (i != END) {
          int following = links[i];
          moved += counts[first + i];
          place(chunk, i, delta, offset);
          i = following;
        }
        delta[offset + slot] -= moved;
      }
    }
  }

  /**
   * Eliminates a candidate and moves on the ballots that counted for it, or for no one, in
   * first and last places; the chunks run in parallel.
   */
  void eliminate(int loser) {
    eliminated[loser] = true;
    Tracker[] all = trackers();
    int width = m + 2;
    add(Chunks.each(chunks, k -> {
      long[] part = new long[all.length * width];
      for (int t = 0; t < all.length; t++) {
        all[t].moveOn(k, loser, part, t * width);
      }
      return part;
    }, Orders::sum), all);
  }

  /** The ballot's best remaining ranked candidate, alone; or EXHAUSTED, or TIED. */
  private int best(int b) {
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
  private int worst(int b) {
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
