package io.yishi.mediation.negotiation;

import java.util.List;

/**
 * A single negotiating text written down as a script: the setup and the steps in the order they
 * were taken. The problem of the {@code single-text} negotiation tool, which replays it into a
 * {@link SingleTextOutcome}; {@link #replay()} gives the {@link SingleText} state, finished or
 * not.
 *
 * <p>As JSON, each step with its type name ({@link SingleTextStep#kind()}):
 *
 * <pre>{@code
 * {"mediator": "Zhou", "parties": ["Wang", "Li"], "maxRounds": 5,
 *  "steps": [
 *    {"type": "propose-text", "by": "Zhou", "text": "Quiet hours 21:00-07:00 in flat 502."},
 *    {"type": "accept-text", "by": "Wang", "version": 1},
 *    {"type": "criticise-text", "by": "Li", "version": 1, "text": "My mother sleeps at 20:30."},
 *    {"type": "revise-text", "by": "Zhou", "answers": ["c1"],
 *     "text": "Quiet hours 20:30-07:00 in flat 502."},
 *    {"type": "accept-text", "by": "Wang", "version": 2},
 *    {"type": "accept-text", "by": "Li", "version": 2}]}
 * }</pre>
 *
 * <p>The constructor checks the setup by {@link SingleText#start}'s rules; the steps are judged
 * when replayed.
 *
 * @param mediator the mediator's name, not blank, not one of the parties
 * @param parties the parties' names, at least two, distinct and not blank
 * @param maxRounds the most rounds of responses, at least 1
 * @param steps the steps in the order they were taken; may be empty
 */
public record SingleTextProblem(String mediator, List<String> parties, int maxRounds,
    List<SingleTextStep> steps) {

  /**
   * Checks the setup and copies the lists.
   *
   * @param mediator the mediator's name, not blank, not one of the parties
   * @param parties the parties' names, at least two, distinct and not blank
   * @param maxRounds the most rounds of responses, at least 1
   * @param steps the steps in the order they were taken
   * @throws InvalidSingleTextException naming {@code mediator}, {@code parties} or {@code
   *     maxRounds} if the setup breaks {@link SingleText#start}'s rules
   */
  public SingleTextProblem {
    SingleText.start(mediator, parties, maxRounds);
    parties = List.copyOf(parties);
    steps = List.copyOf(steps);
  }

  /**
   * Takes the steps in order from the start.
   *
   * @return the negotiation after the last step, ended or not
   * @throws InvalidSingleTextException if a step is refused; the field starts with the step's
   *     place, e.g. {@code steps[4].by}, and the rest is the state's
   */
  public SingleText replay() {
    SingleText state = SingleText.start(mediator, parties, maxRounds);
    for (int i = 0; i < steps.size(); i++) {
      try {
        state = state.apply(steps.get(i));
      } catch (InvalidSingleTextException e) {
        String field = e.field();
        int dot = field.indexOf('.');
        throw new InvalidSingleTextException(
            "steps[" + i + "]" + (dot < 0 ? "" : field.substring(dot)), e.value().orElse(null),
            e.rule() + " (" + steps.get(i).kind() + ")", e);
      }
    }
    return state;
  }
}
