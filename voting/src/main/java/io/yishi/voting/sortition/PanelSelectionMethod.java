package io.yishi.voting.sortition;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.consultation.Command;
import io.yishi.core.consultation.Consultation;
import io.yishi.core.consultation.ConsultationId;
import io.yishi.core.consultation.ConsultationSpec;
import io.yishi.core.consultation.ConsultationState;
import io.yishi.core.electorate.Electorate;
import io.yishi.core.electorate.Member;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.electorate.Scope;
import io.yishi.core.electorate.Weighting;
import io.yishi.core.issue.Category;
import io.yishi.core.issue.Issue;
import io.yishi.core.issue.IssueId;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.DecisionRule;
import io.yishi.core.spi.DeliberationMethod;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Phase;
import io.yishi.core.spi.Procedure;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The final draw of a selection by lot, recorded in a consultation's hash-chained log so that
 * anyone can re-run it (RULES.md section 5, step 8); id {@code panel-selection}. A consultation
 * run with it takes no vote ({@link DecisionRule#NONE}) and has one phase, {@code draw}, which
 * accepts one {@link DrawPanel} action; the draw is recorded as a {@link PanelDrawn} fact holding
 * who drew, the problem, the distribution and the {@link LotteryDraw}. The method takes no
 * parameters.
 *
 * <p>A second draw in the same consultation is refused: a draw is final. On {@link
 * Consultation#replay} every recorded draw is re-run from its problem, distribution, tickets and
 * seed, and a log whose draw differs from the re-run (other members, ticket, tickets or digests,
 * even with the hashes recomputed) is refused with a {@link
 * io.yishi.core.consultation.TamperedLogException} carrying the {@link TamperedDrawException}'s
 * message, e.g. {@code draw.members: does not match a re-run of the draw}.
 *
 * <pre>{@code
 * Consultation c = PanelSelectionMethod.record(new ConsultationId("council-2025"),
 *     "Residents' council 2025", new DrawPanel(li, problem, distribution, 1000, 20250601L),
 *     clock, PluginRegistry.load());
 * List<String> members = PanelSelectionMethod.drawn(c.state()).orElseThrow().draw().members();
 * String stored = YishiJson.mapper().writeValueAsString(c.log());
 * }</pre>
 *
 * <p>Registered in {@code META-INF/services/io.yishi.core.spi.DeliberationMethod}; holds no
 * state, so one instance may serve many threads.
 */
public final class PanelSelectionMethod implements DeliberationMethod {

  /** The method's id, {@code "panel-selection"}. */
  public static final String ID = "panel-selection";

  /** Creates the method; it holds no state. */
  public PanelSelectionMethod() {}

  /** {@return {@code "panel-selection"}} */
  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "the final draw of a selection by lot, recorded so that anyone can re-run it";
  }

  /**
   * {@return the one phase, {@code draw}, accepting {@code draw-panel}}
   *
   * @param parameters the method's parameters, always empty: it takes none
   */
  @Override
  public List<Phase> phases(Parameters parameters) {
    return List.of(Phase.of("draw", "the panel is drawn by lottery from the published"
        + " distribution, once", DrawPanel.KIND));
  }

  /**
   * {@return the procedure: its action is {@link DrawPanel}, its fact {@link PanelDrawn}; read
   * its state with {@link #drawn}}
   *
   * @param parameters the method's parameters, always empty: it takes none
   */
  @Override
  public Procedure<?> procedure(Parameters parameters) {
    return new PanelSelectionProcedure();
  }

  /**
   * Opens a consultation run with this method and records one draw in it. The consultation takes
   * no vote; its electorate is the resident who draws, and its issue has the consultation's id
   * and title, in category {@code panel-selection}.
   *
   * @param id the consultation's id, e.g. {@code council-2025}
   * @param title a title for people, not blank
   * @param draw the draw: who draws, the problem, the distribution, tickets ≥ 1 and the seed
   * @param clock the source of every timestamp in the log
   * @param registry where the {@code panel-selection} method is found
   * @return the consultation, at version 2: opened, then {@code panel-drawn}
   * @throws io.yishi.core.spi.InvalidActionException naming {@code draw-panel.tickets} if the
   *     tickets are fewer than 1, or {@code draw-panel.distribution} if the distribution was not
   *     computed for the problem
   * @throws io.yishi.core.plugin.UnknownPluginException if the method is not in the registry
   * @throws IllegalArgumentException if the title is blank
   */
  public static Consultation record(ConsultationId id, String title, DrawPanel draw, Clock clock,
      PluginRegistry registry) {
    checkNotNull(id, "id");
    checkNotNull(title, "title");
    checkNotNull(draw, "draw");
    Consultation c = Consultation.open(ConsultationSpec.builder()
        .id(id)
        .title(title)
        .issue(new Issue(new IssueId(id.value()), title, Category.of(ID), Scope.community()))
        .method(ID)
        .rule(DecisionRule.NONE)
        .electorate(Electorate.of(Weighting.PER_PERSON, List.of(Member.of(MemberId.of(
            draw.by())))))
        .build(), clock, registry);
    c.submit(new Command.Act(draw));
    return c;
  }

  /**
   * {@return the draw recorded in a consultation run with this method, or empty before it}
   *
   * @param state the consultation's state, e.g. {@code consultation.state()}
   * @throws IllegalArgumentException if the consultation is run with another method
   */
  public static Optional<PanelDrawn> drawn(ConsultationState state) {
    checkNotNull(state, "state");
    checkArgument(state.method().equals(ID), "consultation %s: is run with '%s', not '%s'",
        state.id(), state.method(), ID);
    Object s = state.methodState().orElseThrow();
    return Optional.ofNullable(((PanelSelectionProcedure.State) s).drawn());
  }
}
