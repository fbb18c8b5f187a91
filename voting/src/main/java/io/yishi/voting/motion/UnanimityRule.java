package io.yishi.voting.motion;

import io.yishi.core.Fraction;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import java.time.LocalDate;
import java.util.List;

/**
 * Id {@code unanimity}: every vote cast is yes, and at least one is. Abstentions and blanks are
 * not votes cast unless the parameters say so; with {@code "base": "present"} everyone taking
 * part must vote yes, with {@code "members"} every member.
 */
public final class UnanimityRule extends MotionPreset {

  /** Creates the rule; it holds no state. */
  public UnanimityRule() {}

  @Override
  public String id() {
    return "unanimity";
  }

  @Override
  public String description() {
    return "every vote cast is yes, and at least one is";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return MotionParameters.concat(List.of(MotionParameters.BASE, MotionParameters.MEASURE),
        List.of(MotionParameters.QUORUM, MotionParameters.QUORUM_STRICT,
            MotionParameters.QUORUM_COUNT, MotionParameters.ABSTENTIONS, MotionParameters.BLANKS,
            MotionParameters.INVALID, MotionParameters.BALLOTS, MotionParameters.PROXIES,
            MotionParameters.DELEGATIONS));
  }

  @Override
  protected MotionRule configure(Parameters p, LocalDate date) {
    Base base = p.choice("base", Base.class, Base.VOTES_CAST);
    MotionRule.Builder b = MotionRule.builder().id(id()).description(description())
        .majority(new Majority(p.choice("measure", Measure.class, Measure.HEADS),
            Threshold.atLeast(Fraction.ONE, base),
            MotionParameters.quorum(p, "quorum", Quorum.none())))
        .minimumYes(1);
    MotionParameters.counting(p, b, b.build());
    return b.build();
  }
}
