package io.yishi.core.method.interest;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import io.yishi.core.Fraction;
import io.yishi.core.community.ResidentId;
import io.yishi.core.internal.Decimals;
import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.Decision;
import io.yishi.core.spi.Fact;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What interest rounds record in the consultation's log; each type name is the fact's JSON type
 * name. The state is the fold of these facts ({@link InterestRoundsState}); on replay a fact that
 * could not have followed (a rating before evaluation, round results that the ratings do not give)
 * is refused and the log is reported as tampered.
 */
public sealed interface InterestFact extends Fact {

  /**
   * A group was declared (type {@code group-declared}).
   *
   * @param group the group's id
   * @param name the group's name
   * @param members its members, in the order given
   * @param representatives the members who speak for it; empty when every member may
   * @param by the facilitator
   */
  record GroupDeclared(String group, String name, List<ResidentId> members,
      List<ResidentId> representatives, ResidentId by) implements InterestFact {
    /**
     * Refuses nulls and copies the lists.
     *
     * @param group the group's id
     * @param name the group's name
     * @param members its members, in the order given
     * @param representatives the members who speak for it; empty when every member may
     * @param by the facilitator
     */
    public GroupDeclared {
      checkNotNull(group, "group");
      checkNotNull(name, "name");
      members = List.copyOf(members);
      representatives = List.copyOf(representatives);
      checkNotNull(by, "by");
    }

    @Override
    public String type() {
      return "group-declared";
    }
  }

  /**
   * A group recorded its BATNA and reservation level (type {@code batna-recorded}).
   *
   * @param group the group
   * @param batna its best alternative to an agreement
   * @param reservation the lowest weighted rating it accepts, on the rating scale
   * @param by the representative
   */
  record BatnaRecorded(String group, String batna, BigDecimal reservation, ResidentId by)
      implements InterestFact {
    /**
     * Refuses nulls; drops trailing zeros.
     *
     * @param group the group
     * @param batna its best alternative to an agreement
     * @param reservation the lowest weighted rating it accepts, on the rating scale
     * @param by the representative
     */
    public BatnaRecorded {
      checkNotNull(group, "group");
      checkNotNull(batna, "batna");
      reservation = Decimals.normalise(checkNotNull(reservation, "reservation"));
      checkNotNull(by, "by");
    }

    @Override
    public String type() {
      return "batna-recorded";
    }
  }

  /**
   * The facilitator framed the shared problem (type {@code problem-framed}).
   *
   * @param problem the problem
   * @param groundRules the ground rules
   * @param by the facilitator
   */
  record ProblemFramed(String problem, List<String> groundRules, ResidentId by)
      implements InterestFact {
    /**
     * Refuses nulls and copies the list.
     *
     * @param problem the problem
     * @param groundRules the ground rules
     * @param by the facilitator
     */
    public ProblemFramed {
      checkNotNull(problem, "problem");
      groundRules = List.copyOf(groundRules);
      checkNotNull(by, "by");
    }

    @Override
    public String type() {
      return "problem-framed";
    }
  }

  /**
   * A group stated its position (type {@code position-stated}).
   *
   * @param group the group
   * @param position the position
   * @param by the representative
   */
  record PositionStated(String group, String position, ResidentId by) implements InterestFact {
    /**
     * Refuses nulls.
     *
     * @param group the group
     * @param position the position
     * @param by the representative
     */
    public PositionStated {
      checkNotNull(group, "group");
      checkNotNull(position, "position");
      checkNotNull(by, "by");
    }

    @Override
    public String type() {
      return "position-stated";
    }
  }

