package io.yishi.voting.cardinal;

import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import java.util.List;

/**
 * Id {@code score} (score voting, range voting): each voter gives every alternative a whole
 * number on the scale {@code [min, max]}, by default 0 to 5; the alternative with the highest
 * total wins, and the ranking orders all by their totals (Smith, "Range voting", 2000; equivalent
 * to ordering by averages, since every voter scores every alternative — one left out gets {@code
 * min}). {@link CardinalDecision#scores()} holds the totals; the explanation gives each total and
 * average (the average rounded half up to two decimals, for people only).
 *
 * <p>Parameters: {@code min} (default 0) and {@code max} (default 5), {@code max - min} at most
 * {@value ScoreProfile#MAX_RANGE}; {@code tieBreak} ({@code none} or {@code lot}). The count reads
 * only the totals the profile derived when it was built.
 */
public final class ScoreMethod extends CardinalMethod {

  /** Creates the method; it holds no state. */
  public ScoreMethod() {}

  @Override
  public String id() {
    return "score";
  }

  @Override
  public String description() {
    return "each voter scores every alternative; the highest total score wins";
  }

  @Override
  List<ParameterSpec> ownParameters() {
    return List.of(MIN, MAX);
  }

  @Override
  int[] scale(Parameters parameters) {
    return minMax(parameters);
  }

  @Override
  boolean setsScale(Parameters parameters) {
    return parameters.get("min").isPresent() || parameters.get("max").isPresent();
  }

  @Override
  CardinalDecision count(Tally tally, ScoreProfile profile, Parameters parameters) {
    long[] totals = profile.totals();
    for (int c = 0; c < tally.m; c++) {
      tally.line(tally.name(c) + ": total " + totals[c] + ", average "
          + Tally.average(totals[c], profile.voters()));
    }
    tally.winners(tally.best(totals));
    return tally.decision(Tally.tiers(totals), tally.byName(totals),
        CardinalDecision.Runoff.none());
  }
}
