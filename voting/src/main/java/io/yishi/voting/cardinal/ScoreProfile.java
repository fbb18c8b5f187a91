package io.yishi.voting.cardinal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.voting.internal.Candidates;
import io.yishi.voting.internal.RowIndex;
import java.util.Arrays;
import java.util.List;

/**
 * Score ballots summarised: each distinct vector of scores once, with the number of voters who
 * cast it, over a scale of whole numbers {@code [min, max]}. Immutable and safe to share between
 * threads.
 *
 * <p>The same profile serves score voting and STAR (the numbers are scores), majority judgment
 * (grades, the lowest value the worst) and dot voting (dots placed). A score vector holds one
 * value for every candidate; a ballot that leaves a candidate out gives it {@code min}.
 *
 * <p>What the methods read is derived once, when the profile is built: each candidate's total
 * and each candidate's histogram (how many voters gave each value), so that a total is read in
 * O(1) and a median grade in O(max - min), however many voters there are; and the largest sum
 * of one ballot's values, which dot voting checks against the dots each voter has. What only a
 * few candidates need — how many voters scored one candidate above another, for the runoff of
 * STAR — is counted on demand over the distinct ballots by {@link #prefer(int, int)}.
 *
 * <p>Scores are stored as offsets from {@code min} in 16 bits, so a million distinct ballots over
 * 20 candidates take about 40 MB; the scale is at most {@value #MAX_RANGE} wide. Profiles over the
 * same candidates and scale merge with {@link Builder#addAll}, associatively and in any order.
 *
 * <pre>{@code
 * ScoreProfile p = ScoreProfile.builder(List.of("park", "pool", "library"), 0, 5)
 *     .add(new int[] {5, 2, 0}, 40)
 *     .add(new int[] {1, 5, 3}, 35)
 *     .build();
 * long parkTotal = p.total(0);            // 5 * 40 + 1 * 35 = 235
 * long fives = p.countAt(1, 5);           // 35 voters gave the pool 5
 * }</pre>
 */
public final class ScoreProfile {

  /** The largest number of candidates a profile holds. */
  public static final int MAX_CANDIDATES = 1024;

  /** The widest scale, {@code max - min}, a profile holds. */
  public static final int MAX_RANGE = 1000;

  private final List<String> candidates;
  private final int m;
  private final int min;
  private final int max;
  /** Distinct ballot b gives candidate c the score {@code min + values[b * m + c]}. */
  private final short[] values;
  private final long[] counts;
  private final int distinct;
  private final long voters;
  private final long[] totals;
  /** Candidate c was given {@code min + v} by {@code histograms[c * width + v]} voters. */
  private final long[] histograms;
  private final int width;
  private final long largestBallotSum;

  private ScoreProfile(List<String> candidates, int min, int max, short[] values, long[] counts,
      int distinct) {
    this.candidates = candidates;
    this.m = candidates.size();
    this.min = min;
    this.max = max;
    this.values = values;
    this.counts = counts;
    this.distinct = distinct;
    this.width = max - min + 1;
    long total = 0;
    long[] histogram = new long[m * width];
    long largest = Long.MIN_VALUE;
    for (int b = 0; b < distinct; b++) {
      long count = counts[b];
      total = Math.addExact(total, count);
      int row = b * m;
      long offsetSum = 0;
      for (int c = 0; c < m; c++) {
        int v = values[row + c];
        histogram[c * width + v] += count;
        offsetSum += v;
      }
      largest = Math.max(largest, offsetSum + (long) min * m);
    }
    long[] sums = new long[m];
    for (int c = 0; c < m; c++) {
      long sum = 0;
      for (int v = 0; v < width; v++) {
        sum = Math.addExact(sum, Math.multiplyExact(histogram[c * width + v], (long) (min + v)));
      }
      sums[c] = sum;
    }
    this.voters = total;
    this.histograms = histogram;
    this.totals = sums;
    this.largestBallotSum = distinct == 0 ? 0 : largest;
  }

  /**
   * {@return a builder for a profile over these candidates and this scale}
   *
   * @param candidates the candidates' names, distinct and not blank, 1 to {@value
   *     #MAX_CANDIDATES}
   * @param min the lowest value of the scale, any int
   * @param max the highest value of the scale, {@code min < max <= min + }{@value #MAX_RANGE}
   * @throws IllegalArgumentException if a name repeats or is blank, there are too many, or the
   *     scale is empty or too wide
   */
  public static Builder builder(List<String> candidates, int min, int max) {
    return new Builder(candidates, min, max);
  }