  /**
   * A group stated an interest (type {@code interest-stated}).
   *
   * @param interest the interest's id
   * @param group the group holding it
   * @param text the interest in words
   * @param priority its priority, 1 to 100
   * @param by the representative
   */
  record InterestStated(String interest, String group, String text, int priority, ResidentId by)
      implements InterestFact {
    /**
     * Refuses nulls.
     *
     * @param interest the interest's id
     * @param group the group holding it
     * @param text the interest in words
     * @param priority its priority, 1 to 100
     * @param by the representative
     */
    public InterestStated {
      checkNotNull(interest, "interest");
      checkNotNull(group, "group");
      checkNotNull(text, "text");
      checkNotNull(by, "by");
    }

    @Override
    public String type() {
      return "interest-stated";
    }
  }

  /**
   * The facilitator classified an interest (type {@code interest-classified}).
   *
   * @param interest the interest
   * @param as the classification
   * @param by the facilitator
   */
  record InterestClassified(String interest, InterestKind as, ResidentId by)
      implements InterestFact {
    /**
     * Refuses nulls.
     *
     * @param interest the interest
     * @param as the classification
     * @param by the facilitator
     */
    public InterestClassified {
      checkNotNull(interest, "interest");
      checkNotNull(as, "as");
      checkNotNull(by, "by");
    }

    @Override
    public String type() {
      return "interest-classified";
    }
  }

  /**
   * A round opened in its inventing stage (type {@code round-opened}).
   *
   * @param round the round's number, from 1
   * @param at when it opened
   * @param inventDue when the inventing stage ends by itself
   */
  record RoundOpened(int round, Instant at, Instant inventDue) implements InterestFact {
    /**
     * Refuses nulls.
     *
     * @param round the round's number, from 1
     * @param at when it opened
     * @param inventDue when the inventing stage ends by itself
     */
    public RoundOpened {
      checkNotNull(at, "at");
      checkNotNull(inventDue, "inventDue");
    }

    @Override
    public String type() {
      return "round-opened";
    }
  }

  /**
   * An option was proposed (type {@code option-proposed}).
   *
   * @param option the option's id
   * @param round the round it was proposed in
   * @param title its title
   * @param text what it is
   * @param serves the interests the proposer links it to
   * @param revises the option it replaces on the table, or null
   * @param by the proposer
   */
  record OptionProposed(String option, int round, String title, String text,
      List<String> serves, @Nullable String revises, ResidentId by) implements InterestFact {
    /**
     * Refuses nulls and copies the list.
     *
     * @param option the option's id
     * @param round the round it was proposed in
     * @param title its title
     * @param text what it is
     * @param serves the interests the proposer links it to
     * @param revises the option it replaces on the table, or null
     * @param by the proposer
     */
    public OptionProposed {
      checkNotNull(option, "option");
      checkNotNull(title, "title");
      checkNotNull(text, "text");
      serves = List.copyOf(serves);
      checkNotNull(by, "by");
    }

    @Override
    public String type() {
      return "option-proposed";
    }
  }

  /**
   * The inventing stage ended and the evaluation started (type {@code evaluation-started}).
   *
   * @param round the round
   * @param at when, the facilitator's action or the inventing deadline
   * @param due when the evaluation ends by itself
   * @param criteria the objective criteria in force for this evaluation
   * @param byDeadline true if the inventing deadline started it
   */
  record EvaluationStarted(int round, Instant at, Instant due, List<String> criteria,
      boolean byDeadline) implements InterestFact {
    /**
     * Refuses nulls and copies the list.
     *
     * @param round the round
     * @param at when, the facilitator's action or the inventing deadline
     * @param due when the evaluation ends by itself
     * @param criteria the objective criteria in force for this evaluation
     * @param byDeadline true if the inventing deadline started it
     */
    public EvaluationStarted {
      checkNotNull(at, "at");
      checkNotNull(due, "due");
      criteria = List.copyOf(criteria);
    }

    @Override
    public String type() {
      return "evaluation-started";
    }
  }

