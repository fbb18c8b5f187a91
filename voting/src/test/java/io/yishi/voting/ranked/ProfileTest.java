package io.yishi.voting.ranked;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.voting.ranked.ProfileGenerator.Culture;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A profile counts each distinct ranking once with its voters, keeps ties and truncation apart,
 * derives the pairwise matrix and the first preferences, merges associatively and
 * commutatively, and refuses bad ballots with a message saying what is wrong.
 */
class ProfileTest {

  static final List<String> ABC = List.of("a", "b", "c");

  /** 3 a > b > c, 2 c > a = b, 1 b (truncated), and 3 more a > b > c. */
  static Profile sample() {
    return Profile.builder(ABC)
        .addOrder(new int[] {0, 1, 2}, 3)
        .add(new int[][] {{2}, {0, 1}}, 2)
        .addOrder(new int[] {1}, 1)
        .add(new int[][] {{0}, {1}, {2}}, 3)
        .build();
  }

  /**
   * {@return the index of the distinct ballot with these tiers}, found by content: the order of
   * distinct ballots in a profile carries no meaning
   */
  static int ballot(Profile p, boolean truncated, int[][] tiers) {
    List<Set<Integer>> wanted = asSets(tiers);
    for (int b = 0; b < p.distinctBallots(); b++) {
      if (asSets(p.tiers(b)).equals(wanted) && p.isTruncated(b) == truncated) {
        return b;
      }
    }
    throw new AssertionError("no ballot " + wanted + (truncated ? " (truncated)" : "") + " in "
        + p.asMap());
  }

  private static List<Set<Integer>> asSets(int[][] tiers) {
    return Arrays.stream(tiers)
        .map(t -> (Set<Integer>) Arrays.stream(t).boxed().collect(Collectors.toSet())).toList();
  }

  @Nested
  class Building {

    @Test
    void countsVotersAndDistinctRankings() {
      Profile p = sample();

      assertThat(p.candidates()).isEqualTo(ABC);
      assertThat(p.candidateCount()).isEqualTo(3);
      assertThat(p.voters()).isEqualTo(9);
      assertThat(p.distinctBallots()).isEqualTo(3);
      assertThat(p.count(ballot(p, false, new int[][] {{0}, {1}, {2}}))).isEqualTo(6);
      assertThat(p.count(ballot(p, false, new int[][] {{2}, {0, 1}}))).isEqualTo(2);
      assertThat(p.count(ballot(p, true, new int[][] {{1}}))).isEqualTo(1);
      assertThat(p.toString()).isEqualTo("Profile[[a, b, c], 9 voters, 3 distinct]");
    }

    @Test
    void aStrictRankingAddedAsOrderOrAsTiersIsTheSameBallot() {
      Profile p = sample();
      int b = ballot(p, false, new int[][] {{0}, {1}, {2}});

      assertThat(p.tiers(b)).isEqualTo(new int[][] {{0}, {1}, {2}});
      assertThat(p.rank(b, 0)).isZero();
      assertThat(p.rank(b, 2)).isEqualTo(2);
    }

    @Test
    void aTieKeepsItsTier() {
      Profile p = sample();
      int b = ballot(p, false, new int[][] {{2}, {0, 1}});

      assertThat(p.tiers(b)).isEqualTo(new int[][] {{2}, {0, 1}});
      assertThat(p.isTruncated(b)).isFalse();
      assertThat(p.rank(b, 0)).isEqualTo(1);
      assertThat(p.rank(b, 1)).isEqualTo(1);
      assertThat(p.rank(b, 2)).isZero();
    }

    @Test
    void truncatedCandidatesShareTheLastPlaceAndAreNotListed() {
      Profile p = sample();
      int b = ballot(p, true, new int[][] {{1}});

      assertThat(p.tiers(b)).isEqualTo(new int[][] {{1}});
      assertThat(p.isTruncated(b)).isTrue();
      assertThat(p.rank(b, 1)).isZero();
      assertThat(p.rank(b, 0)).isEqualTo(1);
      assertThat(p.rank(b, 2)).isEqualTo(1);
    }

