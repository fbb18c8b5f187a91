package io.yishi.core.method.interest;

import io.yishi.core.spi.DeliberationMethod;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Phase;
import io.yishi.core.spi.Procedure;
import java.util.ArrayList;
import java.util.List;

/**
 * Interest-expression and consultation rounds between stakeholder groups, id {@code
 * interest-rounds}: the method new estates use to prevent and settle conflicts between groups of
 * owners (car owners, residents without cars, ground-floor households, shop tenants).
 *
 * <p>It follows the structured round procedure of RULES.md §2, built on Fisher and Ury's
 * principled negotiation, inside the community consultation frame of §3.4:
 *
 * <ol>
 *   <li>Phase {@code prepare}: the facilitator declares the groups with their members and
 *       representatives ({@code declare-group}); each group may record its BATNA and reservation
 *       level ({@code record-batna}), which a portal shows to that group only.
 *   <li>Phase {@code interests}: the facilitator frames the shared problem and the ground rules
 *       ({@code frame-problem}); each group states its position ({@code state-position}) and the
 *       interests beneath it with priorities ({@code state-interest}); the facilitator classifies
 *       the interests as shared, differing or conflicting ({@code classify-interest}).
 *   <li>Phase {@code rounds}: the facilitator opens the first round ({@code open-round}). A round
 *       invents first: anyone proposes options, linked to the interests they serve ({@code
 *       propose-option}), and no rating is accepted. The facilitator then starts the evaluation
 *       with the objective criteria agreed ({@code start-evaluation}), or the inventing deadline
 *       does. Each group rates each option against each of its interests ({@code rate-option});
 *       its utility u = Σ w·s is the priority-weighted mean of its scores. The facilitator closes
 *       the round ({@code close-round}), or the evaluation deadline does: an option is acceptable
 *       to a group when u reaches the group's level, and the best-ranked option acceptable to
 *       every group is agreed. Otherwise the next round opens at once, with the options on the
 *       table (a revision replaces the option it revises) and the ratings carried over until a
 *       group rates again. After the last round, the fallback applies: the top options are put to
 *       a vote by the named rule, or the issue is handed to mediation with the groups holding out
 *       and the interests left unserved.
 *   <li>Phase {@code vote} (only with {@code fallback = vote}): members cast ballots ({@code
 *       cast-vote}) checked by the named rule, and the facilitator counts them ({@code
 *       count-votes}), or the vote's deadline does. The phase is passed through when the rounds
 *       ended otherwise.
 *   <li>Phase {@code report}: the facilitator reports the result back to participants,
 *       interested parties and residents ({@code report-back}).
 * </ol>
 *
 * <p>Options are ranked by how many groups accept them, then by the lowest group utility (the
 * worst-off group's), then by the total utility, then by the order proposed. Utilities and levels
 * are exact fractions. Deadlines come from the consultation's clock: each round's inventing and
 * evaluation stages and the vote end by themselves at their deadlines, recorded before the next
 * command (or at a {@code check-deadlines}); an option no group rated by then is not acceptable.
 * {@code post-comment} is accepted in every phase. Advancing past {@code rounds} early leaves an
 * open round to its deadlines.
 *
 * <p>At a round's inventing deadline the evaluation starts by itself, with the criteria agreed
 * so far, only where {@code start-evaluation} would be accepted (RULES.md §2, steps 4 and 5): an
 * option is on the table, and criteria were agreed or {@code requireCriteria} is off. Otherwise
 * the round closes at the deadline without agreement and without an evaluation, its results
 * ranking the options on the table with the ratings carried over (none before a first
 * evaluation), and the next round opens; after the last round the fallback applies: the vote
 * takes the options on the table, or, when no option was ever proposed, the issue is handed to
 * mediation with every interest unresolved.
 *
 * <p>On replay every fact is checked against what the method would have recorded: round results,
 * agreements and fallbacks against the ratings; each instant against the time the fact was
 * recorded or the deadline that passed; each deadline against its instant plus the configured
 * period; an option's interests against those stated; each ballot against the electorate and
 * the rule (a member votes once, unless the rule lets a later ballot replace an earlier one);
 * the vote's decision against a recount by its rule. A log that differs is refused as tampered.
 *
 * <p>The fallback vote is counted with {@code DecisionRequest.date} in UTC and the consultation's
 * seed; its rule is looked up when the first ballot is cast, so an id that is not installed is
 * refused then ({@link io.yishi.core.plugin.UnknownPluginException}).
 */
