package io.yishi.voting.motion;

import io.yishi.core.Fraction;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import java.time.LocalDate;
import java.util.List;

/**
 * Id {@code majority}: more than half of the votes cast, by members, unless the parameters say
 * otherwise. Every setting is a parameter: {@code threshold} and {@code strict} (any exact
 * fraction, "more than" or "at least"), {@code base} ({@code votes-cast}, {@code present}, {@code
 * members}), {@code measure} ({@code heads} or {@code weight}), quorums, the counting of
 * abstentions, blanks and invalid ballots, ties, a minimum number of yes votes (LiquidFeedback's
 * settings), proxies and delegations.
 */
public class MajorityRule extends MotionPreset {

  /** Creates the rule; it holds no state. */
  public MajorityRule() {}

  @Override
  public String id() {
    return "majority";
  }

  @Override
  public String description() {
    return "more than half of the votes cast (threshold, base, measure, quorum adjustable)";
  }

  /** {@return the default threshold of this rule} */
  protected Threshold defaultThreshold() {
    return Threshold.moreThan(Fraction.HALF, Base.VOTES_CAST);
  }

  @Override
  public List<ParameterSpec> parameters() {
    Threshold t = defaultThreshold();
    return MotionParameters.concat(List.of(
        ParameterSpec.of("threshold", "fraction in [0, 1]", t.share().toString(),
            "the yes share needed, e.g. \"1/2\" or \"2/3\""),
        ParameterSpec.of("strict", "boolean", Boolean.toString(t.strict()),
            "true: more than the threshold; false: at least the threshold"),
        MotionParameters.BASE, MotionParameters.MEASURE), MotionParameters.COMMON);
  }

  @Override
  protected MotionRule configure(Parameters p, LocalDate date) {
    MotionRule defaults = MotionRule.builder().id(id()).description(description())
        .majority(Majority.ofHeads(defaultThreshold(), Quorum.none())).build();
    Base base = p.choice("base", Base.class, defaultThreshold().base());
    Measure measure = p.choice("measure", Measure.class, Measure.HEADS);
    Threshold threshold = MotionParameters.threshold(p, "threshold", "strict", base,
        defaultThreshold());
    Quorum quorum = MotionParameters.quorum(p, "quorum", Quorum.none());
    MotionRule.Builder b = MotionRule.builder().id(id()).description(description())
        .majority(new Majority(measure, threshold, quorum));
    MotionParameters.counting(p, b, defaults);
    MotionParameters.ties(p, b, defaults);
    return b.build();
  }
}