    @Test
    void aRankingEndingInATieIsNotTheSameBallotAsATruncatedOneButCountsTheSame() {
      Profile p = Profile.builder(ABC)
          .add(new int[][] {{0}, {1, 2}}, 1)
          .addOrder(new int[] {0}, 1)
          .build();

      assertThat(p.distinctBallots()).isEqualTo(2);
      assertThat(p.count(ballot(p, false, new int[][] {{0}, {1, 2}}))).isEqualTo(1);
      assertThat(p.count(ballot(p, true, new int[][] {{0}}))).isEqualTo(1);
      assertThat(p.asMap()).isEqualTo(Map.of(
          List.of(Set.of("a"), Set.of("b", "c")), 1L,
          List.of(Set.of("a")), 1L));
      assertThat(p.prefer(0, 1)).isEqualTo(2);
      assertThat(p.prefer(1, 2)).isZero();
      assertThat(p.prefer(2, 1)).isZero();
    }

    @Test
    void rankingEveryCandidateButOneIsTruncated() {
      Profile p = Profile.builder(ABC).addOrder(new int[] {2, 0}, 1).build();

      assertThat(p.distinctBallots()).isEqualTo(1);
      assertThat(p.isTruncated(0)).isTrue();
      assertThat(p.tiers(0)).isEqualTo(new int[][] {{2}, {0}});
      assertThat(p.rank(0, 1)).isEqualTo(2);
      assertThat(p.prefer(0, 1)).isEqualTo(1);
    }

    @Test
    void profilesOverManyCandidatesCountRepeatedRankingsOnce() {
      List<String> names = new ArrayList<>();
      for (int c = 0; c < 20; c++) {
        names.add("c" + c);
      }
      Profile p = Profile.builder(names)
          .addOrder(new int[] {19, 3, 7}, 2)
          .add(new int[][] {{19}, {3}, {7}}, 1)
          .add(new int[][] {{19}, {3}, {7}, {0, 1, 2, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16,
              17, 18}}, 4)
          .build();

      assertThat(p.distinctBallots()).isEqualTo(2);
      int truncated = p.isTruncated(0) ? 0 : 1;
      assertThat(p.isTruncated(1 - truncated)).isFalse();
      assertThat(p.count(truncated)).isEqualTo(3);
      assertThat(p.tiers(truncated)).isEqualTo(new int[][] {{19}, {3}, {7}});
      assertThat(p.count(1 - truncated)).isEqualTo(4);
      assertThat(p.rank(1 - truncated, 0)).isEqualTo(3);
      assertThat(p.prefer(19, 0)).isEqualTo(7);
      assertThat(p.prefer(7, 0)).isEqualTo(7);
      assertThat(p.prefer(0, 1)).isZero();
    }

    @Test
    void theBuilderGoesOnCollectingWithoutChangingAProfileItBuilt() {
      Profile.Builder b = Profile.builder(ABC).addOrder(new int[] {0, 1, 2}, 1);
      Profile first = b.build();

      Profile second = b.addOrder(new int[] {0, 1, 2}, 4).addOrder(new int[] {2}, 1).build();

      assertThat(first.voters()).isEqualTo(1);
      assertThat(first.distinctBallots()).isEqualTo(1);
      assertThat(first.count(0)).isEqualTo(1);
      assertThat(first.prefer(0, 1)).isEqualTo(1);
      assertThat(second.voters()).isEqualTo(6);
      assertThat(second.count(ballot(second, false, new int[][] {{0}, {1}, {2}})))
          .isEqualTo(5);
    }

    @Test
    void aProfileWithoutBallotsHasNoVoters() {
      Profile p = Profile.builder(ABC).build();

      assertThat(p.voters()).isZero();
      assertThat(p.distinctBallots()).isZero();
      assertThat(p.firstPreferences()).containsExactly(0, 0, 0);
      assertThat(p.margin(0, 1)).isZero();
    }
  }

  @Nested
  class PairwiseAndFirstPreferences {

    @Test
    void preferCountsVotersRankingOneStrictlyAboveTheOther() {
      Profile p = sample();

      // a > b > c x6; c > a = b x2; b > (a = c) x1
      assertThat(p.prefer(0, 1)).isEqualTo(6);
      assertThat(p.prefer(1, 0)).isEqualTo(1);
      assertThat(p.prefer(0, 2)).isEqualTo(6);
      assertThat(p.prefer(2, 0)).isEqualTo(2);
      assertThat(p.prefer(1, 2)).isEqualTo(7);
      assertThat(p.prefer(2, 1)).isEqualTo(2);
      assertThat(p.margin(0, 1)).isEqualTo(5);
      assertThat(p.margin(1, 0)).isEqualTo(-5);
      assertThat(p.margin(2, 1)).isEqualTo(-5);
      assertThat(p.prefer(0, 0)).isZero();
    }

