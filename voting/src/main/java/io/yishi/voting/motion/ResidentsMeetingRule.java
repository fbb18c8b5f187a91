package io.yishi.voting.motion;

import io.yishi.core.Fraction;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import java.time.LocalDate;
import java.util.List;

/**
 * Id {@code residents-meeting}: a residents' meeting under the Urban Residents Committee
 * Organization Law (2018 text, arts. 9–10; RULES.md §3.2). The meeting may be held only if more
 * than half of its members are present — all residents aged 18 or over, one representative per
 * household, or two or three representatives per residents' group, whichever form is used (build
 * the electorate accordingly) — and a decision needs more than half of those present
 * ("由出席人的过半数通过"): abstentions and present members who do not vote count against.
 * Record a present member who does not vote as an abstention.
 *
 * <p>The law was revised on 2025-10-28 with effect from {@link #REVISED_LAW_IN_FORCE}; the
 * quorum and decision articles of the revised text could not be verified [U]. This preset
 * therefore applies the 2018 wording ({@code "wording": "2018"}, the only value), and a
 * decision dated on or after 2026-01-01 says so in its notes, so that nobody mistakes it for the
 * revised rule.
 */
public final class ResidentsMeetingRule extends MotionPreset {

  /** The day the revised Urban Residents Committee Organization Law takes effect. */
  public static final LocalDate REVISED_LAW_IN_FORCE = LocalDate.of(2026, 1, 1);

  private static final ParameterSpec WORDING = ParameterSpec.of("wording", "2018", "2018",
      "which text of the law the preset applies; the revised text (in force 2026-01-01) is not"
          + " yet encoded");

  /** Creates the rule; it holds no state. */
  public ResidentsMeetingRule() {}

  @Override
  public String id() {
    return "residents-meeting";
  }

  @Override
  public String description() {
    return "residents' meeting (Urban Residents Committee Organization Law 2018 arts. 9-10):"
        + " more than half present, adopted by more than half of those present";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(WORDING, MotionParameters.BALLOTS);
  }

  @Override
  protected MotionRule configure(Parameters p, LocalDate date) {
    String wording = p.text(WORDING.name(), "2018");
    if (!wording.equals("2018")) {
      throw new InvalidParameterException(WORDING.name(), wording, "must be \"2018\"; the"
          + " revised law's quorum and decision articles are not yet encoded");
    }
    MotionRule.Builder b = MotionRule.builder().id(id()).description(description())
        .majority(Majority.ofHeads(Threshold.moreThan(Fraction.HALF, Base.PRESENT),
            Quorum.participation(Fraction.HALF, true)))
        .note("Urban Residents Committee Organization Law (2018) art. 9: the meeting needs more"
            + " than half of its members present; decisions by more than half of those present");
    if (!date.isBefore(REVISED_LAW_IN_FORCE)) {
      b.note("decided on " + date + ", when the revised law (in force " + REVISED_LAW_IN_FORCE
          + ") applies; this preset applies the 2018 wording because the revised quorum and"
          + " decision articles are not yet verified — check them before relying on it");
    }
    MotionRule defaults = b.build();
    MotionParameters.counting(p, b, defaults);
    return b.build();
  }
}