  /**
   * A group rated an option (type {@code option-rated}).
   *
   * @param round the round
   * @param group the group
   * @param option the option
   * @param scores the score for each of the group's interests, sorted by interest id
   * @param by the representative
   */
  record OptionRated(int round, String group, String option, Map<String, Integer> scores,
      ResidentId by) implements InterestFact {
    /**
     * Refuses nulls and copies the scores, sorted by interest id.
     *
     * @param round the round
     * @param group the group
     * @param option the option
     * @param scores the score for each of the group's interests, sorted by interest id
     * @param by the representative
     */
    public OptionRated {
      checkNotNull(group, "group");
      checkNotNull(option, "option");
      scores = ImmutableSortedMap.copyOf(scores);
      checkNotNull(by, "by");
    }

    @Override
    public String type() {
      return "option-rated";
    }
  }

  /**
   * One group's verdict on one option at the close of a round.
   *
   * @param group the group
   * @param rated false if the group never rated the option; it then does not accept it
   * @param utility the priority-weighted mean of the group's scores, exact; zero if not rated
   * @param level the group's acceptance level: its reservation, or the common level
   * @param accepts true if rated and {@code utility >= level}
   */
  record GroupResult(String group, boolean rated, Fraction utility, Fraction level,
      boolean accepts) {
    /**
     * Refuses nulls.
     *
     * @param group the group
     * @param rated false if the group never rated the option; it then does not accept it
     * @param utility the priority-weighted mean of the group's scores, exact; zero if not rated
     * @param level the group's acceptance level: its reservation, or the common level
     * @param accepts true if rated and {@code utility >= level}
     */
    public GroupResult {
      checkNotNull(group, "group");
      checkNotNull(utility, "utility");
      checkNotNull(level, "level");
    }
  }

  /**
   * One option's results at the close of a round.
   *
   * @param option the option
   * @param acceptedBy how many groups accept it
   * @param groups each group's verdict, in the order the groups were declared
   */
  record OptionResult(String option, int acceptedBy, List<GroupResult> groups) {
    /**
     * Refuses nulls and copies the list.
     *
     * @param option the option
     * @param acceptedBy how many groups accept it
     * @param groups each group's verdict, in the order the groups were declared
     */
    public OptionResult {
      checkNotNull(option, "option");
      groups = List.copyOf(groups);
    }
  }

  /**
   * A round closed (type {@code round-closed}); the options on the table are ranked: most groups
   * accepting first, then the highest lowest utility (the worst-off group's), then the highest
   * total utility, then the earlier proposal.
   *
   * @param round the round
   * @param at when, the facilitator's action or the evaluation deadline; or the inventing
   *     deadline, when the evaluation could not start (no option on the table, or criteria
   *     required and none agreed)
   * @param byDeadline true if a deadline closed it
   * @param results the options on the table, best first
   */
  record RoundClosed(int round, Instant at, boolean byDeadline, List<OptionResult> results)
      implements InterestFact {
    /**
     * Refuses nulls and copies the list.
     *
     * @param round the round
     * @param at when, the facilitator's action or the evaluation deadline; or the inventing
     *     deadline, when the evaluation could not start (no option on the table, or criteria
     *     required and none agreed)
     * @param byDeadline true if a deadline closed it
     * @param results the options on the table, best first
     */
    public RoundClosed {
      checkNotNull(at, "at");
      results = List.copyOf(results);
    }

    @Override
    public String type() {
      return "round-closed";
    }
  }

  /**
   * An option acceptable to every group was agreed (type {@code agreement-reached}): the best
   * ranked of those acceptable to all.
   *
   * @param round the round
   * @param option the agreed option
   * @param serves the interests it serves: those its groups scored at or above their level
   */
  record AgreementReached(int round, String option, List<String> serves)
      implements InterestFact {
    /**
     * Refuses nulls and copies the list.
     *
     * @param round the round
     * @param option the agreed option
     * @param serves the interests it serves: those its groups scored at or above their level
     */
    public AgreementReached {
      checkNotNull(option, "option");
      serves = List.copyOf(serves);
    }

    @Override
    public String type() {
      return "agreement-reached";
    }
  }

