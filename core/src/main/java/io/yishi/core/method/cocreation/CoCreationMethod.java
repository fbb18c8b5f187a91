package io.yishi.core.method.cocreation;

import io.yishi.core.spi.DeliberationMethod;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Phase;
import io.yishi.core.spi.Procedure;
import java.util.ArrayList;
import java.util.List;

/**
 * Id {@code co-creation}: the team co-creation workshop (团队共创), the ICA Technology of
 * Participation Consensus Workshop (RULES.md §1.1). Five fixed stages, each a phase:
 *
 * <ol>
 *   <li>{@code context} — a facilitator states the focus question and the aims ({@code
 *       frame-workshop}); participants come from the consultation's electorate and are
 *       registered by hand ({@code register-participant}); {@code post-comment} carries the short
 *       focused conversation.
 *   <li>{@code brainstorm} — participants write one idea per card ({@code write-card}, at most
 *       {@code cardsPerPerson} each and {@code cardsPerTeam} a team); a facilitator opens
 *       posting rounds ({@code open-card-round}) in which each person or team posts at most {@code
 *       cardsPerRound} cards ({@code post-card}); questions of clarity as comments.
 *   <li>{@code cluster} — more rounds; a facilitator forms columns under neutral symbols
 *       ({@code form-cluster}), places, moves, merges and splits ({@code place-card}, {@code
 *       move-card}, {@code merge-clusters}, {@code split-cluster}, {@code split-card}).
 *   <li>{@code name} — once every posted card is in a column, the columns are named largest
 *       first ({@code name-cluster}, {@code minNameWords}–{@code maxNameWords} words); moves
 *       and renames are still possible.
 *   <li>{@code prioritise} — only with {@code prioritise = true}: participants cast ballots on
 *       the named columns ({@code cast-priority}) counted with the rule {@code priorityRule}
 *       ({@code count-priorities}). The ToP method has no vote; this is an add-on.
 *   <li>{@code resolve} — the titles are read back ({@code read-titles}), a facilitator calls
 *       for objections ({@code call-for-objections}); participants object with reasons ({@code
 *       raise-objection}, {@code withdraw-objection}); the check closes ({@code
 *       close-objection-check}, or at its deadline) and confirms the consensus when at most
 *       {@code maxObjections} objections stand; action items with owner and due date follow
 *       ({@code record-action-item}), then {@code conclude-workshop}.
 * </ol>
 *
 * <p>The state is a {@link Workshop}; its {@link Workshop#chart()} is the consensus chart. The
 * consultation's {@code advance-phase} and {@code close} are accepted in every phase, as in every
 * method: moving on with work undone leaves it possible later where it makes sense (cards can
 * still be placed while naming, priorities counted while resolving), and {@code close} ends the
 * consultation without a conclusion; {@code conclude-workshop} is the workshop's own end and is
 * refused until the consensus is confirmed.
 *
 * <p>Deadline: with {@code objectionMinutes > 0}, an objection check still open that many
 * minutes after it was called is closed by the clock (fact {@code objection-check-closed}), with
 * the same outcome a facilitator's closing would have had.
 */
public final class CoCreationMethod implements DeliberationMethod {

  static final ParameterSpec FACILITATORS = ParameterSpec.of("facilitators",
      "list of resident ids, at least one", "",
      "the residents who facilitate: frame, open rounds, cluster, name, read back, conclude");
  static final ParameterSpec ELECTORATE_PARTICIPATES = ParameterSpec.of("electorateParticipates",
      "boolean", "true", "whether the electorate's members (resident ids; co-owners split) take"
          + " part without registering");
  static final ParameterSpec CARDS_PER_PERSON = ParameterSpec.of("cardsPerPerson",
      "integer >= 1", "5", "the most cards one participant may write");
  static final ParameterSpec CARDS_PER_TEAM = ParameterSpec.of("cardsPerTeam",
      "integer >= 0", "7", "the most cards one team may write together; 0 for no team limit");
  static final ParameterSpec CARDS_PER_ROUND = ParameterSpec.of("cardsPerRound",
      "integer >= 1", "1", "the most cards one person, or one team, posts in a round");
  static final ParameterSpec MAX_CARD_LENGTH = ParameterSpec.of("maxCardLength",
      "integer >= 1", "80", "the most characters on one card (large, legible writing)");
  static final ParameterSpec MIN_NAME_WORDS = ParameterSpec.of("minNameWords",
      "integer >= 1", "3", "the fewest words in a column's name (a phrase, not a label)");
  static final ParameterSpec MAX_NAME_WORDS = ParameterSpec.of("maxNameWords",
      "integer >= minNameWords", "7", "the most words in a column's name");
  static final ParameterSpec LARGEST_FIRST = ParameterSpec.of("largestFirst", "boolean", "true",
      "whether columns must be named largest first (ICA:UK step 13)");
  static final ParameterSpec MAX_OBJECTIONS = ParameterSpec.of("maxObjections", "integer >= 0",
      "0", "the standing objections a confirmed consensus tolerates; 0 = no objection");
  static final ParameterSpec OBJECTION_MINUTES = ParameterSpec.of("objectionMinutes",
      "integer >= 0", "0", "minutes an objection check stays open; 0 = until a facilitator"
          + " closes it");
  static final ParameterSpec MIN_ACTION_ITEMS = ParameterSpec.of("minActionItems",
      "integer >= 0", "1", "the action items needed before the workshop can be concluded");
  static final ParameterSpec PRIORITISE = ParameterSpec.of("prioritise", "boolean", "false",
      "whether to add the prioritise phase (a vote on the named columns; not part of ToP)");
  static final ParameterSpec PRIORITY_RULE = ParameterSpec.of("priorityRule",
      "decision rule id", "dots", "the rule that counts the priority ballots");
  static final ParameterSpec PRIORITY_RULE_PARAMETERS = ParameterSpec.of(
      "priorityRuleParameters", "map", "{}", "the priority rule's parameters");
  static final ParameterSpec ZONE = ParameterSpec.of("zone", "time-zone id", "UTC",
      "the zone in which due dates are compared with the day");

