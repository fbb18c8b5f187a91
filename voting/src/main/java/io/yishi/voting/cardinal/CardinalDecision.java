package io.yishi.voting.cardinal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.spi.Decision;
import io.yishi.core.spi.Verdict;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a single-winner cardinal method — approval, score, STAR, majority judgment or dot
 * voting: the winner (or the tied winners), the ranking, each candidate's number and, for STAR,
 * the runoff. JSON type name {@code "cardinal"}.
 *
 * <p>What {@link #scores()} holds depends on the method: the number of approvals ({@code
 * approval}), the total score ({@code score}, {@code star}), the median grade, the lower median
 * when the number of voters is even ({@code majority-judgment}), the number of dots ({@code
 * dots}). Averages and other figures are in the explanation.
 *
 * @param ruleId the method's id, e.g. {@code star}
 * @param verdict {@link Verdict#CHOSEN} when there are winners, {@link Verdict#NOT_DECIDED} when
 *     the method chose nobody
 * @param candidates every candidate, in the profile's order
 * @param winners the winner, or the tied winners when no tie-break separated them
 * @param tie true when there are several winners that no tie-break separated
 * @param ranking the candidates in tiers, best first, as the method ranks them
 * @param scores each candidate's number as the method defines it, by name, in candidate order
 * @param runoff the STAR runoff; {@link Runoff#none()} for the other methods
 * @param explanation the count in lines for people
 */
public record CardinalDecision(
    String ruleId,
    Verdict verdict,
    List<String> candidates,
    List<String> winners,
    boolean tie,
    List<List<String>> ranking,
    Map<String, BigDecimal> scores,
    Runoff runoff,
    List<String> explanation) implements Decision {

  /**
   * Checks and copies.
   *
   * @param ruleId the method's id
   * @param verdict chosen when there are winners, not decided when nobody was chosen
   * @param candidates every candidate, in the profile's order; copied
   * @param winners the winner or tied winners; copied
   * @param tie true when several winners remain tied
   * @param ranking the candidates in tiers, best first; each tier copied
   * @param scores each candidate's number by name; copied in the given order, numbers without
   *     trailing zeros
   * @param runoff the STAR runoff, or {@link Runoff#none()}
   * @param explanation the count in lines; copied
   * @throws IllegalArgumentException if {@code tie} is set with fewer than two winners
   */
  public CardinalDecision {
    checkNotNull(ruleId, "ruleId");
    checkNotNull(verdict, "verdict");
    candidates = List.copyOf(candidates);
    winners = List.copyOf(winners);
    checkArgument(!tie || winners.size() >= 2, "tie: needs at least two winners, were %s",
        winners);
    ranking = ranking.stream().map(List::copyOf).toList();
    Map<String, BigDecimal> copy = new LinkedHashMap<>();
    scores.forEach((name, value) -> copy.put(checkNotNull(name, "scores"),
        plain(checkNotNull(value, "scores"))));
    scores = Collections.unmodifiableMap(copy);
    checkNotNull(runoff, "runoff");
    explanation = List.copyOf(explanation);
  }

  /** 600 and 6E+2 are written alike; 2.50 and 2.5 are equal. */
  static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** {@return the winners, as {@link Decision#chosen()} requires} */
  @Override
  public List<String> chosen() {
    return winners;
  }

  /** {@return the explanation lines joined by line breaks} */
  @Override
  public String explain() {
    return String.join("\n", explanation);
  }

  /**
   * The automatic runoff of STAR between its two finalists.
   *
   * @param finalists the two finalists, the higher total first; empty when there was no runoff
   * @param preferred how many voters scored each finalist higher than the other, in the order of
   *     {@code finalists}
   * @param noPreference how many voters gave both finalists the same score
   */
  public record Runoff(List<String> finalists, List<Long> preferred, long noPreference) {

    private static final Runoff NONE = new Runoff(List.of(), List.of(), 0);

    /**
     * Checks and copies.
     *
     * @param finalists the two finalists, or none
     * @param preferred one count per finalist, each {@code >= 0}
     * @param noPreference voters without a preference, {@code >= 0}
     * @throws IllegalArgumentException if there are not zero or two finalists, the counts do not
     *     match them, or a count is negative
     */
    public Runoff {
      finalists = List.copyOf(finalists);
      preferred = List.copyOf(preferred);
      checkArgument(finalists.isEmpty() || finalists.size() == 2,
          "runoff.finalists: must be none or two, were %s", finalists);
      checkArgument(preferred.size() == finalists.size(),
          "runoff.preferred: needs one count per finalist %s, was %s", finalists, preferred);
      checkArgument(preferred.stream().allMatch(n -> n >= 0) && noPreference >= 0,
          "runoff: counts must not be negative, were %s and %s", preferred, noPreference);
    }

    /** {@return the empty runoff, for methods without one} */
    public static Runoff none() {
      return NONE;
    }

    /** {@return whether a runoff took place} */
    public boolean held() {
      return !finalists.isEmpty();
    }
  }
}
