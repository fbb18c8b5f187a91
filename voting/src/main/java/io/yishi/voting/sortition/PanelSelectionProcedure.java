package io.yishi.voting.sortition;

import io.yishi.core.spi.Action;
import io.yishi.core.spi.Fact;
import io.yishi.core.spi.InvalidActionException;
import io.yishi.core.spi.Phase;
import io.yishi.core.spi.Procedure;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The procedure of {@link PanelSelectionMethod}: one draw per consultation. {@link #apply} re-runs
 * the draw of every fact it folds, live and on replay, so a log holds only draws that re-run.
 */
final class PanelSelectionProcedure implements Procedure<PanelSelectionProcedure.State> {

  /**
   * The procedure's state: the panel drawn, or none yet.
   *
   * @param drawn the fact of the draw, or null before it
   */
  record State(@Nullable PanelDrawn drawn) {}

  private static final State NOT_DRAWN = new State(null);

  @Override
  public State start() {
    return NOT_DRAWN;
  }

  @Override
  public Set<String> actions() {
    return Set.of(DrawPanel.KIND);
  }

  @Override
  public List<Fact> handle(State state, Action action, Context context) {
    DrawPanel d = (DrawPanel) action;
    PanelDrawn earlier = state.drawn();
    if (earlier != null) {
      throw new InvalidActionException(DrawPanel.KIND + ".kind", DrawPanel.KIND, "the panel of"
          + " this consultation was drawn already (" + describe(earlier.draw()) + "); a draw is"
          + " final and is not repeated");
    }
    if (d.tickets() < 1) {
      throw new InvalidActionException(DrawPanel.KIND + ".tickets", d.tickets(),
          "must be at least 1");
    }
    LotteryDraw draw;
    try {
      draw = LotteryDraw.draw(d.problem(), d.distribution(), d.tickets(), d.seed());
    } catch (IllegalArgumentException e) {
      throw new InvalidActionException(DrawPanel.KIND + ".distribution",
          d.distribution().algorithm(), "must be computed for the problem given: "
          + e.getMessage());
    }
    return List.of(new PanelDrawn(d.by(), d.problem(), d.distribution(), draw));
  }

  /**
   * Folds a draw in, after re-running it.
   *
   * @throws IllegalArgumentException if a panel was drawn already
   * @throws TamperedDrawException if the draw does not re-run to the record
   */
  @Override
  public State apply(State state, Fact fact) {
    if (!(fact instanceof PanelDrawn f)) {
      throw new IllegalArgumentException("fact " + fact.type() + " is not one of method "
          + PanelSelectionMethod.ID);
    }
    PanelDrawn earlier = state.drawn();
    if (earlier != null) {
      throw new IllegalArgumentException("a second panel-drawn: the panel was drawn already ("
          + describe(earlier.draw()) + ")");
    }
    f.draw().verify(f.problem(), f.distribution());
    return new State(f);
  }

  @Override
  public Set<String> allowed(State state, Phase phase) {
    return state.drawn() == null ? phase.commands() : Set.of();
  }

  private static String describe(LotteryDraw draw) {
    return "ticket " + draw.ticket() + " of " + draw.tickets() + " from seed " + draw.seed();
  }
}