  private static final List<ParameterSpec> SPECS = List.of(FACILITATORS, ELECTORATE_PARTICIPATES,
      CARDS_PER_PERSON, CARDS_PER_TEAM, CARDS_PER_ROUND, MAX_CARD_LENGTH, MIN_NAME_WORDS,
      MAX_NAME_WORDS, LARGEST_FIRST, MAX_OBJECTIONS, OBJECTION_MINUTES, MIN_ACTION_ITEMS,
      PRIORITISE, PRIORITY_RULE, PRIORITY_RULE_PARAMETERS, ZONE);

  /** Creates the method; it holds no state. */
  public CoCreationMethod() {}

  @Override
  public String id() {
    return "co-creation";
  }

  @Override
  public String description() {
    return "team co-creation (ToP consensus workshop): focus question, brainstorm, cluster,"
        + " name, resolve";
  }

  /** {@return the parameters, with their defaults; {@code facilitators} is required} */
  @Override
  public List<ParameterSpec> parameters() {
    return SPECS;
  }

  /**
   * {@return the phases {@code context}, {@code brainstorm}, {@code cluster}, {@code name}, then
   * {@code prioritise} if {@code prioritise} is true, then {@code resolve}}
   *
   * @param parameters the method's parameters
   * @throws io.yishi.core.spi.InvalidParameterException if a parameter is missing or out of range
   */
  @Override
  public List<Phase> phases(Parameters parameters) {
    Settings settings = Settings.of(parameters);
    List<Phase> phases = new ArrayList<>(List.of(
        Phase.of("context", "state the focus question and the aims; a short focused"
            + " conversation", "frame-workshop", "register-participant", "post-comment"),
        Phase.of("brainstorm", "write ideas on cards, one per card, and post them in rounds",
            "frame-workshop", "register-participant", "write-card", "open-card-round", "post-card",
            "split-card", "post-comment"),
        Phase.of("cluster", "post more cards and form columns of cards that go together,"
            + " under symbols", "open-card-round", "post-card", "split-card", "form-cluster",
            "place-card", "move-card", "merge-clusters", "split-cluster"),
        Phase.of("name", "name each column, largest first, answering the focus question",
            "place-card", "move-card", "merge-clusters", "split-cluster", "split-card",
            "name-cluster", "rename-cluster")));
    if (settings.prioritise()) {
      phases.add(Phase.of("prioritise", "rank the named columns with the rule '"
          + settings.priorityRule() + "' (an add-on to the workshop)", "cast-priority",
          "count-priorities"));
    }
    List<String> resolve = new ArrayList<>(List.of("rename-cluster", "read-titles",
        "call-for-objections", "raise-objection", "withdraw-objection", "close-objection-check",
        "record-action-item", "conclude-workshop", "post-comment"));
    if (settings.prioritise()) {
      resolve.add("count-priorities");
    }
    phases.add(Phase.of("resolve", "read the titles back, confirm the consensus, agree the next"
        + " steps", resolve.toArray(String[]::new)));
    return phases;
  }

  /**
   * {@return the workshop's procedure; its state is a {@link Workshop}}
   *
   * @param parameters the method's parameters
   * @throws io.yishi.core.spi.InvalidParameterException if a parameter is missing or out of range
   */
  @Override
  public Procedure<Workshop> procedure(Parameters parameters) {
    return new CoCreationProcedure(Settings.of(parameters), phases(parameters));
  }
}
