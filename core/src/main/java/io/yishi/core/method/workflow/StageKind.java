package io.yishi.core.method.workflow;

/**
 * What happens in a stage of a workflow, which decides the actions it accepts and the gate it
 * may have. In JSON the kinds are written in lower case: {@code "deliberation"}, {@code
 * "decision"}, {@code "disclosure"}.
 */
public enum StageKind {
  /**
   * A stage where a plan is proposed, opinions are gathered and a body discusses it, with minutes;
   * contested points may be put to a vote, which informs but does not gate (RULES.md §3.3 steps
   * 1–2).
   */
  DELIBERATION,
  /**
   * A stage where a body meets and votes on the plan: the gate is an adopted vote on the plan's
   * current revision, counted with the stage's decision rule, at a meeting with the required
   * attendance (RULES.md §3.3 steps 3–4).
   */
  DECISION,
  /**
   * A stage where something is made public for a minimum period: the gate is a published notice
   * whose period has ended (RULES.md §3.3 steps 5–6).
   */
  DISCLOSURE
}
