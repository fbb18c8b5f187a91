package io.yishi.voting.motion;

import io.yishi.core.Fraction;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import java.time.LocalDate;
import java.util.List;

/**
 * Id {@code double-majority}: the motion must pass both by head count and by weight (e.g. floor
 * area), each with its own threshold and participation quorum; it is adopted if and only if both
 * majorities are won, and not decided if either quorum is missed. Defaults: more than half of the
 * votes cast by each measure, no quorum.
 *
 * <p>Parameters: {@code headsThreshold}/{@code headsStrict}/{@code headsQuorum} and {@code
 * weightThreshold}/{@code weightStrict}/{@code weightQuorum}; {@code base} for both; and the
 * counting, tie, proxy and delegation options of {@link MajorityRule}.
 */
public final class DoubleMajorityRule extends MotionPreset {

  /** Creates the rule; it holds no state. */
  public DoubleMajorityRule() {}

  @Override
  public String id() {
    return "double-majority";
  }

  @Override
  public String description() {
    return "must pass both by head count and by weight, each with its own threshold and quorum";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return MotionParameters.concat(List.of(
        ParameterSpec.of("headsThreshold", "fraction in [0, 1]", "1/2",
            "the yes share of members needed"),
        ParameterSpec.of("headsStrict", "boolean", "true", "true: more than; false: at least"),
        ParameterSpec.of("headsQuorum", "fraction in [0, 1]", "0",
            "share of all members that must take part"),
        ParameterSpec.of("weightThreshold", "fraction in [0, 1]", "1/2",
            "the yes share of weight needed"),
        ParameterSpec.of("weightStrict", "boolean", "true", "true: more than; false: at least"),
        ParameterSpec.of("weightQuorum", "fraction in [0, 1]", "0",
            "share of all weight that must take part"),
        MotionParameters.BASE),
        List.of(MotionParameters.QUORUM_STRICT, MotionParameters.ABSTENTIONS,
            MotionParameters.BLANKS, MotionParameters.INVALID, MotionParameters.TIE,
            MotionParameters.CASTING_VOTE, MotionParameters.MINIMUM_YES,
            MotionParameters.NON_VOTERS, MotionParameters.BALLOTS, MotionParameters.PROXIES,
            MotionParameters.DELEGATIONS));
  }

  @Override
  protected MotionRule configure(Parameters p, LocalDate date) {
    Base base = p.choice("base", Base.class, Base.VOTES_CAST);
    Threshold half = Threshold.moreThan(Fraction.HALF, base);
    MotionRule defaults = MotionRule.builder().id(id())
        .majority(Majority.ofHeads(half, Quorum.none())).build();
    MotionRule.Builder b = MotionRule.builder().id(id()).description(description())
        .majority(Majority.ofHeads(
            MotionParameters.threshold(p, "headsThreshold", "headsStrict", base, half),
            MotionParameters.quorum(p, "headsQuorum", Quorum.none())))
        .majority(Majority.ofWeight(
            MotionParameters.threshold(p, "weightThreshold", "weightStrict", base, half),
            MotionParameters.quorum(p, "weightQuorum", Quorum.none())));
    MotionParameters.counting(p, b, defaults);
    MotionParameters.ties(p, b, defaults);
    return b.build();
  }
}
