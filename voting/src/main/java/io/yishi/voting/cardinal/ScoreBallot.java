package io.yishi.voting.cardinal;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.electorate.MemberId;
import io.yishi.core.spi.Ballot;
import java.util.Map;
import java.util.TreeMap;

/**
 * One member's scores for the alternatives: a whole number for each alternative the member
 * scored. Score voting and STAR read the numbers as scores, majority judgment as grades (0 the
 * lowest), dot voting as the dots placed on each alternative. An alternative left out gets the
 * lowest value of the rule's scale (no dots). The range is checked by the rule, which knows its
 * scale. JSON type name {@code "scores"}, e.g. {@code {"type": "scores", "voter": "m1",
 * "scores": {"a": 5, "b": 2}}}.
 *
 * @param voter the member whose ballot this is
 * @param scores each scored alternative's score, by name, sorted by name
 */
public record ScoreBallot(MemberId voter, Map<String, Integer> scores) implements Ballot {

  /**
   * Checks for null and copies into name order.
   *
   * @param voter the member whose ballot this is
   * @param scores each scored alternative's score; copied
   * @throws NullPointerException if a name or a score is null
   */
  public ScoreBallot {
    checkNotNull(voter, "voter");
    TreeMap<String, Integer> sorted = new TreeMap<>();
    scores.forEach((name, score) -> sorted.put(checkNotNull(name, "scores"),
        checkNotNull(score, "scores")));
    scores = java.util.Collections.unmodifiableSortedMap(sorted);
  }
}
