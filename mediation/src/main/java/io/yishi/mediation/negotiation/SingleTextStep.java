package io.yishi.mediation.negotiation;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * One step of a single negotiating text, as a value: what {@link SingleText}'s step methods do,
 * written down so that a negotiation can be scripted, stored and replayed ({@link
 * SingleTextProblem}). Each kind's {@link #kind()} is also its JSON type name.
 *
 * <p>The records only refuse nulls; whether a step is allowed (who takes it, in which state, on
 * which version, answering which criticisms) is checked by {@link #applyTo}, which refuses it
 * with an {@link InvalidSingleTextException} naming the field, the value and the rule.
 */
public sealed interface SingleTextStep {

  /** {@return who takes the step: the mediator, or one of the parties} */
  String by();

  /** {@return the step's kind, also its JSON type name, e.g. {@code "criticise-text"}} */
  String kind();

  /**
   * Takes this step in a negotiation.
   *
   * @param state the negotiation before the step
   * @return the negotiation after it; {@code state} is unchanged
   * @throws InvalidSingleTextException if the state refuses the step
   */
  SingleText applyTo(SingleText state);

  /**
   * The mediator puts the first text on the table: {@link SingleText#propose}. JSON type name
   * {@code "propose-text"}.
   *
   * @param by the mediator
   * @param text the first text, not blank
   */
  record Propose(String by, String text) implements SingleTextStep {
    /**
     * Creates the step.
     *
     * @param by the mediator
     * @param text the first text, not blank
     */
    public Propose {
      checkNotNull(by, "by");
      checkNotNull(text, "text");
    }

    @Override
    public String kind() {
      return "propose-text";
    }

    @Override
    public SingleText applyTo(SingleText state) {
      return state.propose(by, text);
    }
  }

  /**
   * A party accepts the current text as it stands: {@link SingleText#accept}. JSON type name
   * {@code "accept-text"}.
   *
   * @param by the party
   * @param version the number of the version accepted, which must be the current one
   */
  record Accept(String by, int version) implements SingleTextStep {
    /**
     * Creates the step.
     *
     * @param by the party
     * @param version the number of the version accepted, which must be the current one
     */
    public Accept {
      checkNotNull(by, "by");
    }

    @Override
    public String kind() {
      return "accept-text";
    }

    @Override
    public SingleText applyTo(SingleText state) {
      return state.accept(by, version);
    }
  }

  /**
   * A party criticises the current text: {@link SingleText#criticise}. The criticism is numbered
   * by the state ({@code c1}, {@code c2}, … in the order given). JSON type name {@code
   * "criticise-text"}.
   *
   * @param by the party
   * @param version the number of the version criticised, which must be the current one
   * @param text what the party objects to and why, not blank
   */
  record Criticise(String by, int version, String text) implements SingleTextStep {
    /**
     * Creates the step.
     *
     * @param by the party
     * @param version the number of the version criticised, which must be the current one
     * @param text what the party objects to and why, not blank
     */
    public Criticise {
      checkNotNull(by, "by");
      checkNotNull(text, "text");
    }

    @Override
    public String kind() {
      return "criticise-text";
    }

    @Override
    public SingleText applyTo(SingleText state) {
      return state.criticise(by, version, text);
    }
  }

  /**
   * The mediator revises the text, naming the criticisms the revision answers: {@link
   * SingleText#revise}. JSON type name {@code "revise-text"}.
   *
   * @param by the mediator
   * @param answers the ids of the criticisms of the current version that the revision answers,
   *     at least one
   * @param text the revised text, not blank and not the current text
   */
  record Revise(String by, List<String> answers, String text) implements SingleTextStep {
    /**
     * Copies the answers.
     *
     * @param by the mediator
     * @param answers the ids of the criticisms the revision answers
     * @param text the revised text
     */
    public Revise {
      checkNotNull(by, "by");
      answers = List.copyOf(answers);
      checkNotNull(text, "text");
    }

    @Override
    public String kind() {
      return "revise-text";
    }

    @Override
    public SingleText applyTo(SingleText state) {
      return state.revise(by, answers, text);
    }
  }
}
