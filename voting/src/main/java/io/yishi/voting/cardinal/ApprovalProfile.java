package io.yishi.voting.cardinal;

import static com.google.common.base.Preconditions.checkArgument;

import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.DecisionRequest;
import io.yishi.core.spi.InvalidBallotException;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.voting.internal.Candidates;
import io.yishi.voting.internal.RowIndex;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Approval ballots summarised: each distinct set of approved candidates once, with the number of
 * voters who cast it. Immutable and safe to share between threads.
 *
 * <p>A set is stored as a bit set of {@code ceil(m / 64)} longs, so a million ballots over 20
 * candidates take at most 16 bytes each. Profiles over the same candidates merge with {@link
 * Builder#addAll}, associatively and in any order, so a count can be split across threads or
 * machines. Each candidate's number of approvals is counted once, when the profile is built.
 */
public final class ApprovalProfile {

  /** The largest number of candidates (or projects) a profile holds. */
  public static final int MAX_CANDIDATES = 4096;

  private final List<String> candidates;
  private final int m;
  private final int words;
  /** Distinct ballot b approves candidate c when bit {@code c % 64} of {@code sets[b * words + c / 64]} is set. */
  private final long[] sets;
  private final long[] counts;
  private final int distinct;
  private final long voters;
  private final long[] approvals;

  private ApprovalProfile(List<String> candidates, long[] sets, long[] counts, int distinct) {
    this.candidates = candidates;
    this.m = candidates.size();
    this.words = wordsFor(m);
    this.sets = sets;
    this.counts = counts;
    this.distinct = distinct;
    long total = 0;
    long[] perCandidate = new long[m];
    for (int b = 0; b < distinct; b++) {
      total = Math.addExact(total, counts[b]);
      for (int w = 0; w < words; w++) {
        long bits = sets[b * words + w];
        while (bits != 0) {
          perCandidate[w * 64 + Long.numberOfTrailingZeros(bits)] += counts[b];
          bits &= bits - 1;
        }
      }
    }
    this.voters = total;
    this.approvals = perCandidate;
  }

  private static int wordsFor(int m) {
    return Math.max(1, (m + 63) / 64);
  }

  /**
   * {@return a builder for a profile over these candidates}
   *
   * @param candidates the candidates' (or projects') names, distinct and not blank, 1 to {@value
   *     #MAX_CANDIDATES}
   * @throws IllegalArgumentException if a name repeats or is blank, or there are too many
   */
  public static Builder builder(List<String> candidates) {
    return new Builder(candidates);
  }

  /**
   * {@return the approval ballots of a decision, summarised over its slate}
   *
   * @param request the decision: its alternatives are the candidates (or projects), its ballots
   *     the approvals
   * @param ruleId the id of the rule counting them, for messages
   * @throws InvalidBallotException if a ballot is not an approval, approves an alternative not
   *     on the slate, or a member has two ballots
   * @throws InvalidParameterException if the slate is empty
   */
  public static ApprovalProfile of(DecisionRequest request, String ruleId) {
    List<String> slate = request.alternatives();
    if (slate.isEmpty()) {
      throw new InvalidParameterException("alternatives", slate,
          "rule '" + ruleId + "' needs the alternatives on its slate");
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < slate.size(); i++) {
      index.put(slate.get(i), i);
    }
    Builder builder = builder(slate);
    Set<Object> voted = new HashSet<>();
    for (Ballot ballot : request.ballots()) {
      if (!(ballot instanceof ApprovalBallot approval)) {
        throw new InvalidBallotException("ballot.type", ballot.getClass().getSimpleName(),
            "rule '" + ruleId + "' counts approval ballots");
      }
      if (!voted.add(approval.voter())) {
        throw new InvalidBallotException("ballot.voter", approval.voter(),
            "has already voted; one ballot per member");
      }
      int[] approved = new int[approval.approved().size()];
      for (int k = 0; k < approved.length; k++) {
        Integer c = index.get(approval.approved().get(k));
        if (c == null) {
          throw new InvalidBallotException("ballot.approved", approval.approved().get(k),
              "must be an alternative on the slate " + slate);
        }
        approved[k] = c;
      }
      builder.add(approved, 1);
    }
    return builder.build();
  }

  /**
   * Refuses an approval of an alternative not on the decision's slate, for the rules' {@code
   * checkBallot}.
   *
   * @param ballot an approval ballot
   * @param request the decision whose slate the approval must keep to
   * @throws InvalidBallotException naming the unknown alternative and listing the slate
   */
  public static void checkApproval(Ballot ballot, DecisionRequest request) {
    Set<String> slate = new HashSet<>(request.alternatives());
    for (String name : ((ApprovalBallot) ballot).approved()) {
      if (!slate.contains(name)) {
        throw new InvalidBallotException("ballot.approved", name,
            "must be an alternative on the slate " + request.alternatives());
      }
    }
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

  /** {@return the number of distinct approval sets} */
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
   * {@return whether distinct ballot {@code b} approves candidate {@code c}}
   *
   * @param b the distinct ballot's index, in [0, {@link #distinctBallots()})
   * @param c the candidate's index, in [0, {@link #candidateCount()})
   * @throws IllegalArgumentException if an index is out of range
   */
  public boolean approves(int b, int c) {
    checkBallot(b);
    checkArgument(c >= 0 && c < m, "candidate: index must be in [0, %s), was %s", m, c);
    return (sets[b * words + (c >>> 6)] & (1L << c)) != 0;
  }

  /**
   * {@return the candidates distinct ballot {@code b} approves, in increasing index order}
   *
   * @param b the distinct ballot's index, in [0, {@link #distinctBallots()})
   * @throws IllegalArgumentException if the index is out of range
   */
  public int[] approved(int b) {
    checkBallot(b);
    int size = 0;
    for (int w = 0; w < words; w++) {
      size += Long.bitCount(sets[b * words + w]);
    }
    int[] result = new int[size];
    int k = 0;
    for (int w = 0; w < words; w++) {
      long bits = sets[b * words + w];
      while (bits != 0) {
        result[k++] = w * 64 + Long.numberOfTrailingZeros(bits);
        bits &= bits - 1;
      }
    }
    return result;
  }

  /** {@return each candidate's number of approvals, by candidate index; a fresh copy} */
  public long[] approvalCounts() {
    return approvals.clone();
  }

  /**
   * {@return the number of approvals of candidate {@code c}}
   *
   * @param c the candidate's index, in [0, {@link #candidateCount()})
   * @throws IllegalArgumentException if the index is out of range
   */
  public long approvalCount(int c) {
    checkArgument(c >= 0 && c < m, "candidate: index must be in [0, %s), was %s", m, c);
    return approvals[c];
  }

  private void checkBallot(int b) {
    checkArgument(b >= 0 && b < distinct, "ballot: index must be in [0, %s), was %s", distinct, b);
  }

  /**
   * {@return whether the other profile has the same candidates and the same ballots with the same
   * counts, in any order}
   *
   * @param other another profile
   */
  public boolean sameBallots(ApprovalProfile other) {
    if (!candidates.equals(other.candidates) || distinct != other.distinct
        || voters != other.voters) {
      return false;
    }
    Builder index = new Builder(candidates);
    index.addAll(this);
    for (int b = 0; b < other.distinct; b++) {
      int at = index.find(other.sets, b * words);
      if (at < 0 || index.counts[at] != other.counts[b]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "ApprovalProfile[" + m + " candidates, " + voters + " voters, " + distinct
        + " distinct ballots]";
  }

  /**
   * Collects approval ballots; equal sets are counted together. Not thread-safe: give each thread
   * its own builder and merge the profiles with {@link #addAll}.
   */
  public static final class Builder {

    private final List<String> candidates;
    private final int m;
    private final int words;
    private long[] sets;
    private long[] counts;
    private int size;
    /** Open addressing: 1 + the ballot's index, or 0 for an empty slot. */
    private final RowIndex index = new RowIndex();
    private final long[] scratch;

    private Builder(List<String> candidates) {
      this.candidates = Candidates.checked(candidates, MAX_CANDIDATES);
      this.m = candidates.size();
      this.words = wordsFor(m);
      this.sets = new long[16 * words];
      this.counts = new long[16];
      this.scratch = new long[words];
    }

    /**
     * Adds {@code count} voters who approve exactly these candidates.
     *
     * @param approved candidate indices, each in [0, m), none twice; empty for a blank ballot
     * @param count how many voters, at least 1
     * @return this builder
     * @throws IllegalArgumentException if an index is out of range or repeats, or the count is
     *     not positive; the builder is then unchanged
     */
    public Builder add(int[] approved, long count) {
      checkArgument(count > 0, "count: must be at least 1, was %s", count);
      Arrays.fill(scratch, 0L);
      for (int c : approved) {
        checkArgument(c >= 0 && c < m, "approved: candidate index must be in [0, %s), was %s", m,
            c);
        long bit = 1L << c;
        checkArgument((scratch[c >>> 6] & bit) == 0, "approved: candidate %s appears twice", c);
        scratch[c >>> 6] |= bit;
      }
      put(scratch, 0, count);
      return this;
    }

    /**
     * Adds {@code count} voters who approve exactly the candidates with these names.
     *
     * @param approved candidates' names, none twice
     * @param count how many voters, at least 1
     * @return this builder
     * @throws IllegalArgumentException if a name is not a candidate or repeats, or the count is
     *     not positive; the builder is then unchanged
     */
    public Builder addNames(List<String> approved, long count) {
      int[] indices = new int[approved.size()];
      for (int k = 0; k < indices.length; k++) {
        int c = candidates.indexOf(approved.get(k));
        checkArgument(c >= 0, "approved: '%s' is not a candidate of %s", approved.get(k),
            candidates);
        indices[k] = c;
      }
      return add(indices, count);
    }

    /**
     * Adds every ballot of another profile over the same candidates.
     *
     * @param profile the profile to merge in
     * @return this builder
     * @throws IllegalArgumentException if the candidates differ
     */
    public Builder addAll(ApprovalProfile profile) {
      checkArgument(profile.candidates.equals(candidates),
          "profile: candidates must be %s, were %s", candidates, profile.candidates);
      for (int b = 0; b < profile.distinct; b++) {
        put(profile.sets, b * words, profile.counts[b]);
      }
      return this;
    }

    /** {@return the profile of the ballots added so far; the builder can go on} */
    public ApprovalProfile build() {
      return new ApprovalProfile(candidates, Arrays.copyOf(sets, size * words),
          Arrays.copyOf(counts, size), size);
    }

    private int hash(long[] source, int from) {
      long h = 0x9E3779B97F4A7C15L;
      for (int w = 0; w < words; w++) {
        h = (h ^ source[from + w]) * 0xBF58476D1CE4E5B9L;
        h ^= h >>> 31;
      }
      return (int) h;
    }

    /** {@return the index of this set among the ballots, or -1} */
    int find(long[] source, int from) {
      return index.find(hash(source, from),
          r -> Arrays.equals(sets, r * words, (r + 1) * words, source, from, from + words));
    }

    private void put(long[] source, int from, long count) {
      int at = find(source, from);
      if (at >= 0) {
        counts[at] = Math.addExact(counts[at], count);
        return;
      }
      if (size == counts.length) {
        counts = Arrays.copyOf(counts, size * 2);
        sets = Arrays.copyOf(sets, size * 2 * words);
      }
      System.arraycopy(source, from, sets, size * words, words);
      counts[size] = count;
      size++;
      index.added(r -> hash(sets, r * words));
    }
  }
}
