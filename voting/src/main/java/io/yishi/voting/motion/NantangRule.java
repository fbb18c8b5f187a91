package io.yishi.voting.motion;

import io.yishi.core.Fraction;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import java.time.LocalDate;
import java.util.List;

/**
 * Id {@code nantang-majority}: the voting rule of the Nantang rules (南塘议事规则, rule 13;
 * RULES.md §3.6): a motion passes if more vote for than against; a tie does not pass;
 * abstentions are not counted (the chair does not even call for them). Blank and invalid
 * ballots are likewise left out. The thirteen rules set no quorum; the meeting's own quorum may
 * be given with {@code quorum} or {@code quorumCount}. The wording of rules 2–13 is not verified
 * [U]; the substance encoded here agrees with Yuan Tianpeng's twelve principles.
 */
public final class NantangRule extends MotionPreset {

  /** Creates the rule; it holds no state. */
  public NantangRule() {}

  @Override
  public String id() {
    return "nantang-majority";
  }

  @Override
  public String description() {
    return "Nantang rules: more yes than no among those voting; abstentions not counted; a tie"
        + " fails";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(MotionParameters.QUORUM, MotionParameters.QUORUM_STRICT,
        MotionParameters.QUORUM_COUNT, MotionParameters.BALLOTS);
  }

  @Override
  protected MotionRule configure(Parameters p, LocalDate date) {
    MotionRule.Builder b = MotionRule.builder().id(id()).description(description())
        .majority(Majority.ofHeads(Threshold.moreThan(Fraction.HALF, Base.VOTES_CAST),
            MotionParameters.quorum(p, "quorum", Quorum.none())))
        .abstentions(Treatment.NOT_CAST)
        .blanks(Treatment.NOT_CAST)
        .invalid(Treatment.NOT_CAST)
        .tie(TiePolicy.FAILS)
        .note("Nantang rules, rule 13: passes if more vote for than against; a tie does not"
            + " pass; abstentions are not counted");
    MotionParameters.counting(p, b, b.build());
    return b.build();
  }
}
