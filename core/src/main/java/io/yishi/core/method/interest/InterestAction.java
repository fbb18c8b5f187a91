package io.yishi.core.method.interest;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import io.yishi.core.community.ResidentId;
import io.yishi.core.internal.Decimals;
import io.yishi.core.spi.Action;
import io.yishi.core.spi.Ballot;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a participant does in interest rounds, submitted as {@code
 * Command.Act(action)}. Each kind is also the action's JSON type name. Actions marked
 * <em>facilitator</em> are refused from anyone not named in the method's {@code facilitators}
 * parameter (when that list is empty, anyone may facilitate); actions <em>for a group</em> are
 * refused from anyone but the group's representatives (or, for a group without representatives,
 * its members).
 *
 * <p>The constructors only refuse nulls and copy; every rule about values (ids, ranges, who may act,
 * the stage of the round) is checked when the action is handled, and a breach is refused with an
 * {@link io.yishi.core.spi.InvalidActionException} naming the field, the value and the rule.
 */
public sealed interface InterestAction extends Action {

  /**
   * Facilitator: declares a stakeholder group (kind {@code declare-group}; phase {@code prepare}).
   *
   * @param by the facilitator
   * @param group the group's id, e.g. {@code "car-owners"}; new in this consultation
   * @param name the group's name for people, not blank
   * @param members the residents in the group, at least one, none twice; a resident may belong to
   *     several groups
   * @param representatives the members who speak for the group; empty to let every member speak
   */
  record DeclareGroup(ResidentId by, String group, String name, List<ResidentId> members,
      List<ResidentId> representatives) implements InterestAction {
    /**
     * Refuses nulls and copies the lists.
     *
     * @param by the facilitator
     * @param group the group's id, e.g. {@code "car-owners"}; new in this consultation
     * @param name the group's name for people, not blank
     * @param members the residents in the group, at least one, none twice; a resident may belong to
     *     several groups
     * @param representatives the members who speak for the group; empty to let every member speak
     */
    public DeclareGroup {
      checkNotNull(by, "by");
      checkNotNull(group, "group");
      checkNotNull(name, "name");
      members = List.copyOf(members);
      representatives = List.copyOf(representatives);
    }

    @Override
    public String kind() {
      return "declare-group";
    }
  }

  /**
   * For a group: records its best alternative to a negotiated agreement and the utility of that
   * alternative on the rating scale, its reservation level (kind {@code record-batna}; phases
   * {@code prepare} and {@code interests}; RULES.md §2, step 1). With the parameter {@code
   * useReservations} the reservation replaces the common acceptance level for this group. The
   * fact is in the log like every other: a portal shows it to the group's own members only.
   *
   * @param by a representative of the group
   * @param group the group
   * @param batna what the group will do without an agreement, not blank
   * @param reservation the lowest weighted rating the group will accept, within the scale
   */
  record RecordBatna(ResidentId by, String group, String batna, BigDecimal reservation)
      implements InterestAction {
    /**
     * Refuses nulls; drops trailing zeros, so {@code 6.0} and {@code 6} are equal.
     *
     * @param by a representative of the group
     * @param group the group
     * @param batna what the group will do without an agreement, not blank
     * @param reservation the lowest weighted rating the group will accept, within the scale
     */
    public RecordBatna {
      checkNotNull(by, "by");
      checkNotNull(group, "group");
      checkNotNull(batna, "batna");
      reservation = Decimals.normalise(checkNotNull(reservation, "reservation"));
    }

    @Override
    public String kind() {
      return "record-batna";
    }
  }

  /**
   * Facilitator: states the shared problem and the ground rules, separating the people from the
   * problem (kind {@code frame-problem}; phase {@code interests}; RULES.md §2, step 2). May be
   * stated again; the last statement stands.
   *
   * @param by the facilitator
   * @param problem the shared problem in one or two sentences, not blank
   * @param groundRules the ground rules, e.g. "no personal attacks"; may be empty
   */
  record FrameProblem(ResidentId by, String problem, List<String> groundRules)
      implements InterestAction {
    /**
     * Refuses nulls and copies the list.
     *
     * @param by the facilitator
     * @param problem the shared problem in one or two sentences, not blank
     * @param groundRules the ground rules, e.g. "no personal attacks"; may be empty
     */
    public FrameProblem {
      checkNotNull(by, "by");
      checkNotNull(problem, "problem");
      groundRules = List.copyOf(groundRules);
    }

    @Override
    public String kind() {
      return "frame-problem";
    }
  }

