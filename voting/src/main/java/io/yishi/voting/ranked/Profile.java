package io.yishi.voting.ranked;

import static com.google.common.base.Preconditions.checkArgument;

import io.yishi.voting.internal.Candidates;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The ballots of one ranked decision, summarised: each distinct ranking once, with the number of
 * voters who cast it. Rankings may be strict, have ties (several candidates in one tier), and be
 * truncated (candidates left out share the last place, below every ranked candidate).
 *
 * <p>A profile is immutable and thread-safe. Profiles over the same candidates {@link
 * #merge(Profile) merge} associatively and commutatively, so a count can be split across threads
 * or machines and the parts added up. What several methods need — first preferences, the pairwise
 * majority matrix — is derived once, on first use, and shared.
 *
 * <pre>{@code
 * Profile.Builder b = Profile.builder(List.of("a", "b", "c"));
 * b.addOrder(new int[] {0, 1, 2}, 3);                 // 3 voters: a > b > c
 * b.add(new int[][] {{2}, {0, 1}}, 2);                // 2 voters: c > a = b
 * Profile p = b.build();
 * p.prefer(0, 1);                                     // voters ranking a above b: 3
 * }</pre>
 *
 * <p>Candidates are referred to by their position in {@link #candidates()}, from 0. At most
 * {@value #MAX_CANDIDATES} candidates.
 */
public final class Profile {

  /** The largest number of candidates a profile holds. */
  public static final int MAX_CANDIDATES = 127;

  private final List<String> candidates;
  private final int m;
  /** Rank of each candidate in each distinct ballot: {@code ranks[b * m + c]}, 0 = first. */
  private final byte[] ranks;
  /** Number of tiers of each distinct ballot, counting the shared last tier of the unranked. */
  private final byte[] tiers;
  private final long[] counts;
  private final int distinct;
  private final long voters;
  private volatile long @Nullable [] pairwise;
  private volatile long @Nullable [] firstPreferences;

  private Profile(List<String> candidates, byte[] ranks, byte[] tiers, long[] counts,
      int distinct) {
    this.candidates = candidates;
    this.m = candidates.size();
    this.ranks = ranks;
    this.tiers = tiers;
    this.counts = counts;
    this.distinct = distinct;
    long total = 0;
    for (int b = 0; b < distinct; b++) {
      total += counts[b];
    }
    this.voters = total;
  }

  /**
   * {@return a builder for a profile over these candidates}
   *
   * @param candidates the candidates' names, distinct, 1 to {@value #MAX_CANDIDATES}
   * @throws IllegalArgumentException if a name repeats or is blank, or there are too many
   */
  public static Builder builder(List<String> candidates) {
    return new Builder(candidates);
  }

  /** {@return the candidates' names; a candidate's index is its position here} */
  public List<String> candidates() {
    return candidates;
  }

  /** {@return the number of candidates} */
  public int candidateCount() {
    return m;
  }

  /** {@return the number of voters: the sum of all ballot counts} */
  public long voters() {
    return voters;
  }

  /** {@return the number of distinct rankings} */
  public int distinctBallots() {
    return distinct;
  }

  /**
   * {@return how many voters cast distinct ballot {@code b}}
   *
   * @param b the distinct ballot's index, in [0, {@link #distinctBallots()})
   */
  public long count(int b) {
    checkBallot(b);
    return counts[b];
  }

  /**
   * {@return the rank of candidate {@code c} on distinct ballot {@code b}}: 0 for the first tier,
   * 1 for the second, and so on; candidates the ballot leaves out share the last rank, below every
   * ranked candidate
   *
   * @param b the distinct ballot's index
   * @param c the candidate's index
   */
  public int rank(int b, int c) {
    checkBallot(b);
    checkArgument(c >= 0 && c < m, "candidate: index must be in [0, %s), was %s", m, c);
    return ranks[b * m + c];
  }

  /**
   * {@return the tiers of distinct ballot {@code b}, best first, as candidate indices; the
   * candidates the ballot leaves out are not listed}
   *
   * @param b the distinct ballot's index
   */
  public int[][] tiers(int b) {
    checkBallot(b);
    int t = tiers[b] & 0x7F;
    int[] sizes = new int[t];
    for (int c = 0; c < m; c++) {
      sizes[ranks[b * m + c]]++;
    }
    boolean truncated = isTruncated(b);
    int listed = truncated ? t - 1 : t;
    int[][] result = new int[listed][];
    for (int r = 0; r < listed; r++) {
      result[r] = new int[sizes[r]];
    }
    int[] fill = new int[t];
    for (int c = 0; c < m; c++) {
      int r = ranks[b * m + c];
      if (r < listed) {
        result[r][fill[r]++] = c;
      }
    }
    return result;
  }

  /**
   * {@return whether distinct ballot {@code b} leaves some candidates out}; it is truncated when
   * its last tier holds candidates that were not ranked (as opposed to a last tier given in full)
   *
   * @param b the distinct ballot's index
   */
  public boolean isTruncated(int b) {
    checkBallot(b);
    return (tiers[b] & TRUNCATED) != 0;
  }

  private static final int TRUNCATED = 0x80;

  private void checkBallot(int b) {
    checkArgument(b >= 0 && b < distinct, "ballot: index must be in [0, %s), was %s", distinct, b);
  }

  /** Direct read of a rank, for the methods in this package: no checks. */
  int rankFast(int b, int c) {
    return ranks[b * m + c];
  }

  /** Direct read of the truncation flag, for the methods in this package. */
  boolean isTruncatedFast(int b) {
    return (tiers[b] & TRUNCATED) != 0;
  }

  /** Whether ballot b ranks every candidate in a tier of its own: no ties, nothing left out. */
  boolean isStrictFast(int b) {
    return tiers[b] == m;
  }

  /** The rank the unranked candidates of a truncated ballot share: its last. */
  int lastRankFast(int b) {
    return (tiers[b] & 0x7F) - 1;
  }

  /** The rank array itself, {@code [b * m + c]}, for the methods in this package: not to be changed. */
  byte[] ranksFast() {
    return ranks;
  }

  /** The count array itself, for the methods in this package: not to be changed. */
  long[] countsFast() {
    return counts;
  }

  /** Direct read of a count, for the methods in this package. */
  long countFast(int b) {
    return counts[b];
  }

  /**
   * {@return the number of voters who rank candidate {@code a} strictly above candidate {@code
   * b}}, from the pairwise majority matrix, which is computed once
   *
   * @param a a candidate's index
   * @param b another candidate's index
   * @throws IllegalArgumentException if an index is out of range
   */
  public long prefer(int a, int b) {
    checkCandidates(a, b);
    return pairwise()[a * m + b];
  }

  private void checkCandidates(int a, int b) {
    for (int c : new int[] {a, b}) {
      if (c < 0 || c >= m) {
        throw new IllegalArgumentException("candidate: index must be in [0, " + m + "), was "
            + c);
      }
    }
  }

  /**
   * {@return {@code prefer(a, b) - prefer(b, a)}, the margin of a over b}
   *
   * @param a a candidate's index
   * @param b another candidate's index
   * @throws IllegalArgumentException if an index is out of range
   */
  public long margin(int a, int b) {
    checkCandidates(a, b);
    long[] p = pairwise();
    return p[a * m + b] - p[b * m + a];
  }

  long[] pairwise() {
    long[] p = pairwise;
    if (p == null) {
      p = Chunks.run(distinct, this::pairwise, (a, b) -> {
        for (int i = 0; i < a.length; i++) {
          a[i] += b[i];
        }
        return a;
      });
      pairwise = p;
    }
    return p;
  }

  /** The pairwise counts of distinct ballots {@code [from, to)}. */
  private long[] pairwise(int from, int to) {
    long[] p = new long[m * m];
    int[] start = new int[m + 2];
    int[] order = new int[m];
    for (int b = from; b < to; b++) {
      long n = counts[b];
      int base = b * m;
      // order the ballot's candidates by rank; start[r + 1] ends up where rank r's tier ends
      Arrays.fill(start, 0);
      for (int c = 0; c < m; c++) {
        start[ranks[base + c] + 1]++;
      }
      for (int r = 1; r < start.length; r++) {
        start[r] += start[r - 1];
      }
      int[] fill = start.clone();
      for (int c = 0; c < m; c++) {
        order[fill[ranks[base + c]]++] = c;
      }
      // each candidate is preferred to every candidate in a later tier
      for (int i = 0; i < m; i++) {
        int c = order[i];
        int row = c * m;
        for (int j = start[ranks[base + c] + 1]; j < m; j++) {
          p[row + order[j]] += n;
        }
      }
    }
    return p;
  }

  /**
   * {@return the number of voters who rank each candidate alone in first place}, indexed by
   * candidate; a ballot whose first tier holds several candidates counts for none of them
   */
  public long[] firstPreferences() {
    long[] f = firstPreferences;
    if (f == null) {
      f = new long[m];
      for (int b = 0; b < distinct; b++) {
        int top = -1;
        int base = b * m;
        for (int c = 0; c < m; c++) {
          if (ranks[base + c] == 0) {
            top = top == -1 ? c : -2;
          }
        }
        if (top >= 0) {
          f[top] += counts[b];
        }
      }
      firstPreferences = f;
    }
    return f.clone();
  }

  /**
   * Adds another profile's ballots to this one's.
   *
   * @param other a profile over the same candidates in the same order
   * @return a profile with every ballot of both
   * @throws IllegalArgumentException if the candidates differ
   */
  public Profile merge(Profile other) {
    checkArgument(candidates.equals(other.candidates),
        "profile: cannot merge profiles over different candidates, %s and %s", candidates,
        other.candidates);
    Builder b = new Builder(candidates);
    b.addAll(this);
    b.addAll(other);
    return b.build();
  }

  /**
   * {@return a map from each distinct ranking, written as tiers of names, to its count}; a
   * readable, order-independent view for tests and listings
   */
  public Map<List<Set<String>>, Long> asMap() {
    Map<List<Set<String>>, Long> map = new HashMap<>();
    for (int b = 0; b < distinct; b++) {
      List<Set<String>> ranking = new ArrayList<>();
      for (int[] tier : tiers(b)) {
        Set<String> names = new HashSet<>();
        for (int c : tier) {
          names.add(candidates.get(c));
        }
        ranking.add(Set.copyOf(names));
      }
      map.merge(List.copyOf(ranking), counts[b], Long::sum);
    }
    return map;
  }

  /** Profiles are equal when they have the same candidates in order and the same ballots. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Profile other && candidates.equals(other.candidates)
        && voters == other.voters && distinct == other.distinct && asMap().equals(other.asMap());
  }

  @Override
  public int hashCode() {
    return candidates.hashCode() * 31 + Long.hashCode(voters);
  }

  /** {@return a summary: candidates, voters, distinct ballots} */
  @Override
  public String toString() {
    return "Profile[" + candidates + ", " + voters + " voters, " + distinct + " distinct]";
  }

  /**
   * Collects ballots into a profile. Not thread-safe: give each thread its own builder and
   * {@link Profile#merge(Profile)} the results.
   */
  public static final class Builder {
    private final List<String> candidates;
    private final int m;
    private final boolean packable;
    /**
     * For up to 15 candidates: an open-addressing table of (packed ranking + 1, count) pairs in
     * one array, so that adding a ballot touches one cache line; decoded when the profile is
     * built. The packed ranking holds each candidate's rank in 4 bits and the truncation flag.
     */
    private long[] table;
    private int mask;
    private int used;
    /**
     * For more candidates: the same table with wider keys, {@code words} longs per ranking
     * (one byte per candidate's rank + 1, then the truncation flag + 1) and the count after them.
     */
    private final int words;
    private long[] wideTable;
    private int wideMask;
    private final long[] wideKey;
    private final byte[] scratch;
    private final int[] seen;
    private int stamp;
    private final long[] pendingKeys = new long[256];
    private final long[] pendingCounts = new long[256];
    private int pending;

    private Builder(List<String> names) {
      this.candidates = Candidates.checked(names, MAX_CANDIDATES);
      this.m = candidates.size();
      this.packable = m <= 15;
      this.table = new long[2 * 1024];
      this.mask = 1023;
      this.words = (m + 1 + 7) / 8;
      this.wideKey = new long[words];
      this.wideTable = packable ? new long[0] : new long[1024 * (words + 1)];
      this.wideMask = 1023;
      this.scratch = new byte[m];
      this.seen = new int[m];
    }

    /**
     * Adds voters who cast one strict ranking, best first.
     *
     * @param order candidate indices, best first, no repeats; candidates left out share the last
     *     place
     * @param count the number of voters, {@code >= 1}
     * @return this builder
     * @throws IllegalArgumentException if an index is out of range or repeats, or {@code count < 1}
     */
    public Builder addOrder(int[] order, long count) {
      checkArgument(count >= 1, "ballot count: must be >= 1, was %s", count);
      int listed = order.length;
      checkArgument(listed >= 1 && listed <= m,
          "ballot: must rank 1 to %s candidates, ranked %s", m, listed);
      int tag = ++stamp;
      for (int r = 0; r < listed; r++) {
        int c = order[r];
        if (c < 0 || c >= m) {
          throw new IllegalArgumentException("ballot: candidate index must be in [0, " + m
              + "), was " + c);
        }
        if (seen[c] == tag) {
          throw new IllegalArgumentException("ballot: candidate " + candidates.get(c)
              + " is ranked twice");
        }
        seen[c] = tag;
        scratch[c] = (byte) r;
      }
      boolean truncated = listed < m;
      if (truncated) {
        for (int c = 0; c < m; c++) {
          if (seen[c] != tag) {
            scratch[c] = (byte) listed;
          }
        }
      }
      put(truncated, count);
      return this;
    }

    /**
     * Adds voters who cast one ranking with ties, best tier first.
     *
     * @param ranking tiers of candidate indices, best first; each tier non-empty, no candidate
     *     twice; candidates left out share the last place
     * @param count the number of voters, {@code >= 1}
     * @return this builder
     * @throws IllegalArgumentException if an index is out of range or repeats, a tier is empty,
     *     or {@code count < 1}
     */
    public Builder add(int[][] ranking, long count) {
      checkArgument(count >= 1, "ballot count: must be >= 1, was %s", count);
      checkArgument(ranking.length >= 1, "ballot: must rank at least one candidate");
      int tag = ++stamp;
      int listed = 0;
      for (int r = 0; r < ranking.length; r++) {
        checkArgument(ranking[r].length >= 1, "ballot: tier %s is empty", r + 1);
        for (int c : ranking[r]) {
          checkArgument(c >= 0 && c < m, "ballot: candidate index must be in [0, %s), was %s",
              m, c);
          checkArgument(seen[c] != tag, "ballot: candidate %s is ranked twice",
              candidates.get(c));
          seen[c] = tag;
          scratch[c] = (byte) r;
          listed++;
        }
      }
      boolean truncated = listed < m;
      if (truncated) {
        for (int c = 0; c < m; c++) {
          if (seen[c] != tag) {
            scratch[c] = (byte) ranking.length;
          }
        }
      }
      put(truncated, count);
      return this;
    }

    /**
     * Adds every ballot of a profile over the same candidates.
     *
     * @param profile the profile to add
     * @return this builder
     * @throws IllegalArgumentException if its candidates differ
     */
    public Builder addAll(Profile profile) {
      checkArgument(candidates.equals(profile.candidates),
          "profile: cannot add a profile over %s to one over %s", profile.candidates, candidates);
      for (int b = 0; b < profile.distinct; b++) {
        System.arraycopy(profile.ranks, b * m, scratch, 0, m);
        put((profile.tiers[b] & TRUNCATED) != 0, profile.counts[b]);
      }
      return this;
    }

    private void put(boolean truncated, long count) {
      if (!packable) {
        putWide(truncated, count);
        return;
      }
      long key = 0;
      for (int c = 0; c < m; c++) {
        key = (key << 4) | scratch[c];
      }
      // Keys wait in a small batch: probing a batch of independent slots lets the processor
      // overlap the cache misses that dominate building a large profile.
      pendingKeys[pending] = ((key << 1) | (truncated ? 1 : 0)) + 1;  // 0 marks an empty slot
      pendingCounts[pending] = count;
      if (++pending == pendingKeys.length) {
        flush();
      }
    }

    private void flush() {
      for (int i = 0; i < pending; i++) {
        insert(pendingKeys[i], pendingCounts[i]);
      }
      pending = 0;
    }

    private void insert(long key, long count) {
      int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
      while (true) {
        long k = table[2 * slot];
        if (k == key) {
          table[2 * slot + 1] = Math.addExact(table[2 * slot + 1], count);
          return;
        }
        if (k == 0) {
          table[2 * slot] = key;
          table[2 * slot + 1] = count;
          if (++used * 2 > mask) {
            grow();
          }
          return;
        }
        slot = (slot + 1) & mask;
      }
    }

    private void putWide(boolean truncated, long count) {
      java.util.Arrays.fill(wideKey, 0);
      for (int c = 0; c <= m; c++) {
        long value = c < m ? scratch[c] + 1 : (truncated ? 2 : 1);
        wideKey[c >>> 3] |= value << ((c & 7) * 8);
      }
      int stride = words + 1;
      long h = 0;
      for (long w : wideKey) {
        h = (h + w) * 0x9E3779B97F4A7C15L;
      }
      int slot = (int) (h >>> 40) & wideMask;
      while (true) {
        int at = slot * stride;
        if (wideTable[at] == 0) {
          System.arraycopy(wideKey, 0, wideTable, at, words);
          wideTable[at + words] = count;
          if (++used * 2 > wideMask) {
            growWide();
          }
          return;
        }
        if (java.util.Arrays.equals(wideTable, at, at + words, wideKey, 0, words)) {
          wideTable[at + words] = Math.addExact(wideTable[at + words], count);
          return;
        }
        slot = (slot + 1) & wideMask;
      }
    }

    private void growWide() {
      long[] old = wideTable;
      int stride = words + 1;
      wideTable = new long[old.length * 2];
      wideMask = wideMask * 2 + 1;
      for (int at = 0; at < old.length; at += stride) {
        if (old[at] == 0) {
          continue;
        }
        long h = 0;
        for (int w = 0; w < words; w++) {
          h = (h + old[at + w]) * 0x9E3779B97F4A7C15L;
        }
        int slot = (int) (h >>> 40) & wideMask;
        while (wideTable[slot * stride] != 0) {
          slot = (slot + 1) & wideMask;
        }
        System.arraycopy(old, at, wideTable, slot * stride, stride);
      }
    }

    private void grow() {
      long[] old = table;
      table = new long[old.length * 2];
      mask = mask * 2 + 1;
      for (int i = 0; i < old.length; i += 2) {
        long key = old[i];
        if (key != 0) {
          int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
          while (table[2 * slot] != 0) {
            slot = (slot + 1) & mask;
          }
          table[2 * slot] = key;
          table[2 * slot + 1] = old[i + 1];
        }
      }
    }

    /**
     * {@return the profile; the builder may go on collecting for another}. The order of the
     * distinct ballots in the profile carries no meaning; no method depends on it.
     */
    public Profile build() {
      flush();
      int n = used;
      long[] counts = new long[n];
      byte[] ranks = new byte[n * m];
      byte[] tierCounts = new byte[n];
      if (packable) {
        int b = 0;
        for (int i = 0; i < table.length; i += 2) {
          if (table[i] == 0) {
            continue;
          }
          long key = table[i] - 1;
          counts[b] = table[i + 1];
          boolean truncated = (key & 1) != 0;
          long packed = key >>> 1;
          int max = 0;
          for (int c = m - 1; c >= 0; c--) {
            int r = (int) (packed & 15);
            packed >>>= 4;
            ranks[b * m + c] = (byte) r;
            max = Math.max(max, r);
          }
          tierCounts[b] = (byte) ((max + 1) | (truncated ? TRUNCATED : 0));
          b++;
        }
      } else {
        int stride = words + 1;
        int b = 0;
        for (int at = 0; at < wideTable.length; at += stride) {
          if (wideTable[at] == 0) {
            continue;
          }
          int max = 0;
          for (int c = 0; c < m; c++) {
            int r = (int) ((wideTable[at + (c >>> 3)] >>> ((c & 7) * 8)) & 0xFF) - 1;
            ranks[b * m + c] = (byte) r;
            max = Math.max(max, r);
          }
          boolean truncated = ((wideTable[at + (m >>> 3)] >>> ((m & 7) * 8)) & 0xFF) == 2;
          tierCounts[b] = (byte) ((max + 1) | (truncated ? TRUNCATED : 0));
          counts[b] = wideTable[at + words];
          b++;
        }
      }
      return new Profile(candidates, ranks, tierCounts, counts, n);
    }
  }
}
