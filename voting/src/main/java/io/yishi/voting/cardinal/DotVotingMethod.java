package io.yishi.voting.cardinal;

import io.yishi.core.spi.InvalidBallotException;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import java.util.List;
import java.util.Map;

/**
 * Id {@code dots}: dot voting (dotmocracy), as used in workshops to prioritise options. Each voter
 * has {@code dots} dots and places them on the options, several on one if they like (at most
 * {@code maxPerOption} on any one); a {@link ScoreBallot} gives the number of dots per option, an
 * option left out none. The option with the most dots wins and the ranking orders all by their
 * dots. {@link CardinalDecision#scores()} holds the dots per option.
 *
 * <p>A ballot that places a negative number of dots, more than {@code maxPerOption} on one
 * option, or more than {@code dots} in all is refused with an {@link InvalidBallotException}
 * naming the option (or the total), the value and the rule — when it is cast ({@link
 * #checkBallot}) and again when the votes are counted. Spending fewer dots than allowed is valid.
 *
 * <p>Parameters: {@code dots} (default 3, from 1 to {@value ScoreProfile#MAX_RANGE}), {@code
 * maxPerOption} (default: {@code dots}, so no cap beyond the voter's dots; from 1 to {@code
 * dots}), {@code tieBreak}. The scale of the profile is {@code [0, maxPerOption]}. A profile given
 * to {@link #decide(ScoreProfile, Parameters, long)} may be on any scale; its values are checked
 * against the rules above through the histograms and the largest ballot sum the profile derived
 * when it was built, so the check costs O(options × scale), not a pass over the ballots.
 */
public final class DotVotingMethod extends CardinalMethod {

  static final ParameterSpec DOTS = ParameterSpec.of("dots", "integer from 1 to "
      + ScoreProfile.MAX_RANGE, "3", "the dots each voter may place in all");
  static final ParameterSpec MAX_PER_OPTION = ParameterSpec.of("maxPerOption",
      "integer from 1 to dots", "dots", "the most dots a voter may place on one option");

  /** Creates the method; it holds no state. */
  public DotVotingMethod() {}

  @Override
  public String id() {
    return "dots";
  }

  @Override
  public String description() {
    return "each voter places a fixed number of dots on the options; the most dots wins";
  }

  @Override
  List<ParameterSpec> ownParameters() {
    return List.of(DOTS, MAX_PER_OPTION);
  }

  private static int dots(Parameters parameters) {
    return intParameter(parameters, DOTS.name(), 3, 1, ScoreProfile.MAX_RANGE);
  }

  @Override
  int[] scale(Parameters parameters) {
    int dots = dots(parameters);
    int cap = intParameter(parameters, MAX_PER_OPTION.name(), dots, 1, Integer.MAX_VALUE);
    if (cap > dots) {
      throw new InvalidParameterException(MAX_PER_OPTION.name(), cap,
          "must be at most dots (" + dots + ")");
    }
    return new int[] {0, cap};
  }

  @Override
  boolean setsScale(Parameters parameters) {
    return false;
  }

  @Override
  void checkValues(Map<String, Integer> scores, Parameters parameters) {
    int dots = dots(parameters);
    int cap = scale(parameters)[1];
    long sum = 0;
    for (Map.Entry<String, Integer> e : scores.entrySet()) {
      int v = e.getValue();
      if (v < 0) {
        throw new InvalidBallotException("ballot.scores." + e.getKey(), v,
            "must not place a negative number of dots (rule 'dots')");
      }
      if (v > cap) {
        throw new InvalidBallotException("ballot.scores." + e.getKey(), v,
            "must place at most " + cap + " dots on one option (parameter maxPerOption)");
      }
      sum += v;
    }
    if (sum > dots) {
      throw new InvalidBallotException("ballot.scores", sum,
          "spends more dots than the " + dots + " each voter has (parameter dots)");
    }
  }

  @Override
  void checkProfile(ScoreProfile profile, Parameters parameters) {
    int dots = dots(parameters);
    int cap = scale(parameters)[1];
    for (int c = 0; c < profile.candidateCount(); c++) {
      long[] h = profile.histogram(c);
      for (int v = 0; v < h.length; v++) {
        int value = v + profile.min();
        if (h[v] > 0 && value < 0) {
          throw new InvalidBallotException("ballot.scores." + profile.candidates().get(c), value,
              "must not place a negative number of dots (rule 'dots'); " + h[v]
                  + " ballots do");
        }
        if (h[v] > 0 && value > cap) {
          throw new InvalidBallotException("ballot.scores." + profile.candidates().get(c), value,
              "must place at most " + cap + " dots on one option (parameter maxPerOption); "
                  + h[v] + " ballots do");
        }
      }
    }
    if (profile.largestBallotSum() > dots) {
      throw new InvalidBallotException("ballot.scores", profile.largestBallotSum(),
          "spends more dots than the " + dots + " each voter has (parameter dots)");
    }
  }

  @Override
  CardinalDecision count(Tally tally, ScoreProfile profile, Parameters parameters) {
    long[] totals = profile.totals();
    long placed = 0;
    StringBuilder line = new StringBuilder("Dots:");
    for (int c = 0; c < tally.m; c++) {
      placed += totals[c];
      line.append(' ').append(tally.name(c)).append(' ').append(totals[c]).append(';');
    }
    tally.line(line.substring(0, line.length() - 1));
    tally.line(placed + " dots placed of the " + Math.multiplyExact(profile.voters(),
        (long) dots(parameters)) + " the voters had");
    tally.winners(tally.best(totals));
    return tally.decision(Tally.tiers(totals), tally.byName(totals),
        CardinalDecision.Runoff.none());
  }
}