  /**
   * The last round closed without agreement and the best options were put to a vote (type
   * {@code vote-called}).
   *
   * @param round the last round
   * @param rule the id of the decision rule that counts the vote
   * @param options the options on the vote's slate, best ranked first
   * @param due when the vote is counted by itself
   */
  record VoteCalled(int round, String rule, List<String> options, Instant due)
      implements InterestFact {
    /**
     * Refuses nulls and copies the list.
     *
     * @param round the last round
     * @param rule the id of the decision rule that counts the vote
     * @param options the options on the vote's slate, best ranked first
     * @param due when the vote is counted by itself
     */
    public VoteCalled {
      checkNotNull(rule, "rule");
      options = List.copyOf(options);
      checkNotNull(due, "due");
    }

    @Override
    public String type() {
      return "vote-called";
    }
  }

  /**
   * A ballot was cast in the fallback vote (type {@code vote-cast}); it replaces the voter's
   * earlier ballot if the rule allowed that.
   *
   * @param ballot the ballot
   * @param by who submitted it
   */
  record VoteCast(Ballot ballot, ResidentId by) implements InterestFact {
    /**
     * Refuses nulls.
     *
     * @param ballot the ballot
     * @param by who submitted it
     */
    public VoteCast {
      checkNotNull(ballot, "ballot");
      checkNotNull(by, "by");
    }

    @Override
    public String type() {
      return "vote-cast";
    }
  }

  /**
   * The fallback vote was counted (type {@code vote-counted}).
   *
   * @param decision the rule's decision, with its explanation
   * @param at when, the facilitator's action or the vote's deadline
   * @param byDeadline true if the deadline counted it
   */
  record VoteCounted(Decision decision, Instant at, boolean byDeadline) implements InterestFact {
    /**
     * Refuses nulls.
     *
     * @param decision the rule's decision, with its explanation
     * @param at when, the facilitator's action or the vote's deadline
     * @param byDeadline true if the deadline counted it
     */
    public VoteCounted {
      checkNotNull(decision, "decision");
      checkNotNull(at, "at");
    }

    @Override
    public String type() {
      return "vote-counted";
    }
  }

  /**
   * The last round closed without agreement and the issue was handed to mediation (type {@code
   * handed-to-mediation}); the mediation itself runs elsewhere. Also the fallback for a vote
   * when no option is on the table.
   *
   * @param round the last round
   * @param options the options on the table, best ranked first
   * @param holdouts the groups that do not accept the best-ranked option, in declaration order
   * @param unresolved the interests the best-ranked option does not serve (all interests when
   *     there is no option), in the order stated
   */
  record HandedToMediation(int round, List<String> options, List<String> holdouts,
      List<String> unresolved) implements InterestFact {
    /**
     * Copies the lists.
     *
     * @param round the last round
     * @param options the options on the table, best ranked first
     * @param holdouts the groups that do not accept the best-ranked option, in declaration order
     * @param unresolved the interests the best-ranked option does not serve (all interests when
     *     there is no option), in the order stated
     */
    public HandedToMediation {
      options = List.copyOf(options);
      holdouts = List.copyOf(holdouts);
      unresolved = List.copyOf(unresolved);
    }

    @Override
    public String type() {
      return "handed-to-mediation";
    }
  }

  /**
   * The result was reported back (type {@code reported-back}).
   *
   * @param text the report
   * @param at when
   * @param by the facilitator
   */
  record ReportedBack(String text, Instant at, ResidentId by) implements InterestFact {
    /**
     * Refuses nulls.
     *
     * @param text the report
     * @param at when
     * @param by the facilitator
     */
    public ReportedBack {
      checkNotNull(text, "text");
      checkNotNull(at, "at");
      checkNotNull(by, "by");
    }

    @Override
    public String type() {
      return "reported-back";
    }
  }
}
