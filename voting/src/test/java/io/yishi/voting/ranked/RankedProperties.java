package io.yishi.voting.ranked;

import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Parameters;
import io.yishi.voting.ranked.ProfileGenerator.Ballot;
import io.yishi.voting.ranked.ProfileGenerator.Culture;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of the ranked methods on random profiles — impartial culture (strict, complete
 * rankings) and rankings with ties and truncation; 3 to 7 candidates, 1 to 200 voters — each
 * drawn from an explicit seed that every assertion prints.
 */
class RankedProperties {

  static final PluginRegistry REGISTRY = PluginRegistry.load();
  static final int SEEDS = 40;

  /** Every ranked method. */
  static final List<String> METHODS = List.of("plurality", "runoff", "irv", "coombs", "bucklin",
      "borda", "copeland", "minimax", "schulze", "ranked-pairs", "kemeny", "condorcet", "smith",
      "schwartz");

  /** Methods that elect the Condorcet winner whenever there is one, whatever the ballots. */
  static final List<String> CONDORCET_CONSISTENT = List.of("copeland", "minimax", "schulze",
      "ranked-pairs", "kemeny", "condorcet", "smith", "schwartz");

  /**
   * Methods that never elect the Condorcet loser, on any profile: the loser has no pairwise
   * victory, so no beatpath (Schulze), no locked victory (Ranked Pairs) and the lowest Copeland
   * score, and any ranking with it not last can be improved (Kemeny).
   */
  static final List<String> CONDORCET_LOSER_ANY = List.of("copeland", "schulze", "ranked-pairs",
      "kemeny");

  /**
   * Methods that never elect the Condorcet loser on strict complete rankings, where the criterion
   * is defined (Borda: Borda 1781, see Saari 1995; two-round runoff, IRV and Coombs: the loser
   * loses any final pairing). Plurality, Bucklin and Minimax fail it (see e.g. Felsenthal 2012,
   * "Review of paradoxes afflicting procedures for electing a single candidate").
   */
  static final List<String> CONDORCET_LOSER_STRICT = List.of("borda", "runoff", "irv",
      "coombs");

  static final Parameters NONE = Parameters.empty();
  static final Parameters LOT = Parameters.of(Map.of("tieBreak", "lot"));

  /** A seeded draw: names, ballots and the profile they build, and the culture. */
  record Draw(long seed, Culture culture, List<String> names, List<Ballot> ballots,
      Profile profile) {

    int m() {
      return names.size();
    }
  }

  static Draw draw(long seed, Culture culture) {
    SplittableRandom random = new SplittableRandom(seed);
    int m = ProfileGenerator.MIN_CANDIDATES
        + random.nextInt(ProfileGenerator.MAX_CANDIDATES - ProfileGenerator.MIN_CANDIDATES + 1);
    int voters = 1 + random.nextInt(ProfileGenerator.MAX_VOTERS);
    List<String> names = ProfileGenerator.names(m);
    List<Ballot> ballots = ProfileGenerator.ballots(random, culture, m, voters);
    return new Draw(seed, culture, names, ballots, ProfileGenerator.build(names, ballots));
  }

  /**
   * The first draw, from seed {@code seed * 1000}, {@code seed * 1000 + 1}, …, whose profile has
   * the property; so that a test about Condorcet winners always has one to test.
   */
  static Draw drawUntil(long seed, Culture culture, Predicate<Profile> wanted) {
    for (long k = 0; k < 1000; k++) {
      Draw d = draw(seed * 1000 + k, culture);
      if (wanted.test(d.profile())) {
        return d;
      }
    }
    throw new AssertionError("no profile with the property from seed " + seed);
  }

  static Stream<Arguments> seedsAndCultures() {
    return LongStream.range(0, SEEDS).boxed()
        .flatMap(seed -> Stream.of(Culture.values()).map(c -> Arguments.of(seed, c)));
  }

  static Stream<Long> seeds() {
    return LongStream.range(0, SEEDS).boxed();
  }

  static RankedMethod method(String id) {
    return (RankedMethod) REGISTRY.decisionRule(id);
  }

  static RankedDecision decide(String id, Profile p) {
    return method(id).decide(p, NONE, 0L);
  }

  static String describe(Draw d) {
    return "seed " + d.seed() + " (" + d.culture() + ", " + d.m() + " candidates, "
        + d.profile().voters() + " voters): " + d.ballots();
  }

