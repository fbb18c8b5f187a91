package io.yishi.core.method.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.Fraction;
import io.yishi.core.spi.Parameters;

/**
 * What a stage of a workflow must show before the workflow may move on. Every condition is
 * optional; a gate with none is met at once. Build one with {@link #builder()}.
 *
 * <p>In JSON a gate is an object whose keys are the component names below; absent keys take the
 * defaults of {@link #builder()}.
 *
 * @param proposal true if a plan must have been submitted, in this stage or an earlier one
 * @param opinions how many opinions must be recorded in this stage, {@code >= 0} (the soliciting
 *     of opinions before a proposal)
 * @param minutes true if minutes of the discussion must be recorded in this stage
 * @param body the body that meets and votes in this stage: {@code "electorate"} for the
 *     consultation's electorate, another id for a body whose members the method's {@code bodies}
 *     parameter lists, or empty for none
 * @param attendance the share of the body's members who must be present for a vote to be
 *     counted, in [0, 1]; {@link Fraction#ZERO} for no requirement
 * @param attendanceStrict true if attendance must be more than {@code attendance} ("超过",
 *     "过半数"), false if at least ("以上")
 * @param rule the id of the decision rule that counts the stage's votes, or empty for no vote
 * @param ruleParameters the rule's parameters
 * @param circulate true if the plan's current revision must be sent to the body's members before
 *     a vote
 * @param noticeDays the least number of days between sending the plan and the vote, {@code >= 0};
 *     days are calendar days in the method's zone, the day of sending not counted
 * @param publicationDays the least number of days a disclosure stays public, {@code >= 0}; the
 *     day of publication is not counted and the period ends at 24:00 of the last day (Civil Code
 *     arts. 201 and 203)
 */