    @Test
    void aTieAtTheTopCountsForNobody() {
      Profile p = Profile.builder(ABC)
          .addOrder(new int[] {0, 1, 2}, 3)
          .add(new int[][] {{1, 2}, {0}}, 4)
          .addOrder(new int[] {2}, 2)
          .add(new int[][] {{0, 1, 2}}, 5)
          .build();

      assertThat(p.firstPreferences()).containsExactly(3, 0, 2);
    }

    @Test
    void theFirstPreferencesAreACopy() {
      Profile p = sample();
      long[] first = p.firstPreferences();
      first[0] = 1000;

      assertThat(p.firstPreferences()).containsExactly(6, 1, 2);
    }
  }

  @Nested
  class Merging {

    static Stream<Long> seeds() {
      return LongStream.range(0, 20).boxed();
    }

    static Profile part(SplittableRandom random, int m) {
      Culture culture = random.nextBoolean() ? Culture.IMPARTIAL : Culture.TIES_AND_TRUNCATION;
      return ProfileGenerator.build(ProfileGenerator.names(m),
          ProfileGenerator.ballots(random, culture, m, random.nextInt(40)));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void mergeIsAssociativeAndCommutative(long seed) {
      SplittableRandom random = new SplittableRandom(seed);
      int m = 3 + random.nextInt(5);
      Profile p = part(random, m);
      Profile q = part(random, m);
      Profile r = part(random, m);

      assertThat(p.merge(q).merge(r)).as("seed %d", seed).isEqualTo(p.merge(q.merge(r)));
      assertThat(p.merge(q)).as("seed %d", seed).isEqualTo(q.merge(p));
      assertThat(p.merge(q).hashCode()).as("seed %d", seed).isEqualTo(q.merge(p).hashCode());
      assertThat(p.merge(q).voters()).as("seed %d", seed).isEqualTo(p.voters() + q.voters());
      for (int a = 0; a < m; a++) {
        for (int b = 0; b < m; b++) {
          assertThat(p.merge(q).prefer(a, b)).as("seed %d", seed)
              .isEqualTo(p.prefer(a, b) + q.prefer(a, b));
        }
      }
    }

    @Test
    void mergingAddsTheCountsOfTheSameRanking() {
      Profile p = Profile.builder(ABC).addOrder(new int[] {0, 1, 2}, 2).build();
      Profile q = Profile.builder(ABC).add(new int[][] {{0}, {1}, {2}}, 3)
          .addOrder(new int[] {1}, 1).build();

      Profile merged = p.merge(q);

      assertThat(merged.distinctBallots()).isEqualTo(2);
      assertThat(merged.asMap()).isEqualTo(Map.of(
          List.of(Set.of("a"), Set.of("b"), Set.of("c")), 5L,
          List.of(Set.of("b")), 1L));
    }

    @Test
    void profilesOverDifferentCandidatesDoNotMerge() {
      Profile p = Profile.builder(ABC).build();
      Profile q = Profile.builder(List.of("a", "c", "b")).build();

      assertThatThrownBy(() -> p.merge(q))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("profile: cannot merge profiles over different candidates, [a, b, c] and"
              + " [a, c, b]");
      assertThatThrownBy(() -> Profile.builder(ABC).addAll(q))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("profile: cannot add a profile over [a, c, b] to one over [a, b, c]");
    }
  }

  @Nested
  class Refusals {

