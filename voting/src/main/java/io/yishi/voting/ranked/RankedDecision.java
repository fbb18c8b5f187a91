package io.yishi.voting.ranked;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.spi.Decision;
import io.yishi.core.spi.Verdict;
import java.util.List;
import java.util.Map;

/**
 * The result of a ranked method: the winners, whether they are tied, the ranking where the method
 * defines one, and how the count went. JSON type name {@code "ranked"}.
 *
 * @param ruleId the method's id, e.g. {@code schulze}
 * @param verdict {@link Verdict#CHOSEN} when there are winners, {@link Verdict#NOT_DECIDED} when
 *     the method chooses nobody (e.g. {@code condorcet} without a Condorcet winner)
 * @param candidates every candidate, in the profile's order
 * @param winners the winners; several when tied
 * @param tie true when there are several winners that no tie-breaker separated
 * @param ranking the candidates in tiers, best first, where the method defines a ranking; empty
 *     where it does not
 * @param rounds the rounds of a runoff method, in order; empty for other methods
 * @param pairwise the pairwise majority matrix, {@code pairwise.get(a).get(b)} voters ranking
 *     candidate a above candidate b, for methods built on it; empty for the others
 * @param explanation the count in lines for people
 */
public record RankedDecision(
    String ruleId,
    Verdict verdict,
    List<String> candidates,
    List<String> winners,
    boolean tie,
    List<List<String>> ranking,
    List<Round> rounds,
    List<List<Long>> pairwise,
    List<String> explanation) implements Decision {

  /**
   * Checks for null and copies the lists.
   *
   * @param ruleId the method's id, e.g. {@code schulze}
   * @param verdict chosen when there are winners, not decided when the method chooses nobody
   * @param candidates every candidate, in the profile's order; copied
   * @param winners the winners; several when tied; copied
   * @param tie true when there are several winners that no tie-breaker separated
   * @param ranking the candidates in tiers, best first, or empty; each tier copied
   * @param rounds the rounds of a runoff method, in order, or empty; copied
   * @param pairwise the pairwise majority matrix, voters ranking a above b at {@code [a][b]}, or
   *     empty; each row copied
   * @param explanation the count in lines for people; copied
   */
  public RankedDecision {
    checkNotNull(ruleId, "ruleId");
    checkNotNull(verdict, "verdict");
    candidates = List.copyOf(candidates);
    winners = List.copyOf(winners);
    ranking = ranking.stream().map(List::copyOf).toList();
    rounds = List.copyOf(rounds);
    pairwise = pairwise.stream().map(List::copyOf).toList();
    explanation = List.copyOf(explanation);
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
   * One round of a runoff method.
   *
   * @param number the round's number, from 1
   * @param votes each remaining candidate's votes this round, in the profile's candidate order
   * @param eliminated the candidates eliminated at the end of this round
   * @param exhausted ballots with no remaining candidate ranked (or, for a tie at a ballot's top,
   *     none single) this round
   * @param note how a tie for elimination was broken, or empty
   */
  public record Round(int number, Map<String, Long> votes, List<String> eliminated,
      long exhausted, String note) {
    /**
     * Checks for null and copies.
     *
     * @param number the round's number, from 1
     * @param votes each remaining candidate's votes this round, {@code >= 0}; copied in order
     * @param eliminated the candidates eliminated at the end of this round; copied
     * @param exhausted the number of ballots with no remaining candidate ranked this round,
     *     {@code >= 0}
     * @param note how a tie for elimination was broken, or empty
     */
    public Round {
      votes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(votes));
      eliminated = List.copyOf(eliminated);
      checkNotNull(note, "note");
    }
  }
}