public record Gate(boolean proposal, int opinions, boolean minutes, String body,
    Fraction attendance, boolean attendanceStrict, String rule, Parameters ruleParameters,
    boolean circulate, int noticeDays, int publicationDays) {

  /** The body id that stands for the consultation's own electorate. */
  public static final String ELECTORATE = "electorate";

  /**
   * Checks the parts.
   *
   * @param proposal true if a plan must have been submitted, in this stage or an earlier one
   * @param opinions how many opinions must be recorded in this stage, {@code >= 0} (the soliciting
   *     of opinions before a proposal)
   * @param minutes true if minutes of the discussion must be recorded in this stage
   * @param body the body that meets and votes in this stage: {@code "electorate"} for the
   *     consultation's electorate, another id for a body whose members the method's {@code bodies}
   *     parameter lists, or empty for none
   * @param attendance the share of the body's members who must be present for a vote to be counted,
   *     in [0, 1]; {@link Fraction#ZERO} for no requirement
   * @param attendanceStrict true if attendance must be more than {@code attendance} ("超过", "过半数"),
   *     false if at least ("以上")
   * @param rule the id of the decision rule that counts the stage's votes, or empty for no vote
   * @param ruleParameters the rule's parameters
   * @param circulate true if the plan's current revision must be sent to the body's members before
   *     a vote
   * @param noticeDays the least number of days between sending the plan and the vote, {@code >= 0};
   *     days are calendar days in the method's zone, the day of sending not counted
   * @param publicationDays the least number of days a disclosure stays public, {@code >= 0}; the
   *     day of publication is not counted and the period ends at 24:00 of the last day (Civil Code
   *     arts. 201 and 203)
   * @throws IllegalArgumentException if a count is negative, the attendance is above 1, an id is not
   *     lower-case words joined by hyphens, a vote or attendance is asked of no body, or notice
   *     days are given without circulation
   */
  public Gate {
    checkNotNull(body, "body");
    checkNotNull(attendance, "attendance");
    checkNotNull(rule, "rule");
    checkNotNull(ruleParameters, "ruleParameters");
    checkArgument(opinions >= 0, "gate.opinions: must be >= 0, was %s", opinions);
    checkArgument(noticeDays >= 0, "gate.noticeDays: must be >= 0, was %s", noticeDays);
    checkArgument(publicationDays >= 0, "gate.publicationDays: must be >= 0, was %s",
        publicationDays);
    checkArgument(attendance.isProper(), "gate.attendance: must be in [0, 1], was %s",
        attendance);
    checkArgument(body.isEmpty() || Stage.isId(body),
        "gate.body: must be lower-case words joined by hyphens, was '%s'", body);
    checkArgument(rule.isEmpty() || Stage.isId(rule),
        "gate.rule: must be a decision rule id, was '%s'", rule);
    checkArgument(!body.isEmpty() || rule.isEmpty(),
        "gate.rule: a vote ('%s') needs a body to vote", rule);
    checkArgument(!body.isEmpty() || attendance.equals(Fraction.ZERO),
        "gate.attendance: an attendance requirement (%s) needs a body", attendance);
    checkArgument(!body.isEmpty() || !circulate, "gate.circulate: the plan needs a body to be"
        + " sent to");
    checkArgument(circulate || noticeDays == 0,
        "gate.noticeDays: a notice period (%s days) needs circulate: true", noticeDays);
    checkArgument(!rule.isEmpty() || ruleParameters.isEmpty(),
        "gate.ruleParameters: given without a rule, was %s", ruleParameters);
  }

  /** {@return a gate with no condition: met at once} */
  public static Gate none() {
    return builder().build();
  }

  /** {@return a builder with every condition off} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return true if a vote is counted in this stage} */
  public boolean votes() {
    return !rule.isEmpty();
  }

  /**
   * {@return the attendance requirement in words, e.g. {@code "at least 2/3"} or {@code "more
   * than 1/2"}; {@code "none"} when there is none}
   */
  public String attendanceInWords() {
    if (attendance.equals(Fraction.ZERO) && !attendanceStrict) {
      return "none";
    }
    return (attendanceStrict ? "more than " : "at least ") + attendance;
  }

  /**
   * {@return whether {@code present} of {@code members} meets the attendance requirement}
   *
   * @param present the members present, {@code >= 0}
   * @param members the body's size, {@code > 0}
   */
  boolean attended(long present, long members) {
    int c = attendance.compareShare(present, members);
    return attendanceStrict ? c > 0 : c >= 0;
  }

  /** Collects a gate's conditions; every one is off until set. */
  public static final class Builder {
    private boolean proposal;
    private int opinions;
    private boolean minutes;
    private String body = "";
    private Fraction attendance = Fraction.ZERO;
    private boolean attendanceStrict;
    private String rule = "";
    private Parameters ruleParameters = Parameters.empty();
    private boolean circulate;
    private int noticeDays;
    private int publicationDays;

    private Builder() {}

    /**
     * Requires a plan.
     *
     * @return this builder
     */
    public Builder proposal() {
      this.proposal = true;
      return this;
    }

    /**
     * Requires recorded opinions.
     *
     * @param count how many at least, {@code >= 0}
     * @return this builder
     */
    public Builder opinions(int count) {
      this.opinions = count;
      return this;
    }

    /**
     * Requires minutes.
     *
     * @return this builder
     */
    public Builder minutes() {
      this.minutes = true;
      return this;
    }

    /**
     * Names the body that meets and votes.
     *
     * @param id {@value Gate#ELECTORATE} or a body listed in the method's {@code bodies}
     * @return this builder
     */
    public Builder body(String id) {
      this.body = checkNotNull(id, "body");
      return this;
    }

    /**
     * Requires attendance.
     *
     * @param share the share of the body's members, in [0, 1]
     * @param strict true for "more than", false for "at least"
     * @return this builder
     */
    public Builder attendance(Fraction share, boolean strict) {
      this.attendance = checkNotNull(share, "share");
      this.attendanceStrict = strict;
      return this;
    }

    /**
     * Counts the stage's votes with a decision rule.
     *
     * @param id the rule's id
     * @param parameters the rule's parameters
     * @return this builder
     */
    public Builder rule(String id, Parameters parameters) {
      this.rule = checkNotNull(id, "rule");
      this.ruleParameters = checkNotNull(parameters, "parameters");
      return this;
    }

    /**
     * Requires the plan to be sent to the body before the vote.
     *
     * @param days the least number of days between sending and voting, {@code >= 0}
     * @return this builder
     */
    public Builder circulate(int days) {
      this.circulate = true;
      this.noticeDays = days;
      return this;
    }

    /**
     * Requires a disclosure to stay public.
     *
     * @param days the least number of days, {@code >= 0}
     * @return this builder
     */
    public Builder publicationDays(int days) {
      this.publicationDays = days;
      return this;
    }

    /**
     * {@return the gate}
     *
     * @throws IllegalArgumentException as the {@link Gate} constructor
     */
    public Gate build() {
      return new Gate(proposal, opinions, minutes, body, attendance, attendanceStrict, rule,
          ruleParameters, circulate, noticeDays, publicationDays);
    }
  }
}
