package io.yishi.voting.motion;

import io.yishi.core.Fraction;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import java.time.LocalDate;
import java.util.List;

/**
 * Robert's Rules of Order Newly Revised (12th ed.) votes (RULES.md §4): the share is of the votes
 * cast by members entitled to vote, leaving out blanks and abstentions; an illegal (invalid)
 * ballot by an entitled voter is counted among the votes cast; a tie on a majority vote fails.
 * The quorum defaults to a majority of the entire membership, the rule when the bylaws are
 * silent; {@code quorum}, {@code quorumStrict} and {@code quorumCount} set the bylaws' own.
 */
public abstract class RobertsRule extends MotionPreset {

  /** For the two presets. */
  RobertsRule() {}

  /** {@return the threshold of votes cast} */
  abstract Threshold threshold();

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.of("quorum", "fraction in [0, 1]", "1/2",
            "share of all members that must be present (the bylaws' quorum)"),
        ParameterSpec.of("quorumStrict", "boolean", "true",
            "true: more than the quorum share (a majority of the membership); false: at least"),
        MotionParameters.QUORUM_COUNT, MotionParameters.BALLOTS, MotionParameters.PROXIES);
  }

  @Override
  protected MotionRule configure(Parameters p, LocalDate date) {
    MotionRule.Builder b = MotionRule.builder().id(id()).description(description())
        .majority(Majority.ofHeads(threshold(), MotionParameters.quorum(p, "quorum",
            Quorum.participation(Fraction.HALF, true))))
        .abstentions(Treatment.NOT_CAST)
        .blanks(Treatment.NOT_CAST)
        .invalid(Treatment.CAST)
        .tie(TiePolicy.FAILS)
        .note("Robert's Rules of Order Newly Revised: " + threshold().describe() + " by members"
            + " entitled to vote, blanks and abstentions left out, illegal ballots counted; a tie"
            + " fails");
    MotionParameters.counting(p, b, b.build());
    return b.build();
  }

  /** Id {@code roberts-majority}: more than half of the votes cast. */
  public static final class MajorityVote extends RobertsRule {

    /** Creates the rule; it holds no state. */
    public MajorityVote() {}

    @Override
    public String id() {
      return "roberts-majority";
    }

    @Override
    public String description() {
      return "Robert's Rules majority vote: more than half of the votes cast; a tie fails;"
          + " quorum a majority of members";
    }

    @Override
    Threshold threshold() {
      return Threshold.moreThan(Fraction.HALF, Base.VOTES_CAST);
    }
  }

  /** Id {@code roberts-two-thirds}: at least two-thirds of the votes cast. */
  public static final class TwoThirdsVote extends RobertsRule {

    /** Creates the rule; it holds no state. */
    public TwoThirdsVote() {}

    @Override
    public String id() {
      return "roberts-two-thirds";
    }

    @Override
    public String description() {
      return "Robert's Rules two-thirds vote: at least two-thirds of the votes cast; quorum a"
          + " majority of members";
    }

    @Override
    Threshold threshold() {
      return Threshold.atLeast(Fraction.TWO_THIRDS, Base.VOTES_CAST);
    }
  }
}