  /** {@return the candidates' names; a candidate's index is its position here} */
  public List<String> candidates() {
    return candidates;
  }

  /** {@return the number of candidates} */
  public int candidateCount() {
    return m;
  }

  /** {@return the lowest value of the scale} */
  public int min() {
    return min;
  }

  /** {@return the highest value of the scale} */
  public int max() {
    return max;
  }

  /** {@return the number of voters: the sum of all ballot counts} */
  public long voters() {
    return voters;
  }

  /** {@return the number of distinct score vectors} */
  public int distinctBallots() {
    return distinct;
  }

  /**
   * {@return how many voters cast distinct ballot {@code b}}
   *
   * @param b the distinct ballot's index, in [0, {@link #distinctBallots()})
   * @throws IllegalArgumentException if the index is out of range
   */
  public long count(int b) {
    checkBallot(b);
    return counts[b];
  }

  /**
   * {@return the score distinct ballot {@code b} gives candidate {@code c}, in [min, max]}
   *
   * @param b the distinct ballot's index, in [0, {@link #distinctBallots()})
   * @param c the candidate's index, in [0, {@link #candidateCount()})
   * @throws IllegalArgumentException if an index is out of range
   */
  public int score(int b, int c) {
    checkBallot(b);
    checkCandidate(c);
    return min + values[b * m + c];
  }

  /**
   * {@return the scores of distinct ballot {@code b}, by candidate index; a fresh array}
   *
   * @param b the distinct ballot's index, in [0, {@link #distinctBallots()})
   * @throws IllegalArgumentException if the index is out of range
   */
  public int[] scores(int b) {
    checkBallot(b);
    int[] result = new int[m];
    for (int c = 0; c < m; c++) {
      result[c] = min + values[b * m + c];
    }
    return result;
  }

  /**
   * {@return the total score of candidate {@code c}: the sum over all voters of the value each
   * gave it}
   *
   * @param c the candidate's index, in [0, {@link #candidateCount()})
   * @throws IllegalArgumentException if the index is out of range
   */
  public long total(int c) {
    checkCandidate(c);
    return totals[c];
  }

  /** {@return every candidate's total score, by candidate index; a fresh copy} */
  public long[] totals() {
    return totals.clone();
  }

  /**
   * {@return how many voters gave candidate {@code c} exactly this value; 0 outside the scale}
   *
   * @param c the candidate's index, in [0, {@link #candidateCount()})
   * @param value the value, any int
   * @throws IllegalArgumentException if the candidate's index is out of range
   */
  public long countAt(int c, int value) {
    checkCandidate(c);
    if (value < min || value > max) {
      return 0;
    }
    return histograms[c * width + (value - min)];
  }

  /**
   * {@return candidate {@code c}'s histogram: element {@code v} is the number of voters who gave
   * it {@code min + v}, for v in [0, max - min]; a fresh copy}
   *
   * @param c the candidate's index, in [0, {@link #candidateCount()})
   * @throws IllegalArgumentException if the index is out of range
   */
  public long[] histogram(int c) {
    checkCandidate(c);
    return Arrays.copyOfRange(histograms, c * width, (c + 1) * width);
  }

  /**
   * {@return the largest sum of the values of one ballot; 0 for a profile without ballots}
   *
   * <p>Dot voting checks it against the dots each voter has.
   */
  public long largestBallotSum() {
    return largestBallotSum;
  }

  /**
   * {@return how many voters scored candidate {@code a} strictly higher than candidate {@code b}}
   *
   * <p>Counted on each call over the distinct ballots, in O(distinct ballots).
   *
   * @param a one candidate's index
   * @param b another candidate's index
   * @throws IllegalArgumentException if an index is out of range
   */
  public long prefer(int a, int b) {
    checkCandidate(a);
    checkCandidate(b);
    long n = 0;
    for (int d = 0, row = 0; d < distinct; d++, row += m) {
      if (values[row + a] > values[row + b]) {
        n += counts[d];
      }
    }
    return n;
  }

  private void checkBallot(int b) {
    checkArgument(b >= 0 && b < distinct, "ballot: index must be in [0, %s), was %s", distinct, b);
  }

  private void checkCandidate(int c) {
    checkArgument(c >= 0 && c < m, "candidate: index must be in [0, %s), was %s", m, c);
  }

