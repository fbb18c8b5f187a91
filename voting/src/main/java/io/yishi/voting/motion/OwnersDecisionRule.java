package io.yishi.voting.motion;

import io.yishi.core.Fraction;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import java.time.LocalDate;
import java.util.List;

/**
 * Owners' joint decision under Civil Code art. 278 (RULES.md §3.1): a double majority by owners
 * and by exclusive floor area, with a participation gate on both.
 *
 * <ul>
 *   <li>Participation (all nine items): the owners taking part in the vote hold at least 2/3 of
 *       all exclusive area and are at least 2/3 of all owners ("三分之二以上", inclusive); missing
 *       either leaves the matter not decided.
 *   <li>Major matters, items 6–8 (raise maintenance funds; rebuild or renovate; change the use
 *       of common parts or use them for business): at least 3/4 of the participating area and at
 *       least 3/4 of the participating owners agree ({@code owners-major}).
 *   <li>Ordinary matters, items 1–5 and 9 (including <em>using</em> the maintenance fund): more
 *       than half of the participating area and more than half of the participating owners agree
 *       ("过半数": exactly half fails) ({@code owners-ordinary}).
 * </ul>
 *
 * <p>Use it with {@link io.yishi.core.electorate.Electorate#owners}, which counts owners as SPC
 * interpretation art. 9 requires. Every returned ballot takes part and every ballot other than
 * yes counts as not agreeing. Points the statute leaves open [U] are parameters with documented
 * defaults: whether blank and invalid ballots take part ({@code blanks}, {@code invalid}: {@code
 * not-cast} = they take part, the default; {@code ignored} = as if not returned), and whether
 * non-voters are counted with the majority ({@code nonVotersFollowMajority}, off; its validity
 * under art. 278 is contested). Proxies (Property Management Regulations art. 12) are allowed.
 */
public abstract class OwnersDecisionRule extends MotionPreset {

  private static final String SOURCE = "Civil Code art. 278: participation of at least 2/3 of"
      + " all exclusive area and at least 2/3 of all owners; ";

  /** For the two presets. */
  OwnersDecisionRule() {}

  /** {@return the threshold on the participating area and owners} */
  abstract Threshold threshold();

  /** {@return the legal note printed with every decision} */
  abstract String note();

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.of("blanks", "not-cast | ignored", "not-cast",
            "not-cast: a blank returned ballot takes part without agreeing; ignored: as if not"
                + " returned [U]"),
        ParameterSpec.of("invalid", "not-cast | ignored", "not-cast",
            "not-cast: an invalid returned ballot takes part without agreeing; ignored: as if not"
                + " returned [U]"),
        MotionParameters.NON_VOTERS, MotionParameters.BALLOTS, MotionParameters.PROXIES);
  }

  @Override
  protected MotionRule configure(Parameters p, LocalDate date) {
    Quorum gate = Quorum.participation(Fraction.TWO_THIRDS, false);
    MotionRule.Builder b = MotionRule.builder().id(id()).description(description())
        .majority(Majority.ofHeads(threshold(), gate))
        .majority(Majority.ofWeight(threshold(), gate))
        .abstentions(Treatment.NOT_CAST)
        .blanks(ownersTreatment(p, "blanks"))
        .invalid(ownersTreatment(p, "invalid"))
        .note(SOURCE + note());
    MotionRule defaults = b.build();
    MotionParameters.counting(p, b, defaults);
    return b.build();
  }

  private static Treatment ownersTreatment(Parameters p, String name) {
    Treatment t = p.choice(name, Treatment.class, Treatment.NOT_CAST);
    if (t == Treatment.CAST) {
      throw new io.yishi.core.spi.InvalidParameterException(name, "cast",
          "must be not-cast or ignored: the owners' base is those taking part, not votes cast");
    }
    return t;
  }

  /** Id {@code owners-major}: items 6–8 of Civil Code art. 278. */
  public static final class Major extends OwnersDecisionRule {

    /** Creates the rule; it holds no state. */
    public Major() {}

    @Override
    public String id() {
      return "owners-major";
    }

    @Override
    public String description() {
      return "owners' major matter (Civil Code art. 278 items 6-8): >= 3/4 of participating area"
          + " and owners, participation >= 2/3 of both";
    }

    @Override
    Threshold threshold() {
      return Threshold.atLeast(Fraction.THREE_QUARTERS, Base.PRESENT);
    }

    @Override
    String note() {
      return "major matter (items 6-8) needs at least 3/4 of the participating area and of the"
          + " participating owners";
    }
  }

  /** Id {@code owners-ordinary}: items 1–5 and 9 of Civil Code art. 278. */
  public static final class Ordinary extends OwnersDecisionRule {

    /** Creates the rule; it holds no state. */
    public Ordinary() {}

    @Override
    public String id() {
      return "owners-ordinary";
    }

    @Override
    public String description() {
      return "owners' ordinary matter (Civil Code art. 278 items 1-5, 9): > 1/2 of participating"
          + " area and owners, participation >= 2/3 of both";
    }

    @Override
    Threshold threshold() {
      return Threshold.moreThan(Fraction.HALF, Base.PRESENT);
    }

    @Override
    String note() {
      return "ordinary matter (items 1-5, 9) needs more than half of the participating area and"
          + " of the participating owners; exactly half is not enough";
    }
  }
}
