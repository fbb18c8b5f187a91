package io.yishi.core.method.cocreation;

import io.yishi.core.electorate.MemberId;
import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.Decision;
import io.yishi.core.spi.DecisionRequest;
import io.yishi.core.spi.DecisionRule;
import io.yishi.core.spi.InvalidBallotException;
import io.yishi.core.spi.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A test-only priority rule, id {@code points-test}: each voter gives up to 3 points to the
 * alternatives; the alternatives are ranked by points, ties in slate order.
 */
public final class PointsRule implements DecisionRule {

  /** A voter's points per alternative. */
  public record PointsBallot(MemberId voter, Map<String, Integer> points) implements Ballot {
    public PointsBallot {
      points = new TreeMap<>(points);
    }
  }

  /** The ranking with the points. */
  public record PointsDecision(List<String> chosen, Map<String, Integer> totals)
      implements Decision {
    @Override
    public String ruleId() {
      return "points-test";
    }

    @Override
    public Verdict verdict() {
      return Verdict.CHOSEN;
    }

    @Override
    public String explain() {
      return "points: " + totals;
    }
  }

  @Override
  public String id() {
    return "points-test";
  }

  @Override
  public String description() {
    return "test rule: up to 3 points per voter";
  }

  @Override
  public Class<PointsBallot> ballotType() {
    return PointsBallot.class;
  }

  @Override
  public void checkBallot(Ballot ballot, DecisionRequest request) {
    PointsBallot b = (PointsBallot) ballot;
    int sum = 0;
    for (Map.Entry<String, Integer> e : b.points().entrySet()) {
      if (!request.alternatives().contains(e.getKey())) {
        throw new InvalidBallotException("ballot.points." + e.getKey(), e.getValue(),
            "is not an alternative " + request.alternatives());
      }
      sum += e.getValue();
    }
    if (sum > 3) {
      throw new InvalidBallotException("ballot.points", sum, "must be at most 3 in all");
    }
  }

  @Override
  public Decision decide(DecisionRequest request) {
    Map<String, Integer> totals = new TreeMap<>();
    request.alternatives().forEach(a -> totals.put(a, 0));
    for (Ballot ballot : request.ballots()) {
      ((PointsBallot) ballot).points().forEach((k, v) -> totals.merge(k, v, Integer::sum));
    }
    List<String> ranking = new ArrayList<>(request.alternatives());
    ranking.sort((a, b) -> Integer.compare(totals.get(b), totals.get(a)));
    return new PointsDecision(ranking, totals);
  }
}
