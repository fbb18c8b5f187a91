package io.yishi.core.spi;

import io.yishi.core.electorate.Electorate;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A deliberation method's own procedure: the state it keeps beyond ideas, proposals, comments and
 * ballots, the actions it accepts, and the facts they record. A consultation run with the method
 * holds the state, hands each {@link Action} to {@link #handle}, records the facts it returns,
 * and folds them with {@link #apply}; on replay it folds the stored facts again, so {@code apply}
 * must refuse a fact that could not have followed (the log was altered).
 *
 * <p>Every method is pure: no clock but {@link Context#now()}, no randomness but {@link
 * Context#seed()}, and states are immutable values (a new state per fact), so that one state can
 * be tried and thrown away when an action is refused.
 *
 * @param <S> the type of the procedure's state
 */
public interface Procedure<S> {

  /** {@return the state before any action} */
  S start();

  /** {@return the kind of every action {@link #handle} accepts} */
  Set<String> actions();

  /**
   * Checks an action against the state and returns the facts to record, in order.
   *
   * @param state the current state
   * @param action the action, of one of the {@link #actions()} kinds, already accepted by the
   *     current phase
   * @param context the phase, the time and the seed
   * @return the facts to record, at least one
   * @throws InvalidActionException naming the field, the value and the rule, when the action is
   *     refused; nothing is then recorded
   */
  List<Fact> handle(S state, Action action, Context context);

  /**
   * Folds one fact into the state.
   *
   * @param state the state before the fact
   * @param fact a fact this procedure recorded
   * @return the state after it
   * @throws IllegalArgumentException if the fact could not follow this state
   */
  S apply(S state, Fact fact);

  /**
   * Folds one fact into the state, knowing the phase and the time it was recorded in, the
   * electorate and the installed rules: what a method needs to count again what a fact claims (a
   * vote's decision, a gate's attendance, a deadline's instant) and refuse a fact whose numbers do
   * not follow, so that a rewritten log, even with its hashes recomputed, is refused on replay.
   * The consultation calls this one, when a fact is recorded and on replay; the default calls
   * {@link #apply(Object, Fact)}.
   *
   * @param state the state before the fact
   * @param fact a fact this procedure recorded
   * @param context the phase the fact was recorded in, its time ({@link Context#now()}), the
   *     seed, the parameters, the electorate, the slate and the rules
   * @return the state after it
   * @throws IllegalArgumentException if the fact could not follow this state
   */
  default S apply(S state, Fact fact, Context context) {
    return apply(state, fact);
  }

  /**
   * {@return the facts the passage of time brings by {@code context.now()}}: deadlines that have
   * passed (a topic's period ending, a round running out), in order. The consultation asks before
   * every command, and judges the command against the state after them; a host's scheduler
   * submits {@code check-deadlines} to record them when nothing else happens. The default brings
   * none.
   *
   * @param state the current state
   * @param context the phase, the time and the seed
   */
  default List<Fact> due(S state, Context context) {
    return List.of();
  }

  /**
   * {@return the kinds of action that {@code handle} could accept now, among those the phase
   * lists}; a portal shows these. The default allows every kind the phase lists.
   *
   * @param state the current state
   * @param phase the current phase
   */
  default Set<String> allowed(S state, Phase phase) {
    return phase.commands();
  }

  /**
   * Checks that the consultation may leave {@code from} for the next phase {@code to}, and returns
   * the facts to record before the {@code phase-advanced} event (a stage's gate passing, with the
   * numbers that met it). A method whose phases are gated stages refuses the advance while the
   * gate is unmet. The default allows every advance and records nothing.
   *
   * @param state the current state, after any deadline that has passed
   * @param from the current phase
   * @param to the next phase, the one the command names
   * @param context the phase, the time and the seed
   * @return the facts to record, in order; may be empty
   * @throws InvalidActionException naming {@code advance-phase.to}, the phase and the unmet
   *     condition, when the advance is refused; nothing is then recorded
   */
  default List<Fact> advance(S state, Phase from, Phase to, Context context) {
    return List.of();
  }

  /**
   * {@return whether the state lets the consultation leave {@code phase}}: whether {@link
   * #advance} would accept an advance now. A portal offers {@code advance-phase} only when this
   * is true, and a replayed log that advances when it is false, after the facts {@code advance}
   * recorded, is refused as tampered. The default is always true.
   *
   * @param state the current state, after the facts {@link #advance} returned, if any
   * @param phase the phase to leave
   */
  default boolean mayAdvance(S state, Phase phase) {
    return true;
  }

  /**
   * {@return whether the state records that {@code phase} is complete}: asked after the facts
   * {@link #advance} returned are applied, when an advance is recorded and when a log is
   * replayed, so that a log advancing without them is refused. {@link #mayAdvance} answers the
   * portal's question, which comes before those facts exist. The default is {@link #mayAdvance}.
   *
   * @param state the state after the facts {@link #advance} returned
   * @param phase the phase being left
   */
  default boolean hasCompleted(S state, Phase phase) {
    return mayAdvance(state, phase);
  }

  /**
   * What an action is handled against besides the state.
   *
   * @param phase the current phase's id
   * @param now the time of the action, from the consultation's clock
   * @param seed the consultation's seed, for any lot the procedure draws
   * @param parameters the method's parameters
   * @param electorate the consultation's electorate: who may vote, with what weight
   * @param alternatives the consultation's slate, in order; empty for a motion
   * @param rules finds an installed decision rule by id (a method that counts support or
   *     priorities with a named rule, e.g. {@code owners-major} or {@code dots}); throws
   *     {@link io.yishi.core.plugin.UnknownPluginException} for an id not installed
   */
  record Context(String phase, Instant now, long seed, Parameters parameters,
      Electorate electorate, List<String> alternatives, Function<String, DecisionRule> rules) {}
}
