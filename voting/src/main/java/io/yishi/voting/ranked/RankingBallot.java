package io.yishi.voting.ranked;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.electorate.MemberId;
import io.yishi.core.spi.Ballot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One member's ranking of the alternatives: tiers of names, best first. A tier of one is a strict
 * preference; a tier of several is a tie; alternatives left out share the last place. JSON type
 * name {@code "ranking"}, e.g. {@code {"type": "ranking", "voter": "m1", "ranking": [["b"], ["a",
 * "c"]]}}.
 *
 * @param voter the member whose ballot this is
 * @param ranking the tiers, best first; at least one, none empty, no name twice
 */
public record RankingBallot(MemberId voter, List<List<String>> ranking) implements Ballot {

  /**
   * Checks and copies.
   *
   * @param voter the member whose ballot this is
   * @param ranking the tiers of alternatives' names, best first; at least one, none empty, no
   *     name twice; copied
   * @throws IllegalArgumentException if there is no tier, a tier is empty, or a name repeats
   */
  public RankingBallot {
    checkNotNull(voter, "voter");
    checkNotNull(ranking, "ranking");
    checkArgument(!ranking.isEmpty(), "ballot.ranking: must rank at least one alternative");
    List<List<String>> copy = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (List<String> tier : ranking) {
      checkArgument(!tier.isEmpty(), "ballot.ranking: a tier must not be empty, was %s", ranking);
      for (String name : tier) {
        checkArgument(seen.add(name), "ballot.ranking: '%s' is ranked twice", name);
      }
      copy.add(List.copyOf(tier));
    }
    ranking = List.copyOf(copy);
  }

  /**
   * {@return a strict ranking, best first}
   *
   * @param voter the member
   * @param order the alternatives' names, best first
   */
  public static RankingBallot of(MemberId voter, String... order) {
    List<List<String>> tiers = new ArrayList<>();
    for (String name : order) {
      tiers.add(List.of(name));
    }
    return new RankingBallot(voter, tiers);
  }
}