    static Stream<Arguments> badBallots() {
      return Stream.of(
          Arguments.of("index too large", (Consumer<Profile.Builder>)
              b -> b.addOrder(new int[] {0, 3}, 1),
              "ballot: candidate index must be in [0, 3), was 3"),
          Arguments.of("negative index", (Consumer<Profile.Builder>)
              b -> b.add(new int[][] {{-1}}, 1),
              "ballot: candidate index must be in [0, 3), was -1"),
          Arguments.of("repeated in an order", (Consumer<Profile.Builder>)
              b -> b.addOrder(new int[] {1, 0, 1}, 1),
              "ballot: candidate b is ranked twice"),
          Arguments.of("repeated across tiers", (Consumer<Profile.Builder>)
              b -> b.add(new int[][] {{2}, {0, 2}}, 1),
              "ballot: candidate c is ranked twice"),
          Arguments.of("repeated in a tier", (Consumer<Profile.Builder>)
              b -> b.add(new int[][] {{0, 0}}, 1),
              "ballot: candidate a is ranked twice"),
          Arguments.of("zero count", (Consumer<Profile.Builder>)
              b -> b.addOrder(new int[] {0}, 0),
              "ballot count: must be >= 1, was 0"),
          Arguments.of("negative count", (Consumer<Profile.Builder>)
              b -> b.add(new int[][] {{0}}, -2),
              "ballot count: must be >= 1, was -2"),
          Arguments.of("empty order", (Consumer<Profile.Builder>)
              b -> b.addOrder(new int[] {}, 1),
              "ballot: must rank 1 to 3 candidates, ranked 0"),
          Arguments.of("order too long", (Consumer<Profile.Builder>)
              b -> b.addOrder(new int[] {0, 1, 2, 0}, 1),
              "ballot: must rank 1 to 3 candidates, ranked 4"),
          Arguments.of("no tiers", (Consumer<Profile.Builder>)
              b -> b.add(new int[][] {}, 1),
              "ballot: must rank at least one candidate"),
          Arguments.of("empty tier", (Consumer<Profile.Builder>)
              b -> b.add(new int[][] {{0}, {}}, 1),
              "ballot: tier 2 is empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBallots")
    void aBadBallotIsRefusedSayingWhy(String what, Consumer<Profile.Builder> add,
        String message) {
      Profile.Builder b = Profile.builder(ABC);

      assertThatThrownBy(() -> add.accept(b))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBallots")
    void aRefusedBallotLeavesTheBuilderAsItWas(String what, Consumer<Profile.Builder> add,
        String message) {
      Profile.Builder b = Profile.builder(ABC).addOrder(new int[] {2, 1, 0}, 1);
      try {
        add.accept(b);
      } catch (IllegalArgumentException expected) {
        // refused, as the other test checks
      }

      Profile p = b.addOrder(new int[] {0, 1, 2}, 1).build();

      assertThat(p.asMap()).as(what).isEqualTo(Map.of(
          List.of(Set.of("c"), Set.of("b"), Set.of("a")), 1L,
          List.of(Set.of("a"), Set.of("b"), Set.of("c")), 1L));
    }

    @Test
    void candidatesMustBeDistinctNonBlankAndNotTooMany() {
      assertThatThrownBy(() -> Profile.builder(List.of("a", "b", "a")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("candidates: 'a' appears twice");
      assertThatThrownBy(() -> Profile.builder(List.of("a", " ")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("candidates: a name is blank, in [a,  ]");
      assertThatThrownBy(() -> Profile.builder(List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("candidates: must number 1 to 127, were 0");
      List<String> many = new ArrayList<>();
      for (int c = 0; c <= Profile.MAX_CANDIDATES; c++) {
        many.add("c" + c);
      }
      assertThatThrownBy(() -> Profile.builder(many))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("candidates: must number 1 to 127, were 128");
      assertThat(Profile.builder(many.subList(0, Profile.MAX_CANDIDATES)).build()
          .candidateCount()).isEqualTo(127);
    }

    @Test
    void readingABallotOrCandidateOutOfRangeIsRefused() {
      Profile p = sample();

      assertThatThrownBy(() -> p.count(3))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("ballot: index must be in [0, 3), was 3");
      assertThatThrownBy(() -> p.tiers(-1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("ballot: index must be in [0, 3), was -1");
      assertThatThrownBy(() -> p.isTruncated(3))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("ballot: index must be in [0, 3), was 3");
      assertThatThrownBy(() -> p.rank(0, 3))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("candidate: index must be in [0, 3), was 3");
    }

    @Test
    void preferAndMarginRefuseACandidateOutOfRange() {
      Profile p = sample();

      assertThatThrownBy(() -> p.prefer(0, 3))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("was 3");
      assertThatThrownBy(() -> p.margin(-1, 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("was -1");
    }
  }

  @Nested
  class Equality {

    @Test
    void profilesWithTheSameBallotsInAnotherOrderAreEqual() {
      Profile p = sample();
      Profile q = Profile.builder(ABC)
          .addOrder(new int[] {1}, 1)
          .add(new int[][] {{2}, {1, 0}}, 2)
          .addOrder(new int[] {0, 1, 2}, 6)
          .build();

      assertThat(q).isEqualTo(p).hasSameHashCodeAs(p);
    }

    @Test
    void profilesWithOtherCountsOrCandidatesDiffer() {
      Profile p = sample();

      assertThat(Profile.builder(ABC).addOrder(new int[] {0, 1, 2}, 9).build()).isNotEqualTo(p);
      assertThat(Profile.builder(List.of("a", "b", "d")).build())
          .isNotEqualTo(Profile.builder(ABC).build());
    }
  }
}