  /**
   * {@return whether the other profile has the same candidates, the same scale and the same
   * ballots with the same counts, in any order}
   *
   * @param other another profile
   */
  public boolean sameBallots(ScoreProfile other) {
    if (!candidates.equals(other.candidates) || min != other.min || max != other.max
        || distinct != other.distinct || voters != other.voters) {
      return false;
    }
    Builder index = new Builder(candidates, min, max);
    index.addAll(this);
    for (int b = 0; b < other.distinct; b++) {
      int at = index.find(other.values, b * m);
      if (at < 0 || index.counts[at] != other.counts[b]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "ScoreProfile[" + m + " candidates, scale [" + min + ", " + max + "], " + voters
        + " voters, " + distinct + " distinct ballots]";
  }

  /**
   * Collects score ballots; equal score vectors are counted together. Not thread-safe: give each
   * thread its own builder and merge the profiles with {@link #addAll}.
   */
  public static final class Builder {

    private final List<String> candidates;
    private final int m;
    private final int min;
    private final int max;
    private short[] values;
    private long[] counts;
    private int size;
    /** Open addressing: 1 + the ballot's index, or 0 for an empty slot. */
    private final RowIndex index = new RowIndex();
    private final short[] scratch;

    private Builder(List<String> candidates, int min, int max) {
      Candidates.checked(candidates, MAX_CANDIDATES);
      checkArgument(min < max && (long) max - min <= MAX_RANGE,
          "scale: must be [min, max] with min < max and max - min <= %s, was [%s, %s]",
          MAX_RANGE, min, max);
      this.candidates = List.copyOf(candidates);
      this.m = candidates.size();
      this.min = min;
      this.max = max;
      this.values = new short[16 * m];
      this.counts = new long[16];
      this.scratch = new short[m];
    }

    /**
     * Adds {@code count} voters who cast these scores.
     *
     * @param scores one score per candidate, by candidate index, each in [min, max]
     * @param count how many voters, at least 1
     * @return this builder
     * @throws IllegalArgumentException if there is not one score per candidate, a score is
     *     outside the scale (the message names the candidate, the value and the scale), or the
     *     count is not positive; the builder is then unchanged
     */
    public Builder add(int[] scores, long count) {
      checkNotNull(scores, "scores");
      checkArgument(count > 0, "count: must be at least 1, was %s", count);
      checkArgument(scores.length == m, "scores: must hold one score for each of the %s"
          + " candidates, held %s", m, scores.length);
      for (int c = 0; c < m; c++) {
        int v = scores[c];
        if (v < min || v > max) {
          throw new IllegalArgumentException(String.format(
              "scores: candidate '%s' has %s, outside the scale [%s, %s]", candidates.get(c), v,
              min, max));
        }
        scratch[c] = (short) (v - min);
      }
      put(scratch, 0, count);
      return this;
    }

    /**
     * Adds every ballot of another profile over the same candidates and scale.
     *
     * @param profile the profile to merge in
     * @return this builder
     * @throws IllegalArgumentException if the candidates or the scale differ
     */
    public Builder addAll(ScoreProfile profile) {
      checkNotNull(profile, "profile");
      checkArgument(profile.candidates.equals(candidates),
          "profile: candidates must be %s, were %s", candidates, profile.candidates);
      checkArgument(profile.min == min && profile.max == max,
          "profile: scale must be [%s, %s], was [%s, %s]", min, max, profile.min, profile.max);
      for (int b = 0; b < profile.distinct; b++) {
        put(profile.values, b * m, profile.counts[b]);
      }
      return this;
    }

    /** {@return the profile of the ballots added so far; the builder can go on} */
    public ScoreProfile build() {
      return new ScoreProfile(candidates, min, max, Arrays.copyOf(values, size * m),
          Arrays.copyOf(counts, size), size);
    }

    private int hash(short[] source, int from) {
      long h = 0x9E3779B97F4A7C15L;
      for (int c = 0; c < m; c++) {
        h = (h ^ source[from + c]) * 0xBF58476D1CE4E5B9L;
      }
      h ^= h >>> 31;
      return (int) (h ^ (h >>> 32));
    }

    /** {@return the index of this score vector among the ballots, or -1} */
    int find(short[] source, int from) {
      return index.find(hash(source, from),
          r -> Arrays.equals(values, r * m, (r + 1) * m, source, from, from + m));
    }

    private void put(short[] source, int from, long count) {
      int at = find(source, from);
      if (at >= 0) {
        counts[at] = Math.addExact(counts[at], count);
        return;
      }
      if (size == counts.length) {
        counts = Arrays.copyOf(counts, size * 2);
        values = Arrays.copyOf(values, size * 2 * m);
      }
      System.arraycopy(source, from, values, size * m, m);
      counts[size] = count;
      size++;
      index.added(r -> hash(values, r * m));
    }
  }
}
