package io.yishi.voting.sortition;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.community.ResidentId;
import io.yishi.core.spi.Action;

/**
 * The final draw of a selection by lot, as an action of a consultation run with {@link
 * PanelSelectionMethod} (kind {@code draw-panel}, also its JSON type name): submit it as {@code
 * new Command.Act(drawPanel)}. The consultation draws with {@link LotteryDraw#draw} and records
 * a {@link PanelDrawn} fact holding the problem, the distribution and the draw, so that anyone
 * holding the log can re-run the draw.
 *
 * <p>The constructor only refuses nulls, as every action's does; the rules are checked when the
 * action is handled, and a breach is refused with an {@link
 * io.yishi.core.spi.InvalidActionException} naming the field ({@code draw-panel.tickets}, {@code
 * draw-panel.distribution}, {@code draw-panel.kind}), the value and the rule, recording nothing.
 *
 * <p>The seed is part of the action rather than the consultation's seed: a real draw uses one
 * chosen in public when the draw takes place (e.g. from a lottery result), after the
 * distribution is published. It is recorded in the fact's {@link LotteryDraw#seed()}, so replay
 * needs nothing outside the log.
 *
 * @param by the resident who draws, e.g. the committee member presiding over the draw
 * @param problem the problem the distribution was computed for, as published
 * @param distribution the distribution to draw from, as published; computed for {@code problem}
 * @param tickets M, the number of lottery tickets, ≥ 1; 1,000 is customary
 * @param seed the seed of the draw, any value
 */
public record DrawPanel(ResidentId by, SortitionProblem problem, PanelDistribution distribution,
    int tickets, long seed) implements Action {

  /** The action's kind and JSON type name, {@code "draw-panel"}. */
  public static final String KIND = "draw-panel";

  /**
   * Refuses nulls; the tickets and the distribution are checked when the action is handled.
   *
   * @param by the resident who draws
   * @param problem the problem the distribution was computed for
   * @param distribution the distribution to draw from
   * @param tickets M, the number of lottery tickets, ≥ 1
   * @param seed the seed of the draw, any value
   * @throws NullPointerException if {@code by}, {@code problem} or {@code distribution} is null
   */
  public DrawPanel {
    checkNotNull(by, "by");
    checkNotNull(problem, "problem");
    checkNotNull(distribution, "distribution");
  }

  /** {@return {@code "draw-panel"}} */
  @Override
  public String kind() {
    return KIND;
  }
}
