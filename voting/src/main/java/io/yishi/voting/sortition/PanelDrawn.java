package io.yishi.voting.sortition;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.community.ResidentId;
import io.yishi.core.spi.Fact;

/**
 * The fact a consultation run with {@link PanelSelectionMethod} records when the panel is drawn
 * (type {@code panel-drawn}, also its JSON type name): who drew, the problem and the
 * distribution as they were drawn from, and the {@link LotteryDraw} record. Anyone holding the
 * log re-runs the draw with {@code draw().verify(problem(), distribution())}; replaying the log
 * does exactly that, so a log whose draw was altered, even with its hashes recomputed, is
 * refused.
 *
 * <p>The constructor only refuses nulls: a fact read from a stored log is judged on replay, where
 * a mismatch is reported as a tampered log at this fact's position.
 *
 * @param by the resident who drew, as in the {@link DrawPanel} action
 * @param problem the problem the distribution was computed for: pool, quotas, panel size, rule
 * @param distribution the distribution drawn from
 * @param draw the record of the draw: digests of both, tickets, seed, ticket, panel and members
 */
public record PanelDrawn(ResidentId by, SortitionProblem problem,
    PanelDistribution distribution, LotteryDraw draw) implements Fact {

  /** The fact's type name, {@code "panel-drawn"}. */
  public static final String TYPE = "panel-drawn";

  /**
   * Refuses nulls.
   *
   * @param by the resident who drew
   * @param problem the problem the distribution was computed for
   * @param distribution the distribution drawn from
   * @param draw the record of the draw
   * @throws NullPointerException if a part is null
   */
  public PanelDrawn {
    checkNotNull(by, "by");
    checkNotNull(problem, "problem");
    checkNotNull(distribution, "distribution");
    checkNotNull(draw, "draw");
  }

  /** {@return {@code "panel-drawn"}} */
  @Override
  public String type() {
    return TYPE;
  }
}
