package io.yishi.voting.ranked;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Worked examples from the literature: each method gives the published winners, and the
 * published rankings, rounds and totals where the source prints them.
 *
 * <p>Most examples use the "Tennessee example" (the choice of a state capital by voters who want
 * it near their own city), devised in 2002 for the English Wikipedia and since worked for many
 * methods there and on electowiki.org ("Effects of different voting systems under similar
 * circumstances"). Its percentages are used here as voter counts: 42, 26, 15 and 17.
 */
class RankedExamplesTest {

  static final PluginRegistry REGISTRY = PluginRegistry.load();

  static final String MEMPHIS = "Memphis";
  static final String NASHVILLE = "Nashville";
  static final String CHATTANOOGA = "Chattanooga";
  static final String KNOXVILLE = "Knoxville";

  /**
   * The Tennessee example: 42 Memphis > Nashville > Chattanooga > Knoxville, 26 Nashville >
   * Chattanooga > Knoxville > Memphis, 15 Chattanooga > Knoxville > Nashville > Memphis, 17
   * Knoxville > Chattanooga > Nashville > Memphis.
   */
  static Profile tennessee() {
    int m = 0;
    int n = 1;
    int c = 2;
    int k = 3;
    return Profile.builder(List.of(MEMPHIS, NASHVILLE, CHATTANOOGA, KNOXVILLE))
        .addOrder(new int[] {m, n, c, k}, 42)
        .addOrder(new int[] {n, c, k, m}, 26)
        .addOrder(new int[] {c, k, n, m}, 15)
        .addOrder(new int[] {k, c, n, m}, 17)
        .build();
  }

  /** The Condorcet paradox: a > b > c, b > c > a, c > a > b, one voter each. */
  static Profile paradox() {
    return Profile.builder(List.of("a", "b", "c"))
        .addOrder(new int[] {0, 1, 2}, 1)
        .addOrder(new int[] {1, 2, 0}, 1)
        .addOrder(new int[] {2, 0, 1}, 1)
        .build();
  }

  static RankedMethod method(String id) {
    return (RankedMethod) REGISTRY.decisionRule(id);
  }

  static RankedDecision decide(String id, Profile profile) {
    return method(id).decide(profile, Parameters.empty(), 1L);
  }

  static RankedDecision decide(String id, Profile profile, Map<String, ?> parameters) {
    return method(id).decide(profile, Parameters.of(parameters), 1L);
  }

  static List<List<String>> tiers(String... ranking) {
    List<List<String>> tiers = new ArrayList<>();
    for (String tier : ranking) {
      tiers.add(List.of(tier.split(",")));
    }
    return tiers;
  }

  /** An ordered map of votes, as a round reports them: name, votes, name, votes, … */
  static Map<String, Long> votes(Object... namesAndVotes) {
    Map<String, Long> votes = new LinkedHashMap<>();
    for (int k = 0; k < namesAndVotes.length; k += 2) {
      votes.put((String) namesAndVotes[k], ((Number) namesAndVotes[k + 1]).longValue());
    }
    return votes;
  }

  @Nested
  class Schulze {

    /**
     * A, B, C, D, E: 5 ACBED, 5 ADECB, 8 BEDAC, 3 CABED, 7 CAEBD, 2 CBADE, 7 DCEBA, 8 EBADC.
     */
    static Profile fortyFive() {
      Profile.Builder b = Profile.builder(List.of("A", "B", "C", "D", "E"));
      add(b, "ACBED", 5);
      add(b, "ADECB", 5);
      add(b, "BEDAC", 8);
      add(b, "CABED", 3);
      add(b, "CAEBD", 7);
      add(b, "CBADE", 2);
      add(b, "DCEBA", 7);
      add(b, "EBADC", 8);
      return b.build();
    }

    static void add(Profile.Builder b, String order, long count) {
      b.addOrder(order.chars().map(ch -> ch - 'A').toArray(), count);
    }

    @Test
    @DisplayName("45 voters, 5 candidates (Wikipedia 'Schulze method', example section, from"
        + " M. Schulze's worked examples): pairwise d[X,Y] as published")
    void pairwiseMatrixIsThePublishedOne() {
      RankedDecision d = decide("schulze", fortyFive());

      assertThat(d.pairwise()).containsExactly(
          List.of(0L, 20L, 26L, 30L, 22L),
          List.of(25L, 0L, 16L, 33L, 18L),
          List.of(19L, 29L, 0L, 17L, 24L),
          List.of(15L, 12L, 28L, 0L, 14L),
          List.of(23L, 27L, 21L, 31L, 0L));
    }

    @Test
    @DisplayName("45 voters, 5 candidates (Wikipedia 'Schulze method', example section, from"
        + " M. Schulze's worked examples), winning votes: strongest paths p[X,Y] as published,"
        + " winner E, ranking E > A > C > B > D")
    void winningVotesGiveThePublishedPathsAndRanking() {
      RankedDecision d = decide("schulze", fortyFive(), Map.of("strength", "winning-votes"));

      assertThat(d.verdict()).isEqualTo(Verdict.CHOSEN);
      assertThat(d.winners()).containsExactly("E");
      assertThat(d.tie()).isFalse();
      assertThat(d.ranking()).isEqualTo(tiers("E", "A", "C", "B", "D"));
      assertThat(d.explanation()).containsSubsequence(
          "Strongest paths (winning votes), row to column:",
          "  A: - 28 28 30 24",
          "  B: 25 - 28 33 24",
          "  C: 25 29 - 29 24",
          "  D: 25 28 28 - 24",
          "  E: 25 28 28 31 -",
          "Winner: E",
          "Ranking: E > A > C > B > D");
    }

    @Test
    @DisplayName("45 voters, 5 candidates (Wikipedia 'Schulze method'), margins: the same winner"
        + " E and ranking E > A > C > B > D, with the margin paths worked by hand")
    void marginsGiveTheSameRanking() {
      RankedDecision d = decide("schulze", fortyFive());

      assertThat(d.winners()).containsExactly("E");
      assertThat(d.ranking()).isEqualTo(tiers("E", "A", "C", "B", "D"));
      // Defeats by margin: A>C 7, A>D 15, B>A 5, B>D 21, C>B 13, C>E 3, D>C 11, E>A 1, E>B 9,
      // E>D 17; e.g. E to A: E-(17)-D-(11)-C-(13)-B-(5)-A = 5, A to E: A-(15)-D-(11)-C-(3)-E = 3.
      assertThat(d.explanation()).containsSubsequence(
          "Strongest paths (margins), row to column:",
          "  A: - 11 11 15 3",
          "  B: 5 - 11 21 3",
          "  C: 5 13 - 13 3",
          "  D: 5 11 11 - 3",
          "  E: 5 11 11 17 -");
    }

    @Test
    @DisplayName("a > c > b and b > a > c (constructed): a beats c by beatpath, b is beaten by"
        + " no one and beats no one, so a and b are the tied winners and lead the ranking"
        + " together (M. Schulze, Soc. Choice Welf. 36, 2011, §4: winners are the candidates no"
        + " one beats)")
    void tiedWinnersShareTheTopOfTheRanking() {
      Profile p = Profile.builder(List.of("a", "b", "c"))
          .addOrder(new int[] {0, 2, 1}, 1)
          .addOrder(new int[] {1, 0, 2}, 1)
          .build();

      RankedDecision d = decide("schulze", p);

      assertThat(d.winners()).containsExactly("a", "b");
      assertThat(d.tie()).isTrue();
      assertThat(d.ranking().get(0)).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    @DisplayName("Tennessee example (Wikipedia 'Schulze method'): Nashville, the Condorcet"
        + " winner, wins; ranking Nashville > Chattanooga > Knoxville > Memphis")
    void tennessee() {
      RankedDecision d = decide("schulze", RankedExamplesTest.tennessee());

      assertThat(d.winners()).containsExactly(NASHVILLE);
      assertThat(d.ranking()).isEqualTo(tiers(NASHVILLE, CHATTANOOGA, KNOXVILLE, MEMPHIS));
    }
  }

  @Nested
  class RankedPairs {

    @Test
    @DisplayName("Tennessee example (Wikipedia 'Ranked pairs', after T. N. Tideman, 1987):"
        + " winner Nashville, ranking Nashville > Chattanooga > Knoxville > Memphis")
    void tennessee() {
      RankedDecision d = decide("ranked-pairs", RankedExamplesTest.tennessee());

      assertThat(d.winners()).containsExactly(NASHVILLE);
      assertThat(d.tie()).isFalse();
      assertThat(d.ranking()).isEqualTo(tiers(NASHVILLE, CHATTANOOGA, KNOXVILLE, MEMPHIS));
      // Chattanooga over Knoxville (83 to 17) is the largest majority and is locked first;
      // every majority is locked, none closes a cycle.
      assertThat(d.explanation()).containsSubsequence(
          "Locked Chattanooga over Knoxville by 66",
          "Locked Nashville over Knoxville by 36",
          "Locked Nashville over Chattanooga by 36",
          "Locked Nashville over Memphis by 16",
          "Locked Chattanooga over Memphis by 16",
          "Locked Knoxville over Memphis by 16");
      assertThat(d.explanation()).noneMatch(line -> line.startsWith("Skipped"));
    }

    @Test
    @DisplayName("Condorcet paradox (Condorcet, 1785): every margin is 1, so the tie-break"
        + " order of candidates locks a over b and b over c, and skips c over a")
    void paradoxIsSettledByTheTieBreakOrder() {
      RankedDecision d = decide("ranked-pairs", paradox());

      assertThat(d.winners()).containsExactly("a");
      assertThat(d.ranking()).isEqualTo(tiers("a", "b", "c"));
      assertThat(d.explanation()).containsSubsequence("Locked a over b by 1",
          "Locked b over c by 1", "Skipped c over a by 1 (it would close a cycle)");
    }
  }

  @Nested
  class TennesseeAcrossMethods {

    @ParameterizedTest
    @ValueSource(strings = {"schulze", "ranked-pairs", "copeland", "minimax", "kemeny",
        "condorcet", "smith", "schwartz", "borda", "coombs", "bucklin", "runoff"})
    @DisplayName("Tennessee example (Wikipedia / electowiki 'Effects of different voting systems"
        + " under similar circumstances', 2002–): Nashville wins")
    void nashvilleWins(String id) {
      RankedDecision d = decide(id, tennessee());

      assertThat(d.winners()).as(id).containsExactly(NASHVILLE);
      assertThat(d.tie()).as(id).isFalse();
      assertThat(d.verdict()).as(id).isEqualTo(Verdict.CHOSEN);
    }

    @Test
    @DisplayName("Tennessee example (electowiki 'Effects of different voting systems under"
        + " similar circumstances', plurality): Memphis wins with 42 first places")
    void pluralityElectsMemphis() {
      RankedDecision d = decide("plurality", tennessee());

      assertThat(d.winners()).containsExactly(MEMPHIS);
      assertThat(d.ranking()).isEqualTo(tiers(MEMPHIS, NASHVILLE, KNOXVILLE, CHATTANOOGA));
      assertThat(d.explanation())
          .contains("First preferences: Memphis 42; Nashville 26; Chattanooga 15; Knoxville 17");
    }

    @Test
    @DisplayName("Tennessee example, Copeland (A. H. Copeland, 1951) worked from the published"
        + " pairwise tallies: Nashville beats all three, Chattanooga two, Knoxville one, Memphis"
        + " none")
    void copelandScores() {
      RankedDecision d = decide("copeland", tennessee());

      assertThat(d.ranking()).isEqualTo(tiers(NASHVILLE, CHATTANOOGA, KNOXVILLE, MEMPHIS));
      assertThat(d.explanation())
          .contains("Copeland scores: Memphis 0; Nashville 3; Chattanooga 2; Knoxville 1");
    }

    @Test
    @DisplayName("Tennessee example, Minimax (Simpson 1969, Kramer 1977) worked from the"
        + " published pairwise tallies: Nashville is never defeated; Memphis loses each contest"
        + " 42 to 58")
    void minimaxDefeats() {
      RankedDecision d = decide("minimax", tennessee());

      assertThat(d.explanation()).contains(
          "Largest defeat margins: Memphis 16; Nashville 0; Chattanooga 36; Knoxville 66");
      assertThat(d.ranking()).isEqualTo(tiers(NASHVILLE, MEMPHIS, CHATTANOOGA, KNOXVILLE));
    }

    @Test
    @DisplayName("Tennessee example (Wikipedia 'Two-round system'; electowiki 'Effects of"
        + " different voting systems under similar circumstances'): Memphis and Nashville go to"
        + " the runoff, which Nashville wins 58 to 42")
    void runoffRounds() {
      RankedDecision d = decide("runoff", tennessee());

      assertThat(d.rounds()).containsExactly(
          new RankedDecision.Round(1, votes(MEMPHIS, 42, NASHVILLE, 26, CHATTANOOGA, 15,
              KNOXVILLE, 17), List.of(CHATTANOOGA, KNOXVILLE), 0, ""),
          new RankedDecision.Round(2, votes(MEMPHIS, 42, NASHVILLE, 58), List.of(), 0, ""));
      assertThat(d.ranking()).isEqualTo(tiers(NASHVILLE, MEMPHIS, KNOXVILLE, CHATTANOOGA));
    }
  }

  @Nested
  class InstantRunoff {

    @Test
    @DisplayName("Tennessee example (Wikipedia 'Instant-runoff voting'): Chattanooga then"
        + " Nashville are eliminated, and Knoxville wins 58 to 42")
    void tennesseeRounds() {
      RankedDecision d = decide("irv", tennessee());

      assertThat(d.winners()).containsExactly(KNOXVILLE);
      assertThat(d.tie()).isFalse();
      assertThat(d.rounds()).containsExactly(
          new RankedDecision.Round(1, votes(MEMPHIS, 42, NASHVILLE, 26, CHATTANOOGA, 15,
              KNOXVILLE, 17), List.of(CHATTANOOGA), 0, ""),
          new RankedDecision.Round(2, votes(MEMPHIS, 42, NASHVILLE, 26, KNOXVILLE, 32),
              List.of(NASHVILLE), 0, ""),
          new RankedDecision.Round(3, votes(MEMPHIS, 42, KNOXVILLE, 58), List.of(), 0, ""));
      assertThat(d.ranking()).isEqualTo(tiers(KNOXVILLE, MEMPHIS, NASHVILLE, CHATTANOOGA));
      assertThat(d.explanation()).contains("Round 3: {Memphis=42, Knoxville=58}, exhausted 0;"
          + " Knoxville has a majority of the 100 ballots counting");
    }

    /**
     * 10 A > B > C > D, 8 B > C > A > D, 5 C > B > A > D, 3 D > C > B > A. Round 1: A 10, B 8,
     * C 5, D 3, D out; round 2: A 10, B 8, C 8. B and C tie for the fewest; C had fewer in round
     * 1, so C is out, and its ballots elect B 16 to 10. Eliminating B instead would have elected
     * C, 16 to 10: the tie-break decides the election.
     */
    static Profile backwardTie() {
      return Profile.builder(List.of("A", "B", "C", "D"))
          .addOrder(new int[] {0, 1, 2, 3}, 10)
          .addOrder(new int[] {1, 2, 0, 3}, 8)
          .addOrder(new int[] {2, 1, 0, 3}, 5)
          .addOrder(new int[] {3, 2, 1, 0}, 3)
          .build();
    }

    @Test
    @DisplayName("Backward tie-break for elimination, the rule of the ACT Electoral Act 1992,"
        + " sch. 4 cl. 8(2) (as substituted 2015): of the tied, the one with fewer votes at the"
        + " latest earlier count is excluded; constructed profile")
    void backwardTieBreakDecidesTheElimination() {
      RankedDecision d = decide("irv", backwardTie());

      assertThat(d.rounds()).containsExactly(
          new RankedDecision.Round(1, votes("A", 10, "B", 8, "C", 5, "D", 3), List.of("D"), 0,
              ""),
          new RankedDecision.Round(2, votes("A", 10, "B", 8, "C", 8), List.of("C"), 0,
              "tie between B, C broken by round 1"),
          new RankedDecision.Round(3, votes("A", 10, "B", 16), List.of(), 0, ""));
      assertThat(d.winners()).containsExactly("B");
      assertThat(d.ranking()).isEqualTo(tiers("B", "A", "C", "D"));
      assertThat(d.explanation()).contains("Round 2: {A=10, B=8, C=8}, exhausted 0; eliminated C"
          + " (tie between B, C broken by round 1)");
    }

    @Test
    void aTieInEveryEarlierRoundIsBrokenByLotFromTheSeed() {
      // 3 A > B > C > D, 2 B > A > C > D, 1 C > A, 1 D > B: round 1 ties C and D at 1 each.
      Profile p = Profile.builder(List.of("A", "B", "C", "D"))
          .addOrder(new int[] {0, 1, 2, 3}, 3)
          .addOrder(new int[] {1, 0, 2, 3}, 2)
          .addOrder(new int[] {2, 0}, 1)
          .addOrder(new int[] {3, 1}, 1)
          .build();

      RankedDecision first = method("irv").decide(p, Parameters.empty(), 42L);
      RankedDecision again = method("irv").decide(p, Parameters.empty(), 42L);

      assertThat(first.rounds().get(0).note())
          .isEqualTo("tie between C, D broken by lot (seed 42)");
      assertThat(first.rounds().get(0).eliminated()).hasSize(1).isSubsetOf("C", "D");
      assertThat(again).isEqualTo(first);
    }

    @Test
    @DisplayName("a > b > c, b > c > a, c > b > a (constructed): a loses to b and to c 1 to 2;"
        + " whichever of the three-way tie for fewest is eliminated, b or c wins — IRV meets the"
        + " Condorcet loser criterion (e.g. Felsenthal 2012)")
    void aThreeWayTieForFewestIsEliminatedNotElected() {
      Profile p = Profile.builder(List.of("a", "b", "c"))
          .addOrder(new int[] {0, 1, 2}, 1)
          .addOrder(new int[] {1, 2, 0}, 1)
          .addOrder(new int[] {2, 1, 0}, 1)
          .build();

      RankedDecision d = decide("irv", p);

      assertThat(d.winners()).doesNotContain("a");
    }

    @Test
    void truncatedBallotsAreExhaustedAndReported() {
      // 4 A, 3 B > A, 2 C (truncated). Round 1: A 4, B 3, C 2 of 9: C out, its 2 ballots exhausted.
      Profile p = Profile.builder(List.of("A", "B", "C"))
          .addOrder(new int[] {0}, 4)
          .addOrder(new int[] {1, 0}, 3)
          .addOrder(new int[] {2}, 2)
          .build();

      RankedDecision d = decide("irv", p);

      assertThat(d.rounds()).containsExactly(
          new RankedDecision.Round(1, votes("A", 4, "B", 3, "C", 2), List.of("C"), 0, ""),
          new RankedDecision.Round(2, votes("A", 4, "B", 3), List.of(), 2, ""));
      assertThat(d.winners()).containsExactly("A");
    }
  }

  @Nested
  class Borda {

    @Test
    @DisplayName("Tennessee example (Wikipedia 'Borda count', 'An example'): Memphis 126,"
        + " Nashville 194, Chattanooga 173, Knoxville 107; Nashville wins")
    void tennesseeTotals() {
      RankedDecision d = decide("borda", tennessee());

      assertThat(d.explanation())
          .contains("Borda points: Memphis 126; Nashville 194; Chattanooga 173; Knoxville 107");
      assertThat(d.winners()).containsExactly(NASHVILLE);
      assertThat(d.ranking()).isEqualTo(tiers(NASHVILLE, CHATTANOOGA, MEMPHIS, KNOXVILLE));
    }
  }

  @Nested
  class Coombs {

    @Test
    @DisplayName("Tennessee example (Wikipedia 'Coombs' method'): Memphis, last on 58 ballots,"
        + " is eliminated; Nashville then has 68 first places and wins")
    void tennesseeRounds() {
      RankedDecision d = decide("coombs", tennessee());

      assertThat(d.rounds()).containsExactly(
          new RankedDecision.Round(1, votes(MEMPHIS, 58, NASHVILLE, 0, CHATTANOOGA, 0,
              KNOXVILLE, 42), List.of(MEMPHIS), 0, ""),
          new RankedDecision.Round(2, votes(NASHVILLE, 68, CHATTANOOGA, 15, KNOXVILLE, 17),
              List.of(), 0, ""));
      assertThat(d.winners()).containsExactly(NASHVILLE);
      assertThat(d.ranking()).isEqualTo(tiers(NASHVILLE, CHATTANOOGA + "," + KNOXVILLE,
          MEMPHIS));
    }
  }

  @Nested
  class Bucklin {

    @Test
    @DisplayName("Tennessee example (Wikipedia 'Bucklin voting'): no majority of first places;"
        + " with second places Nashville has 68 and Chattanooga 58, and Nashville wins")
    void tennesseeLevels() {
      RankedDecision d = decide("bucklin", tennessee());

      assertThat(d.rounds()).containsExactly(
          new RankedDecision.Round(1, votes(MEMPHIS, 42, NASHVILLE, 26, CHATTANOOGA, 15,
              KNOXVILLE, 17), List.of(), 0, ""),
          new RankedDecision.Round(2, votes(MEMPHIS, 42, NASHVILLE, 68, CHATTANOOGA, 58,
              KNOXVILLE, 32), List.of(), 0, ""));
      assertThat(d.winners()).containsExactly(NASHVILLE);
      assertThat(d.ranking()).isEqualTo(tiers(NASHVILLE, CHATTANOOGA, MEMPHIS, KNOXVILLE));
    }
  }

  @Nested
  class Kemeny {

    @Test
    @DisplayName("Tennessee example (Wikipedia 'Kemeny–Young method'): the optimal ranking"
        + " Nashville > Chattanooga > Knoxville > Memphis, distance 32+32+42+17+42+42 = 207")
    void tennessee() {
      RankedDecision d = decide("kemeny", RankedExamplesTest.tennessee());

      assertThat(d.winners()).containsExactly(NASHVILLE);
      assertThat(d.tie()).isFalse();
      assertThat(d.ranking()).isEqualTo(tiers(NASHVILLE, CHATTANOOGA, KNOXVILLE, MEMPHIS));
      assertThat(d.explanation())
          .contains("Fewest disagreements: 207 (the optimal ranking is unique)");
    }

    @Test
    @DisplayName("Condorcet paradox (Condorcet, 1785): a > b > c, b > c > a and c > a > b each"
        + " disagree with 4 voter-pairs, so all three lead an optimal ranking: a tie")
    void paradoxHasThreeOptimalRankings() {
      RankedDecision d = decide("kemeny", paradox());

      assertThat(d.winners()).containsExactly("a", "b", "c");
      assertThat(d.tie()).isTrue();
      assertThat(d.ranking()).isEqualTo(tiers("a", "b", "c"));
      assertThat(d.explanation()).contains("Fewest disagreements: 4 (other rankings are as good;"
          + " this one breaks ties by candidate order)");
    }

    @Test
    void refusesMoreThanSixteenCandidates() {
      List<String> names = new ArrayList<>();
      for (int c = 0; c < KemenyMethod.MAX_CANDIDATES + 1; c++) {
        names.add("c" + c);
      }
      Profile p = Profile.builder(names).addOrder(new int[] {0, 1}, 1).build();

      assertThatThrownBy(() -> decide("kemeny", p))
          .isInstanceOf(InvalidParameterException.class)
          .hasMessageContaining("at most 16 candidates")
          .hasMessageContaining("use schulze or ranked-pairs");
    }
  }

  @Nested
  @DisplayName("Condorcet paradox (M. de Condorcet, Essai, 1785): a > b > c, b > c > a,"
      + " c > a > b")
  class Paradox {

    @Test
    @DisplayName("condorcet decides nothing: no candidate beats both others")
    void condorcetDecidesNothing() {
      RankedDecision d = decide("condorcet", paradox());

      assertThat(d.verdict()).isEqualTo(Verdict.NOT_DECIDED);
      assertThat(d.winners()).isEmpty();
      assertThat(d.tie()).isFalse();
      assertThat(d.explanation()).contains(
          "No candidate beats every other; the Smith set is {a, b, c}", "No winner");
    }

    @ParameterizedTest
    @ValueSource(strings = {"smith", "schwartz"})
    @DisplayName("the Smith and Schwartz sets hold all three")
    void topCyclesHoldAllThree(String id) {
      RankedDecision d = decide(id, paradox());

      assertThat(d.winners()).containsExactly("a", "b", "c");
      assertThat(d.tie()).isTrue();
    }

    @Test
    @DisplayName("copeland ties all three, with one win each")
    void copelandTiesAllThree() {
      RankedDecision d = decide("copeland", paradox());

      assertThat(d.winners()).containsExactly("a", "b", "c");
      assertThat(d.tie()).isTrue();
      assertThat(d.ranking()).isEqualTo(tiers("a,b,c"));
      assertThat(d.explanation()).contains("Copeland scores: a 1; b 1; c 1",
          "Tie between a, b, c (not broken: parameter tieBreak is none)");
    }

    @Test
    @DisplayName("a lot from the seed settles the Copeland tie when tieBreak is lot")
    void aLotSettlesTheTie() {
      RankedDecision d = method("copeland").decide(paradox(),
          Parameters.of(Map.of("tieBreak", "lot")), 7L);

      assertThat(d.winners()).hasSize(1).isSubsetOf("a", "b", "c");
      assertThat(d.tie()).isFalse();
      assertThat(d.explanation())
          .anyMatch(line -> line.startsWith("Tie between a, b, c, settled by lot (seed 7): "));
    }
  }
}
