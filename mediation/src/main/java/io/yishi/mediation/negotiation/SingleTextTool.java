package io.yishi.mediation.negotiation;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.spi.NegotiationTool;
import io.yishi.core.spi.Parameters;

/**
 * The {@code single-text} negotiation tool: replays a scripted {@link SingleTextProblem} through
 * {@link SingleText} and returns the {@link SingleTextOutcome}. No parameters, no lots (the seed
 * is not read). Stateless and thread-safe.
 */
public final class SingleTextTool implements NegotiationTool<SingleTextProblem, SingleTextOutcome> {

  /** The tool's id, {@value}. */
  public static final String ID = "single-text";

  /** Creates the tool; it holds no state. */
  public SingleTextTool() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "a mediator's single text, revised to answer the parties' criticisms until"
        + " every party accepts one version or the rounds run out (Fisher)";
  }

  @Override
  public Class<SingleTextProblem> problemType() {
    return SingleTextProblem.class;
  }

  @Override
  public Class<SingleTextOutcome> resultType() {
    return SingleTextOutcome.class;
  }

  /**
   * Replays the steps and reports how the negotiation ended.
   *
   * @param problem the setup and the steps in order
   * @param parameters must be empty: the procedure has no parameters
   * @param seed not read: the procedure draws no lots
   * @return the outcome with the history and its explanation
   * @throws io.yishi.core.spi.InvalidParameterException if any parameter is given
   * @throws InvalidSingleTextException if a step is refused (the field starts with the step's
   *     place, e.g. {@code steps[4].by}) or the steps stop before the negotiation ends (field
   *     {@code steps}, naming what it waits for)
   */
  @Override
  public SingleTextOutcome negotiate(SingleTextProblem problem, Parameters parameters,
      long seed) {
    checkNotNull(problem, "problem");
    parameters.checkKnown(ID, parameters());
    SingleText ended = problem.replay();
    if (!ended.isEnded()) {
      throw new InvalidSingleTextException("steps", problem.steps().size() + " steps",
          "must carry the negotiation to its end, agreement or the last round; after them: "
              + ended.explanation().get(ended.explanation().size() - 1));
    }
    return SingleTextOutcome.of(ended);
  }
}
