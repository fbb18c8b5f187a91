package io.yishi.voting.motion;

import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import java.time.LocalDate;
import java.util.List;

/**
 * Id {@code consent}: adopted unless someone objects. A "no" is an objection that blocks; yes,
 * abstentions and silence let the motion pass. Parameter {@code objections} tolerates that many
 * (default 0); a quorum may be set as for {@link MajorityRule}.
 */
public final class ConsentRule extends MotionPreset {

  private static final ParameterSpec OBJECTIONS = ParameterSpec.of("objections", "integer >= 0",
      "0", "objections tolerated before the motion is blocked");

  /** Creates the rule; it holds no state. */
  public ConsentRule() {}

  @Override
  public String id() {
    return "consent";
  }

  @Override
  public String description() {
    return "adopted unless someone objects (a no blocks)";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(OBJECTIONS, MotionParameters.MEASURE, MotionParameters.QUORUM,
        MotionParameters.QUORUM_STRICT, MotionParameters.QUORUM_COUNT, MotionParameters.BALLOTS,
        MotionParameters.PROXIES, MotionParameters.DELEGATIONS);
  }

  @Override
  protected MotionRule configure(Parameters p, LocalDate date) {
    long tolerated = p.integer(OBJECTIONS.name(), 0);
    if (tolerated < 0) {
      throw new InvalidParameterException(OBJECTIONS.name(), tolerated, "must be >= 0");
    }
    MotionRule.Builder b = MotionRule.builder().id(id()).description(description())
        .consent(tolerated);
    Quorum quorum = MotionParameters.quorum(p, "quorum", Quorum.none());
    if (!quorum.isNone()) {
      // Consent needs no yes share; the majority only carries the quorum and shows the turnout.
      b.majority(new Majority(p.choice("measure", Measure.class, Measure.HEADS),
          Threshold.none(), quorum));
    }
    MotionParameters.counting(p, b, b.build());
    return b.build();
  }
}
