package io.yishi.core.method.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One stage of a workflow: who acts in it, what kind of work it is, and the gate it must pass.
 * Each stage is one phase of the consultation, with the stage's id as the phase id.
 *
 * @param id the stage's id, lower-case words joined by hyphens, e.g. {@code "review"}
 * @param name the stage's name for people, e.g. {@code "党员大会审议 — review by the Party
 *     members' meeting"}
 * @param kind what happens in the stage
 * @param actor the role or body that acts for the stage (submits the plan, keeps the minutes,
 *     holds the vote, publishes), lower-case words joined by hyphens, e.g. {@code
 *     "party-organisation"}; the method's {@code actors} parameter may name the residents who hold
 *     it
 * @param gate what the stage must show before the workflow moves on
 */
public record Stage(String id, String name, StageKind kind, String actor, Gate gate) {

  /**
   * Checks the parts and that the gate fits the kind.
   *
   * @param id the stage's id, lower-case words joined by hyphens, e.g. {@code "review"}
   * @param name the stage's name for people, e.g. {@code "党员大会审议 — review by the Party members'
   *     meeting"}
   * @param kind what happens in the stage
   * @param actor the role or body that acts for the stage (submits the plan, keeps the minutes,
   *     holds the vote, publishes), lower-case words joined by hyphens, e.g. {@code
   *     "party-organisation"}; the method's {@code actors} parameter may name the residents who
   *     hold it
   * @param gate what the stage must show before the workflow moves on
   * @throws IllegalArgumentException if an id is malformed, the name is blank, a disclosure stage
   *     has anything but a publication period in its gate, a decision stage has no vote, or a
   *     publication period is given outside a disclosure stage
   */
  public Stage {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(kind, "kind");
    checkNotNull(actor, "actor");
    checkNotNull(gate, "gate");
    checkArgument(isId(id), "stage.id: must be lower-case words joined by hyphens, was '%s'", id);
    checkArgument(!name.isBlank(), "stage %s: name must not be blank", id);
    checkArgument(isId(actor),
        "stage %s: actor must be lower-case words joined by hyphens, was '%s'", id, actor);
    if (kind == StageKind.DISCLOSURE) {
      checkArgument(!gate.proposal() && gate.opinions() == 0 && !gate.minutes()
          && gate.body().isEmpty(), "stage %s: a disclosure stage's gate has only"
          + " publicationDays", id);
    } else {
      checkArgument(gate.publicationDays() == 0,
          "stage %s: publicationDays belongs to a disclosure stage, not a %s stage", id,
          kind.name().toLowerCase(java.util.Locale.ROOT));
    }
    checkArgument(kind != StageKind.DECISION || gate.votes(),
        "stage %s: a decision stage needs a rule and a body in its gate", id);
  }

  static boolean isId(String s) {
    return s.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  }
}