  // ---- Condorcet winner and loser ----

  @ParameterizedTest
  @MethodSource("seedsAndCultures")
  void condorcetConsistentMethodsChooseExactlyTheCondorcetWinner(long seed, Culture culture) {
    Draw d = drawUntil(seed, culture, p -> Reference.condorcetWinner(p) >= 0);
    String winner = d.names().get(Reference.condorcetWinner(d.profile()));

    for (String id : CONDORCET_CONSISTENT) {
      RankedDecision decision = decide(id, d.profile());

      assertThat(decision.winners()).as("%s on %s", id, describe(d)).containsExactly(winner);
      assertThat(decision.tie()).as("%s on %s", id, describe(d)).isFalse();
    }
  }

  @ParameterizedTest
  @MethodSource("seedsAndCultures")
  void theCondorcetLoserNeverWinsMethodsThatExcludeIt(long seed, Culture culture) {
    Draw d = drawUntil(seed, culture, p -> Reference.condorcetLoser(p) >= 0);
    String loser = d.names().get(Reference.condorcetLoser(d.profile()));

    for (String id : CONDORCET_LOSER_ANY) {
      assertThat(decide(id, d.profile()).winners()).as("%s on %s", id, describe(d))
          .doesNotContain(loser);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theCondorcetLoserNeverWinsOnStrictCompleteRankings(long seed) {
    Draw d = drawUntil(seed, Culture.IMPARTIAL, p -> Reference.condorcetLoser(p) >= 0);
    String loser = d.names().get(Reference.condorcetLoser(d.profile()));

    for (String id : CONDORCET_LOSER_STRICT) {
      RankedDecision decision = decide(id, d.profile());
      assertThat(decision.winners()).as("%s on %s", id, describe(d)).doesNotContain(loser);
    }
  }

  // ---- Invariance to how the ballots are collected ----

  @ParameterizedTest
  @MethodSource("seedsAndCultures")
  void theOrderOfTheBallotsDoesNotMatter(long seed, Culture culture) {
    Draw d = draw(seed, culture);
    Profile shuffled = ProfileGenerator.build(d.names(),
        ProfileGenerator.shuffled(new SplittableRandom(~seed), d.ballots()));

    assertThat(shuffled).as(describe(d)).isEqualTo(d.profile());
    for (String id : METHODS) {
      for (Parameters parameters : List.of(NONE, LOT)) {
        assertThat(method(id).decide(shuffled, parameters, seed))
            .as("%s %s on %s", id, parameters, describe(d))
            .isEqualTo(method(id).decide(d.profile(), parameters, seed));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seedsAndCultures")
  void splittingTheBallotsAndMergingTheProfilesDoesNotMatter(long seed, Culture culture) {
    Draw d = draw(seed, culture);
    SplittableRandom random = new SplittableRandom(~seed);
    List<Ballot> left = new ArrayList<>();
    List<Ballot> right = new ArrayList<>();
    for (Ballot b : d.ballots()) {
      (random.nextBoolean() ? left : right).add(b);
    }
    Profile merged = ProfileGenerator.build(d.names(), left)
        .merge(ProfileGenerator.build(d.names(), right));

    assertThat(merged).as(describe(d)).isEqualTo(d.profile());
    assertThat(merged.voters()).as(describe(d)).isEqualTo(d.profile().voters());
    for (String id : METHODS) {
      for (Parameters parameters : List.of(NONE, LOT)) {
        assertThat(method(id).decide(merged, parameters, seed))
            .as("%s %s on %s", id, parameters, describe(d))
            .isEqualTo(method(id).decide(d.profile(), parameters, seed));
      }
    }
  }

  // ---- Neutrality ----

  @ParameterizedTest
  @MethodSource("seedsAndCultures")
  void relabellingTheCandidatesRelabelsTheResult(long seed, Culture culture) {
    Draw d = draw(seed, culture);
    int m = d.m();
    // Candidate c of the original profile stands at index to[c] of the relabelled one.
    int[] to = ProfileGenerator.permutation(new SplittableRandom(~seed), m);
    String[] names = new String[m];
    for (int c = 0; c < m; c++) {
      names[to[c]] = d.names().get(c);
    }
    List<Ballot> relabelled = d.ballots().stream().map(b -> b.relabel(to)).toList();
    Profile permuted = ProfileGenerator.build(List.of(names), relabelled);

    for (String id : METHODS) {
      RankedDecision original = decide(id, d.profile());
      RankedDecision moved = decide(id, permuted);
      if (tieBreakerActs(id, original, d.profile()) || tieBreakerActs(id, moved, permuted)) {
        continue;
      }
      assertThat(Set.copyOf(moved.winners())).as("%s on %s, relabelled %s", id, describe(d),
          List.of(names)).isEqualTo(Set.copyOf(original.winners()));
      assertThat(asSets(moved.ranking())).as("%s on %s, relabelled %s", id, describe(d),
          List.of(names)).isEqualTo(asSets(original.ranking()));
      assertThat(moved.verdict()).as("%s on %s", id, describe(d)).isEqualTo(original.verdict());
    }
  }

  /**
   * Whether a tie-breaker that depends on the candidates' order or a lot may have acted: a
   * reported tie, a lot in a runoff, equal margins in Ranked Pairs, several optimal Kemeny
   * rankings.
   */
  static boolean tieBreakerActs(String id, RankedDecision d, Profile p) {
    if (d.tie()) {
      return true;
    }
    return switch (id) {
      case "irv", "coombs", "runoff" -> d.rounds().stream()
          .anyMatch(r -> r.note().contains("lot"));
      case "ranked-pairs" -> hasEqualVictoryMargins(p);
      case "kemeny" -> d.explanation().stream()
          .anyMatch(line -> line.contains("other rankings are as good"));
      default -> false;
    };
  }

  static boolean hasEqualVictoryMargins(Profile p) {
    Set<Long> margins = new HashSet<>();
    for (int a = 0; a < p.candidateCount(); a++) {
      for (int b = 0; b < p.candidateCount(); b++) {
        if (p.margin(a, b) > 0 && !margins.add(p.margin(a, b))) {
          return true;
        }
      }
    }
    return false;
  }

  static List<Set<String>> asSets(List<List<String>> tiers) {
    return tiers.stream().map(t -> (Set<String>) Set.copyOf(t)).toList();
  }

  // ---- Smith, Schwartz and the Condorcet methods ----

  @ParameterizedTest
  @MethodSource("seedsAndCultures")
  void smithHoldsSchwartzWhichHoldsTheSchulzeWinners(long seed, Culture culture) {
    Draw d = draw(seed, culture);
    List<String> smith = decide("smith", d.profile()).winners();
    List<String> schwartz = decide("schwartz", d.profile()).winners();

    assertThat(smith).as(describe(d)).containsAll(schwartz);
    assertThat(schwartz).as(describe(d)).isNotEmpty();
    for (String strength : List.of("margin", "winning-votes")) {
      RankedDecision schulze = method("schulze").decide(d.profile(),
          Parameters.of(Map.of("strength", strength)), seed);
      assertThat(schwartz).as("schulze %s on %s", strength, describe(d))
          .containsAll(schulze.winners());
    }
    for (String order : List.of("candidates", "lot")) {
      RankedDecision rp = method("ranked-pairs").decide(d.profile(),
          Parameters.of(Map.of("tieBreakOrder", order)), seed);
      assertThat(smith).as("ranked-pairs %s on %s", order, describe(d))
          .containsAll(rp.winners());
    }
  }

  @ParameterizedTest
  @MethodSource("seedsAndCultures")
  void smithAndSchwartzSetsMatchTheirDefinitions(long seed, Culture culture) {
    Draw d = draw(seed, culture);

    assertThat(decide("smith", d.profile()).winners()).as(describe(d))
        .containsExactlyElementsOf(names(d, Reference.smith(d.profile())));
    assertThat(decide("schwartz", d.profile()).winners()).as(describe(d))
        .containsExactlyElementsOf(names(d, Reference.schwartz(d.profile())));
  }

  @ParameterizedTest
  @MethodSource("seedsAndCultures")
  void kemenyFindsEveryOptimalFirstPlace(long seed, Culture culture) {
    Draw d = draw(seed, culture);
    Reference.Kemeny expected = Reference.kemeny(d.profile());
    RankedDecision kemeny = decide("kemeny", d.profile());

    assertThat(kemeny.winners()).as(describe(d))
        .containsExactlyElementsOf(names(d, expected.firsts()));
    assertThat(kemeny.explanation()).as(describe(d))
        .anyMatch(line -> line.startsWith("Fewest disagreements: " + expected.optimum() + " "));
    assertThat(Reference.disagreements(d.profile(), indices(d, kemeny.ranking())))
        .as(describe(d)).isEqualTo(expected.optimum());
  }

  @ParameterizedTest
  @MethodSource("seedsAndCultures")
  void schulzeRanksEveryCandidateAboveThoseItBeats(long seed, Culture culture) {
    Draw d = draw(seed, culture);
    for (String strength : List.of("margin", "winning-votes")) {
      long[][] path = Reference.schulzePaths(d.profile(), strength.equals("margin"));
      RankedDecision schulze = method("schulze").decide(d.profile(),
          Parameters.of(Map.of("strength", strength)), seed);
      List<Integer> unbeaten = new ArrayList<>();
      for (int a = 0; a < d.m(); a++) {
        boolean beaten = false;
        for (int b = 0; b < d.m(); b++) {
          beaten |= path[b][a] > path[a][b];
        }
        if (!beaten) {
          unbeaten.add(a);
        }
      }
      assertThat(schulze.winners()).as("%s on %s", strength, describe(d))
          .containsExactlyElementsOf(names(d, unbeaten));
      int[] tier = tierOf(d, schulze.ranking());
      for (int a = 0; a < d.m(); a++) {
        for (int b = 0; b < d.m(); b++) {
          if (path[a][b] > path[b][a]) {
            assertThat(tier[a]).as("%s on %s: %s beats %s", strength, describe(d),
                d.names().get(a), d.names().get(b)).isLessThan(tier[b]);
          }
        }
      }
    }
  }

  // ---- The decision is consistent with itself ----

  @ParameterizedTest
  @MethodSource("seedsAndCultures")
  void theTopTierOfTheRankingIsTheWinners(long seed, Culture culture) {
    Draw d = draw(seed, culture);
    for (String id : METHODS) {
      if (id.equals("schulze")) {
        continue;  // see schulzesTopTierIsTheWinners
      }
      RankedDecision decision = decide(id, d.profile());
      if (decision.ranking().isEmpty()) {
        continue;
      }
      List<String> top = decision.ranking().get(0);
      if (id.equals("kemeny")) {
        // one optimal ranking is given; its first candidate is one of the winners
        assertThat(decision.winners()).as("%s on %s", id, describe(d)).containsAll(top);
      } else {
        assertThat(Set.copyOf(top)).as("%s on %s: %s", id, describe(d),
            decision.explanation()).isEqualTo(Set.copyOf(decision.winners()));
      }
      assertThat(decision.ranking().stream().flatMap(List::stream).sorted().toList())
          .as("%s on %s: every candidate ranked once", id, describe(d))
          .isEqualTo(d.names());
    }
  }

  @ParameterizedTest
  @MethodSource("seedsAndCultures")
  void schulzesTopTierIsTheWinners(long seed, Culture culture) {
    Draw d = draw(seed, culture);
    RankedDecision schulze = decide("schulze", d.profile());

    assertThat(Set.copyOf(schulze.ranking().get(0))).as(describe(d))
        .isEqualTo(Set.copyOf(schulze.winners()));
  }

  @ParameterizedTest
  @MethodSource("seedsAndCultures")
  void aLotLeavesOneWinnerFromTheTiedOnes(long seed, Culture culture) {
    Draw d = draw(seed, culture);
    for (String id : METHODS) {
      RankedDecision tied = method(id).decide(d.profile(), NONE, seed);
      RankedDecision settled = method(id).decide(d.profile(), LOT, seed);
      if (tied.tie()) {
        assertThat(settled.winners()).as("%s on %s", id, describe(d)).hasSize(1);
        assertThat(tied.winners()).as("%s on %s", id, describe(d))
            .containsAll(settled.winners());
        assertThat(settled.tie()).as("%s on %s", id, describe(d)).isFalse();
      } else {
        assertThat(settled.winners()).as("%s on %s", id, describe(d))
            .isEqualTo(tied.winners());
      }
    }
  }

  // ---- Large profiles, counted in parallel chunks ----

  /**
   * A profile with more distinct rankings than {@link Chunks#PARALLEL}, so that the pairwise
   * matrix and the runoff counts run in chunks on the fork-join pool: 9 candidates, 120 000
   * voters, half of them strict and complete, half with ties and truncation.
   */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2})
  void aLargeProfileCountsLikeItsBallots(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int m = 9;
    List<String> names = ProfileGenerator.names(m);
    List<int[][]> ballots = new ArrayList<>();
    Profile.Builder builder = Profile.builder(names);
    for (int v = 0; v < 120_000; v++) {
      int[][] tiers = v % 2 == 0 ? ProfileGenerator.strict(random, m)
          : ProfileGenerator.weak(random, m);
      ballots.add(tiers);
      builder.add(tiers, 1);
    }
    Profile p = builder.build();
    assertThat(p.distinctBallots()).as("seed %d", seed).isGreaterThan(Chunks.PARALLEL);

    long[][] prefer = new long[m][m];
    long[] first = new long[m];
    for (int[][] tiers : ballots) {
      int[] rank = Reference.ranks(tiers, m);
      for (int a = 0; a < m; a++) {
        for (int b = 0; b < m; b++) {
          prefer[a][b] += rank[a] < rank[b] ? 1 : 0;
        }
      }
      if (tiers[0].length == 1) {
        first[tiers[0][0]]++;
      }
    }
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < m; b++) {
        assertThat(p.prefer(a, b)).as("seed %d: %s over %s", seed, a, b)
            .isEqualTo(prefer[a][b]);
      }
    }
    assertThat(p.firstPreferences()).as("seed %d", seed).containsExactly(first);

    RankedDecision irv = decide("irv", p);
    List<Reference.IrvRound> expected = Reference.irv(ballots, m);
    for (int r = 0; r < expected.size(); r++) {
      RankedDecision.Round round = irv.rounds().get(r);
      Map<String, Long> votes = new java.util.LinkedHashMap<>();
      for (int c : expected.get(r).remaining()) {
        votes.put(names.get(c), expected.get(r).votes()[c]);
      }
      assertThat(round.votes()).as("seed %d, round %d", seed, r + 1).isEqualTo(votes);
      assertThat(round.exhausted()).as("seed %d, round %d", seed, r + 1)
          .isEqualTo(expected.get(r).exhausted());
      if (expected.get(r).eliminated() >= 0) {
        assertThat(round.eliminated()).as("seed %d, round %d", seed, r + 1)
            .containsExactly(names.get(expected.get(r).eliminated()));
      }
    }
  }

  /**
   * Coombs on the same large profile, whose first and last places are tracked together in
   * parallel chunks: each round's last places, recounted ballot by ballot with the candidates
   * the decision has eliminated so far left out, are the round's counts.
   */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(longs = {3, 4})
  void aLargeProfileCountsCoombsLikeItsBallots(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int m = 9;
    List<String> names = ProfileGenerator.names(m);
    List<int[]> ranks = new ArrayList<>();
    Profile.Builder builder = Profile.builder(names);
    for (int v = 0; v < 120_000; v++) {
      int[][] tiers = v % 2 == 0 ? ProfileGenerator.strict(random, m)
          : ProfileGenerator.weak(random, m);
      ranks.add(Reference.ranks(tiers, m));
      builder.add(tiers, 1);
    }
    Profile p = builder.build();
    assertThat(p.distinctBallots()).as("seed %d", seed).isGreaterThan(Chunks.PARALLEL);

    RankedDecision coombs = decide("coombs", p);
    assertThat(coombs.rounds()).as("seed %d", seed).hasSizeGreaterThan(1);
    boolean[] out = new boolean[m];
    for (RankedDecision.Round round : coombs.rounds()) {
      if (round.eliminated().isEmpty()) {
        break;  // the last round shows the first places of the winner's majority
      }
      Map<String, Long> lasts = new java.util.LinkedHashMap<>();
      for (int c = 0; c < m; c++) {
        if (!out[c]) {
          lasts.put(names.get(c), 0L);
        }
      }
      for (int[] rank : ranks) {
        int worst = -1;
        int who = -1;
        for (int c = 0; c < m; c++) {
          if (!out[c] && rank[c] > worst) {
            worst = rank[c];
            who = c;
          } else if (!out[c] && rank[c] == worst) {
            who = -2;
          }
        }
        if (who >= 0) {
          lasts.merge(names.get(who), 1L, Long::sum);
        }
      }
      assertThat(round.votes()).as("seed %d, round %d", seed, round.number()).isEqualTo(lasts);
      out[names.indexOf(round.eliminated().get(0))] = true;
    }
  }

  static List<String> names(Draw d, List<Integer> candidates) {
    return candidates.stream().map(d.names()::get).toList();
  }

  static List<Integer> indices(Draw d, List<List<String>> ranking) {
    return ranking.stream().flatMap(List::stream).map(d.names()::indexOf).toList();
  }

  static int[] tierOf(Draw d, List<List<String>> ranking) {
    int[] tier = new int[d.m()];
    for (int t = 0; t < ranking.size(); t++) {
      for (String name : ranking.get(t)) {
        tier[d.names().indexOf(name)] = t;
      }
    }
    return tier;
  }

  /** Plain, slow restatements of the definitions, to check the methods against. */
  static final class Reference {

    private Reference() {}

    /** {@return the candidate with a positive margin over every other, or -1} */
    static int condorcetWinner(Profile p) {
      for (int a = 0; a < p.candidateCount(); a++) {
        int wins = 0;
        for (int b = 0; b < p.candidateCount(); b++) {
          wins += p.margin(a, b) > 0 ? 1 : 0;
        }
        if (wins == p.candidateCount() - 1) {
          return a;
        }
      }
      return -1;
    }

    /** {@return the candidate with a negative margin against every other, or -1} */
    static int condorcetLoser(Profile p) {
      for (int a = 0; a < p.candidateCount(); a++) {
        int losses = 0;
        for (int b = 0; b < p.candidateCount(); b++) {
          losses += p.margin(a, b) < 0 ? 1 : 0;
        }
        if (losses == p.candidateCount() - 1) {
          return a;
        }
      }
      return -1;
    }

    /** {@return each candidate's rank on a ballot: its tier, or the number of tiers if left out} */
    static int[] ranks(int[][] tiers, int m) {
      int[] rank = new int[m];
      java.util.Arrays.fill(rank, tiers.length);
      for (int t = 0; t < tiers.length; t++) {
        for (int c : tiers[t]) {
          rank[c] = t;
        }
      }
      return rank;
    }

    /** One instant-runoff round: votes by candidate, ballots exhausted, who goes (or -1). */
    record IrvRound(List<Integer> remaining, long[] votes, long exhausted, int eliminated) {}

    /**
     * Instant runoff, ballot by ballot: a ballot counts for its best remaining candidate when
     * that candidate is alone in its tier, for nobody when several share it, and is exhausted
     * when it ranks none of the remaining. Stops at a majority of the ballots counting, or at the
     * first tie for the fewest votes (which these tests, with many voters, do not reach).
     */
    static List<IrvRound> irv(List<int[][]> ballots, int m) {
      List<IrvRound> rounds = new ArrayList<>();
      boolean[] out = new boolean[m];
      List<int[]> ranks = ballots.stream().map(t -> ranks(t, m)).toList();
      List<Boolean> truncated = ballots.stream()
          .map(t -> java.util.Arrays.stream(t).mapToInt(x -> x.length).sum() < m).toList();
      for (int left = m; left > 1; left--) {
        long[] votes = new long[m];
        long exhausted = 0;
        for (int v = 0; v < ballots.size(); v++) {
          int[] rank = ranks.get(v);
          int best = Integer.MAX_VALUE;
          int who = -1;
          for (int c = 0; c < m; c++) {
            if (!out[c] && rank[c] < best) {
              best = rank[c];
              who = c;
            } else if (!out[c] && rank[c] == best) {
              who = -2;
            }
          }
          if (truncated.get(v) && best == ballots.get(v).length) {
            exhausted++;
          } else if (who >= 0) {
            votes[who]++;
          }
        }
        List<Integer> remaining = new ArrayList<>();
        long counting = 0;
        int leader = -1;
        int loser = -1;
        for (int c = 0; c < m; c++) {
          if (!out[c]) {
            remaining.add(c);
            counting += votes[c];
            leader = leader < 0 || votes[c] > votes[leader] ? c : leader;
            loser = loser < 0 || votes[c] < votes[loser] ? c : loser;
          }
        }
        final int fewest = loser;
        boolean tied = remaining.stream().filter(c -> votes[c] == votes[fewest]).count() > 1;
        if (2 * votes[leader] > counting || tied) {
          rounds.add(new IrvRound(remaining, votes, exhausted, -1));
          return rounds;
        }
        rounds.add(new IrvRound(remaining, votes, exhausted, loser));
        out[loser] = true;
      }
      return rounds;
    }

    /** The Smith set: the smallest non-empty set whose members each beat every non-member. */
    static List<Integer> smith(Profile p) {
      int m = p.candidateCount();
      List<Integer> best = null;
      for (int set = 1; set < 1 << m; set++) {
        boolean dominates = true;
        for (int a = 0; a < m && dominates; a++) {
          for (int b = 0; b < m && dominates; b++) {
            if ((set & 1 << a) != 0 && (set & 1 << b) == 0) {
              dominates = p.margin(a, b) > 0;
            }
          }
        }
        if (dominates && (best == null || Integer.bitCount(set) < best.size())) {
          best = members(set, m);
        }
      }
      return best;
    }

    /**
     * The Schwartz set: the union of the minimal non-empty sets that no non-member beats.
     */
    static List<Integer> schwartz(Profile p) {
      int m = p.candidateCount();
      List<Integer> undominated = new ArrayList<>();
      for (int set = 1; set < 1 << m; set++) {
        boolean closed = true;
        for (int a = 0; a < m && closed; a++) {
          for (int b = 0; b < m && closed; b++) {
            if ((set & 1 << a) != 0 && (set & 1 << b) == 0) {
              closed = p.margin(b, a) <= 0;
            }
          }
        }
        if (closed) {
          undominated.add(set);
        }
      }
      int union = 0;
      for (int set : undominated) {
        boolean minimal = true;
        for (int other : undominated) {
          if (other != set && (other & set) == other) {
            minimal = false;
          }
        }
        if (minimal) {
          union |= set;
        }
      }
      return members(union, m);
    }

    static List<Integer> members(int set, int m) {
      List<Integer> list = new ArrayList<>();
      for (int c = 0; c < m; c++) {
        if ((set & 1 << c) != 0) {
          list.add(c);
        }
      }
      return list;
    }

    /** The fewest disagreements of any ranking, and the candidates first in an optimal one. */
    record Kemeny(long optimum, List<Integer> firsts) {}

    static Kemeny kemeny(Profile p) {
      int m = p.candidateCount();
      long optimum = Long.MAX_VALUE;
      Set<Integer> firsts = new HashSet<>();
      for (List<Integer> order : permutations(m)) {
        long cost = disagreements(p, order);
        if (cost < optimum) {
          optimum = cost;
          firsts.clear();
        }
        if (cost == optimum) {
          firsts.add(order.get(0));
        }
      }
      return new Kemeny(optimum, firsts.stream().sorted().toList());
    }

    /** The voter-pairs that disagree with a strict ranking: voters ranking a later one higher. */
    static long disagreements(Profile p, List<Integer> order) {
      long cost = 0;
      for (int i = 0; i < order.size(); i++) {
        for (int j = i + 1; j < order.size(); j++) {
          cost += p.prefer(order.get(j), order.get(i));
        }
      }
      return cost;
    }

    static List<List<Integer>> permutations(int m) {
      List<List<Integer>> all = new ArrayList<>();
      permute(new ArrayList<>(), new boolean[m], all);
      return all;
    }

    private static void permute(List<Integer> prefix, boolean[] used, List<List<Integer>> all) {
      if (prefix.size() == used.length) {
        all.add(List.copyOf(prefix));
        return;
      }
      for (int c = 0; c < used.length; c++) {
        if (!used[c]) {
          used[c] = true;
          prefix.add(c);
          permute(prefix, used, all);
          prefix.remove(prefix.size() - 1);
          used[c] = false;
        }
      }
    }

    /** Strongest beatpaths by Floyd–Warshall, links by margin or by winning votes. */
    static long[][] schulzePaths(Profile p, boolean margins) {
      int m = p.candidateCount();
      long[][] d = new long[m][m];
      for (int a = 0; a < m; a++) {
        for (int b = 0; b < m; b++) {
          if (a != b && p.margin(a, b) > 0) {
            d[a][b] = margins ? p.margin(a, b) : p.prefer(a, b);
          }
        }
      }
      for (int k = 0; k < m; k++) {
        for (int a = 0; a < m; a++) {
          for (int b = 0; b < m; b++) {
            if (a != b && a != k && b != k) {
              d[a][b] = Math.max(d[a][b], Math.min(d[a][k], d[k][b]));
            }
          }
        }
      }
      return d;
    }
  }
}