  /**
   * For a group: states what the group says it wants (kind {@code state-position}; phase {@code
   * interests}). May be stated again before the rounds open; the last statement stands.
   *
   * @param by a representative of the group
   * @param group the group
   * @param position the position, not blank
   */
  record StatePosition(ResidentId by, String group, String position) implements InterestAction {
    /**
     * Refuses nulls.
     *
     * @param by a representative of the group
     * @param group the group
     * @param position the position, not blank
     */
    public StatePosition {
      checkNotNull(by, "by");
      checkNotNull(group, "group");
      checkNotNull(position, "position");
    }

    @Override
    public String kind() {
      return "state-position";
    }
  }

  /**
   * For a group: states one interest beneath its position, with a priority (kind {@code
   * state-interest}; phase {@code interests}; RULES.md §2, step 3). A group's interests are
   * weighted by priority: weight = priority / sum of the group's priorities, so the weights sum to
   * one. Interests are fixed once the first round opens.
   *
   * @param by a representative of the group
   * @param group the group
   * @param interest the interest's id, new in this consultation, e.g. {@code "park-near-home"}
   * @param text the need, desire, concern or fear, not blank
   * @param priority a whole number from 1 to 100; higher matters more
   */
  record StateInterest(ResidentId by, String group, String interest, String text, int priority)
      implements InterestAction {
    /**
     * Refuses nulls.
     *
     * @param by a representative of the group
     * @param group the group
     * @param interest the interest's id, new in this consultation, e.g. {@code "park-near-home"}
     * @param text the need, desire, concern or fear, not blank
     * @param priority a whole number from 1 to 100; higher matters more
     */
    public StateInterest {
      checkNotNull(by, "by");
      checkNotNull(group, "group");
      checkNotNull(interest, "interest");
      checkNotNull(text, "text");
    }

    @Override
    public String kind() {
      return "state-interest";
    }
  }

  /**
   * Facilitator: classifies an interest as shared, differing or conflicting (kind {@code
   * classify-interest}; phase {@code interests}). May be classified again.
   *
   * @param by the facilitator
   * @param interest the interest
   * @param as the classification; not {@link InterestKind#UNCLASSIFIED}
   */
  record ClassifyInterest(ResidentId by, String interest, InterestKind as)
      implements InterestAction {
    /**
     * Refuses nulls.
     *
     * @param by the facilitator
     * @param interest the interest
     * @param as the classification; not {@link InterestKind#UNCLASSIFIED}
     */
    public ClassifyInterest {
      checkNotNull(by, "by");
      checkNotNull(interest, "interest");
      checkNotNull(as, "as");
    }

    @Override
    public String kind() {
      return "classify-interest";
    }
  }

  /**
   * Facilitator: opens the first round, in its inventing stage (kind {@code open-round}; phase
   * {@code rounds}). Needs at least two groups, each with at least one interest. Later rounds open
   * by themselves when a round closes without agreement.
   *
   * @param by the facilitator
   */
  record OpenRound(ResidentId by) implements InterestAction {
    /**
     * Refuses nulls.
     *
     * @param by the facilitator
     */
    public OpenRound {
      checkNotNull(by, "by");
    }

    @Override
    public String kind() {
      return "open-round";
    }
  }

  /**
   * Anyone: proposes an option while the round is inventing (kind {@code propose-option}; phase
   * {@code rounds}). No judging while inventing: ratings are refused until evaluation starts.
   * An option stays on the table for later rounds unless a revision replaces it.
   *
   * @param by the proposer, any participant
   * @param option the option's id, new in this consultation, e.g. {@code "timed-bays"}
   * @param title a short title, not blank
   * @param text what the option is, not blank
   * @param serves the interests the proposer means it to serve, each stated in this consultation,
   *     none twice; may be empty
   * @param revises the option on the table this one replaces, or null for a new option
   */
  record ProposeOption(ResidentId by, String option, String title, String text,
      List<String> serves, @Nullable String revises) implements InterestAction {
    /**
     * Refuses nulls and copies the list.
     *
     * @param by the proposer, any participant
     * @param option the option's id, new in this consultation, e.g. {@code "timed-bays"}
     * @param title a short title, not blank
     * @param text what the option is, not blank
     * @param serves the interests the proposer means it to serve, each stated in this consultation,
     *     none twice; may be empty
     * @param revises the option on the table this one replaces, or null for a new option
     */
    public ProposeOption {
      checkNotNull(by, "by");
      checkNotNull(option, "option");
      checkNotNull(title, "title");
      checkNotNull(text, "text");
      serves = List.copyOf(serves);
    }

    @Override
    public String kind() {
      return "propose-option";
    }
  }