public final class InterestRoundsMethod implements DeliberationMethod {

  private static final List<ParameterSpec> PARAMETERS = List.of(
      ParameterSpec.of("scaleMin", "integer 0..1000", "0", "lowest score on the rating scale"),
      ParameterSpec.of("scaleMax", "integer 1..1000, > scaleMin", "10",
          "highest score on the rating scale"),
      ParameterSpec.of("acceptanceLevel", "fraction on the scale", "6",
          "weighted rating at which a group accepts an option, unless it recorded a reservation"),
      ParameterSpec.of("useReservations", "boolean", "true",
          "a group's recorded BATNA reservation level replaces the acceptance level for it"),
      ParameterSpec.of("rounds", "integer 1..20", "3", "rounds before the fallback applies"),
      ParameterSpec.of("inventPeriod", "ISO-8601 duration", "P7D",
          "how long a round invents before its evaluation starts by itself, or the round closes"
          + " when no option is on the table or the criteria it requires are missing"),
      ParameterSpec.of("evaluationPeriod", "ISO-8601 duration", "P7D",
          "how long an evaluation runs before the round closes by itself"),
      ParameterSpec.of("requireCriteria", "boolean", "true",
          "the facilitator must record objective criteria before the first evaluation"),
      ParameterSpec.of("fallback", "one of: vote, mediation", "mediation",
          "what follows the last round without agreement"),
      ParameterSpec.of("voteRule", "decision rule id", "approval",
          "the rule that counts the fallback vote"),
      ParameterSpec.of("voteOptions", "integer 1..50", "3",
          "how many of the best-ranked options go to the fallback vote"),
      ParameterSpec.of("voteRuleParameters", "object", "{}",
          "the parameters of the fallback vote's rule"),
      ParameterSpec.of("votePeriod", "ISO-8601 duration", "P7D",
          "how long the fallback vote runs before it is counted by itself"),
      ParameterSpec.of("facilitators", "list of resident ids", "[]",
          "who may facilitate; empty lets anyone"));

  /** Creates the method; it holds no state. */
  public InterestRoundsMethod() {}

  /** {@return {@code "interest-rounds"}} */
  @Override
  public String id() {
    return "interest-rounds";
  }

  @Override
  public String description() {
    return "interest-expression and consultation rounds between stakeholder groups";
  }

  /** {@return the parameters, described in the class documentation} */
  @Override
  public List<ParameterSpec> parameters() {
    return PARAMETERS;
  }

  /**
   * {@return the phases {@code prepare}, {@code interests}, {@code rounds}, {@code vote} (only
   * with {@code fallback = vote}) and {@code report}}
   *
   * @param parameters the method's parameters
   * @throws io.yishi.core.spi.InvalidParameterException if a parameter is out of range
   */
  @Override
  public List<Phase> phases(Parameters parameters) {
    Settings settings = Settings.of(parameters);
    List<Phase> phases = new ArrayList<>(List.of(
        Phase.of("prepare", "the groups are declared; each may record its BATNA in private",
            "declare-group", "record-batna", "post-comment"),
        Phase.of("interests", "the problem is framed; groups state positions and the interests"
            + " beneath them with priorities", "frame-problem", "state-position",
            "state-interest", "classify-interest", "record-batna", "post-comment"),
        Phase.of("rounds", "options are invented, then rated by every group against its"
            + " interests, round by round", "open-round", "propose-option", "start-evaluation",
            "rate-option", "close-round", "classify-interest", "post-comment")));
    if (settings.fallback() == Settings.Fallback.VOTE) {
      phases.add(Phase.of("vote", "the best options are put to a vote by the named rule",
          "cast-vote", "count-votes", "post-comment"));
    }
    phases.add(Phase.of("report", "the result is reported back to everyone concerned",
        "report-back", "post-comment"));
    return phases;
  }

  /**
   * {@return the procedure: its actions are the {@link InterestAction}s, its facts the {@link
   * InterestFact}s, its state an {@link InterestRoundsState}}
   *
   * @param parameters the method's parameters
   * @throws io.yishi.core.spi.InvalidParameterException if a parameter is out of range
   */
  @Override
  public Procedure<?> procedure(Parameters parameters) {
    return new InterestProcedure(Settings.of(parameters));
  }
}
