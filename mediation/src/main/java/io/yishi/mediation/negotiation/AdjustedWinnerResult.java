package io.yishi.mediation.negotiation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import io.yishi.core.Fraction;
import io.yishi.core.spi.NegotiationResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of the Adjusted Winner procedure: who gets how much of each issue, the points each
 * party receives by its own valuation, the one issue that was split (if any), and an explanation
 * a party can check by hand.
 *
 * <p>Shares are exact: {@link #shareOfA()} maps every issue, in the order given, to the share of
 * it that goes to party A as a fraction in [0, 1]; party B gets the rest. Totals are in points
 * (out of each party's 100), exact rationals; the procedure makes them equal.
 *
 * <p>The result of the {@code adjusted-winner} negotiation tool; JSON type name {@code
 * "adjusted-winner-result"}, fractions written as {@code {"numerator": 5, "denominator": 6}}.
 *
 * @param partyA the first party's name
 * @param partyB the second party's name
 * @param shareOfA every issue, in input order, to party A's share of it, a fraction in [0, 1]
 * @param totalA party A's points for what it receives, by A's own valuation, in [50, 100]
 * @param totalB party B's points for what it receives, by B's own valuation, in [50, 100]
 * @param split the issue that was split and A's share of it, or null when no issue was split
 * @param explanation the steps in order: the winner phase, ties, the transfers with their
 *     ratios, the equalising split and the final totals
 */
public record AdjustedWinnerResult(
    String partyA,
    String partyB,
    Map<String, Fraction> shareOfA,
    Fraction totalA,
    Fraction totalB,
    @Nullable Split split,
    List<String> explanation) implements NegotiationResult {

  /**
   * The one issue the procedure divided between the parties.
   *
   * @param issue the issue's name
   * @param shareOfA party A's share of it, strictly between 0 and 1
   */
  public record Split(String issue, Fraction shareOfA) {

    /**
     * Checks the split.
     *
     * @param issue the issue's name
     * @param shareOfA party A's share of it, strictly between 0 and 1
     * @throws IllegalArgumentException if the share is not strictly between 0 and 1
     */
    public Split {
      checkNotNull(issue, "issue");
      checkNotNull(shareOfA, "shareOfA");
      checkArgument(
          shareOfA.numerator() > 0 && shareOfA.numerator() < shareOfA.denominator(),
          "split %s: shareOfA must lie strictly between 0 and 1, was %s",
          issue,
          shareOfA);
    }

    /** {@return party B's share of the issue, {@code 1 - shareOfA}} */
    public Fraction shareOfB() {
      return Fraction.of(shareOfA.denominator() - shareOfA.numerator(), shareOfA.denominator());
    }
  }

  /**
   * Copies the collections and checks the shares.
   *
   * @param partyA the first party's name
   * @param partyB the second party's name
   * @param shareOfA every issue, in input order, to party A's share of it, a fraction in [0, 1]
   * @param totalA party A's points for what it receives, by A's own valuation, in [50, 100]
   * @param totalB party B's points for what it receives, by B's own valuation, in [50, 100]
   * @param split the issue that was split and A's share of it, or null when no issue was split
   * @param explanation the steps in order: the winner phase, ties, the transfers with their ratios,
   *     the equalising split and the final totals
   * @throws IllegalArgumentException if a share is above 1 or the split issue is not one of the
   *     issues
   */
  public AdjustedWinnerResult {
    checkNotNull(partyA, "partyA");
    checkNotNull(partyB, "partyB");
    checkNotNull(totalA, "totalA");
    checkNotNull(totalB, "totalB");
    shareOfA = ImmutableMap.copyOf(shareOfA);
    shareOfA.forEach(
        (issue, share) ->
            checkArgument(share.isProper(), "issue %s: shareOfA must be <= 1, was %s", issue,
                share));
    checkArgument(
        split == null || shareOfA.containsKey(split.issue()),
        "split: issue %s is not among the issues %s",
        split == null ? null : split.issue(),
        shareOfA.keySet());
    explanation = List.copyOf(explanation);
  }

  /** {@return the issue that was split and A's share of it, or empty when none was} */
  public Optional<Split> splitIssue() {
    return Optional.ofNullable(split);
  }

  /**
   * {@return party B's share of an issue, {@code 1 - shareOfA().get(issue)}}
   *
   * @param issue one of the issues
   * @throws IllegalArgumentException if the issue is unknown
   */
  public Fraction shareOfB(String issue) {
    Fraction a = shareOfA.get(issue);
    checkArgument(a != null, "issue %s is not among the issues %s", issue, shareOfA.keySet());
    return Fraction.of(a.denominator() - a.numerator(), a.denominator());
  }
}