  /**
   * Facilitator: ends the inventing stage and starts the evaluation, recording the objective
   * criteria the groups agreed to judge by (kind {@code start-evaluation}; phase {@code rounds};
   * RULES.md §2, step 5). Needs at least one option on the table.
   *
   * @param by the facilitator
   * @param criteria the criteria, e.g. "cost per household", "fire-lane rules"; empty keeps the
   *     criteria of the previous round, and must not be empty in the first round when the
   *     parameter {@code requireCriteria} is true
   */
  record StartEvaluation(ResidentId by, List<String> criteria) implements InterestAction {
    /**
     * Refuses nulls and copies the list.
     *
     * @param by the facilitator
     * @param criteria the criteria, e.g. "cost per household", "fire-lane rules"; empty keeps the
     *     criteria of the previous round, and must not be empty in the first round when the
     *     parameter {@code requireCriteria} is true
     */
    public StartEvaluation {
      checkNotNull(by, "by");
      criteria = List.copyOf(criteria);
    }

    @Override
    public String kind() {
      return "start-evaluation";
    }
  }

  /**
   * For a group: rates an option against each of the group's interests (kind {@code
   * rate-option}; phase {@code rounds}, evaluation stage; RULES.md §2, step 6). The group's
   * utility for the option is the priority-weighted mean of the scores. A later rating of the
   * same option by the same group replaces the earlier one, also in a later round; until then a
   * rating carries over from round to round.
   *
   * @param by a representative of the group
   * @param group the group
   * @param option an option on the table
   * @param scores a score for every interest of the group and for no other, each a whole number
   *     on the scale ({@code scaleMin} to {@code scaleMax}); kept sorted by interest id
   */
  record RateOption(ResidentId by, String group, String option, Map<String, Integer> scores)
      implements InterestAction {
    /**
     * Refuses nulls and copies the scores, sorted by interest id.
     *
     * @param by a representative of the group
     * @param group the group
     * @param option an option on the table
     * @param scores a score for every interest of the group and for no other, each a whole number
     *     on the scale ({@code scaleMin} to {@code scaleMax}); kept sorted by interest id
     */
    public RateOption {
      checkNotNull(by, "by");
      checkNotNull(group, "group");
      checkNotNull(option, "option");
      scores = ImmutableSortedMap.copyOf(scores);
    }

    @Override
    public String kind() {
      return "rate-option";
    }
  }

  /**
   * Facilitator: closes the evaluation before its deadline (kind {@code close-round}; phase
   * {@code rounds}). The round's results are recorded; an option acceptable to every group is
   * agreed, otherwise the next round opens or, after the last round, the fallback applies.
   *
   * @param by the facilitator
   */
  record CloseRound(ResidentId by) implements InterestAction {
    /**
     * Refuses nulls.
     *
     * @param by the facilitator
     */
    public CloseRound {
      checkNotNull(by, "by");
    }

    @Override
    public String kind() {
      return "close-round";
    }
  }

  /**
   * A member's ballot in the fallback vote (kind {@code cast-vote}; phase {@code vote}), checked
   * by the named rule as a consultation checks its own ballots: the voter must be in the
   * consultation's electorate, the ballot of the rule's type, one per voter unless the rule lets a
   * later ballot replace an earlier one.
   *
   * @param by who submits the ballot, the voter or a clerk entering paper ballots
   * @param ballot the ballot, naming the options on the vote's slate
   */
  record CastVote(ResidentId by, Ballot ballot) implements InterestAction {
    /**
     * Refuses nulls.
     *
     * @param by who submits the ballot, the voter or a clerk entering paper ballots
     * @param ballot the ballot, naming the options on the vote's slate
     */
    public CastVote {
      checkNotNull(by, "by");
      checkNotNull(ballot, "ballot");
    }

    @Override
    public String kind() {
      return "cast-vote";
    }
  }

  /**
   * Facilitator: counts the fallback vote before its deadline (kind {@code count-votes}; phase
   * {@code vote}).
   *
   * @param by the facilitator
   */
  record CountVotes(ResidentId by) implements InterestAction {
    /**
     * Refuses nulls.
     *
     * @param by the facilitator
     */
    public CountVotes {
      checkNotNull(by, "by");
    }

    @Override
    public String kind() {
      return "count-votes";
    }
  }

  /**
   * Facilitator: reports the result and its implementation back to the participants, the
   * interested parties and the residents (kind {@code report-back}; phase {@code report};
   * RULES.md §3.4, step 4). May be given several times, e.g. once agreed and once carried out.
   *
   * @param by the facilitator
   * @param text the report, not blank
   */
  record ReportBack(ResidentId by, String text) implements InterestAction {
    /**
     * Refuses nulls.
     *
     * @param by the facilitator
     * @param text the report, not blank
     */
    public ReportBack {
      checkNotNull(by, "by");
      checkNotNull(text, "text");
    }

    @Override
    public String kind() {
      return "report-back";
    }
  }
}
