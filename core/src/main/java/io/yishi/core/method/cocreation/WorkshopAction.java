package io.yishi.core.method.cocreation;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.community.ResidentId;
import io.yishi.core.spi.Action;
import io.yishi.core.spi.Ballot;
import java.time.LocalDate;
import java.util.List;

/**
 * A step taken in a co-creation workshop ({@code co-creation}, RULES.md §1.1), submitted as
 * {@code new Command.Act(action)}. Each kind is also the action's JSON type name and the word a
 * phase lists. Facilitator actions (framing, rounds, clustering, naming, reading back, calling
 * for objections, recording action items, concluding) are taken by one of the method's {@code
 * facilitators}; participant actions (writing and posting cards, priority ballots, objections) by
 * a participant.
 *
 * <p>The records only check that no part is null; everything else (who may act, limits, order) is
 * checked by the workshop when the action is submitted, which refuses it with an {@link
 * io.yishi.core.spi.InvalidActionException} naming the field, the value and the rule.
 */
public sealed interface WorkshopAction extends Action {

  /**
   * Context stage (ICA:UK steps 1–3): a facilitator states the focus question and the aims. Once
   * per workshop, before the first card.
   *
   * @param by the facilitator
   * @param focusQuestion the single open question the workshop answers, not blank
   * @param rationalAim what the group needs to know at the end; may be empty
   * @param experientialAim how the group needs to be at the end; may be empty
   */
  record FrameWorkshop(ResidentId by, String focusQuestion, String rationalAim,
      String experientialAim) implements WorkshopAction {
    /**
     * Checks that no part is null.
     *
     * @param by the facilitator
     * @param focusQuestion the single open question the workshop answers, not blank
     * @param rationalAim what the group needs to know at the end; may be empty
     * @param experientialAim how the group needs to be at the end; may be empty
     */
    public FrameWorkshop {
      checkNotNull(by, "by");
      checkNotNull(focusQuestion, "focusQuestion");
      checkNotNull(rationalAim, "rationalAim");
      checkNotNull(experientialAim, "experientialAim");
    }

    @Override
    public String kind() {
      return "frame-workshop";
    }
  }

  /**
   * A facilitator registers a resident as a participant, or puts a participant in a team (a pair
   * or triad writing cards together). A participant's team cannot change once they wrote a card.
   *
   * @param by the facilitator
   * @param resident the resident taking part
   * @param team the team's name, or empty for none
   */
  record RegisterParticipant(ResidentId by, ResidentId resident, String team)
      implements WorkshopAction {
    /**
     * Checks that no part is null.
     *
     * @param by the facilitator
     * @param resident the resident taking part
     * @param team the team's name, or empty for none
     */
    public RegisterParticipant {
      checkNotNull(by, "by");
      checkNotNull(resident, "resident");
      checkNotNull(team, "team");
    }

    @Override
    public String kind() {
      return "register-participant";
    }
  }

  /**
   * Brainstorm (steps 5–6): a participant writes one idea on one card, answering the focus
   * question. The card stays with its author until posted.
   *
   * @param by the participant
   * @param text the idea, not blank, at most {@code maxCardLength} characters
   */
  record WriteCard(ResidentId by, String text) implements WorkshopAction {
    /**
     * Checks that no part is null.
     *
     * @param by the participant
     * @param text the idea, not blank, at most {@code maxCardLength} characters
     */
    public WriteCard {
      checkNotNull(by, "by");
      checkNotNull(text, "text");
    }

    @Override
    public String kind() {
      return "write-card";
    }
  }

  /**
   * A facilitator opens the next posting round (steps 7 and 10); the previous round closes.
   *
   * @param by the facilitator
   */
  record OpenRound(ResidentId by) implements WorkshopAction {
    /**
     * Checks that no part is null.
     *
     * @param by the facilitator
     */
    public OpenRound {
      checkNotNull(by, "by");
    }

    @Override
    public String kind() {
      return "open-card-round";
    }
  }

  /**
   * A card is read aloud and posted on the wall in the open round, by its author, a teammate or a
   * facilitator; each person or team posts at most {@code cardsPerRound} cards a round.
   *
   * @param by who posts it
   * @param card the card's number
   */
  record PostCard(ResidentId by, int card) implements WorkshopAction {
    /**
     * Checks that no part is null.
     *
     * @param by who posts it
     * @param card the card's number
     */
    public PostCard {
      checkNotNull(by, "by");
    }

    @Override
    public String kind() {
      return "post-card";
    }
  }

  /**
   * A facilitator splits a card holding more than one idea (one idea per card is the
   * facilitator's rule to enforce). The card is withdrawn; each part becomes a new card of the
   * same author, posted in the same round if the original was, and not yet in a cluster.
   *
   * @param by the facilitator
   * @param card the card's number
   * @param parts the texts of the new cards, at least two
   */
  record SplitCard(ResidentId by, int card, List<String> parts) implements WorkshopAction {
    /**
     * Checks that no part is null and copies the list.
     *
     * @param by the facilitator
     * @param card the card's number
     * @param parts the texts of the new cards, at least two
     */
    public SplitCard {
      checkNotNull(by, "by");
      parts = List.copyOf(parts);
    }

    @Override
    public String kind() {
      return "split-card";
    }
  }

  /**
   * Cluster (steps 9–11): a facilitator starts a column from posted cards not yet in one, under a
   * neutral symbol, not a name. Practice starts with pairs and then with single cards that are
   * different from every column.
   *
   * @param by the facilitator
   * @param symbol the column's symbol, e.g. {@code "★"}: 1 to 8 characters, unique
   * @param cards the numbers of the cards, at least one
   */
  record FormCluster(ResidentId by, String symbol, List<Integer> cards)
      implements WorkshopAction {
    /**
     * Checks that no part is null and copies the list.
     *
     * @param by the facilitator
     * @param symbol the column's symbol, e.g. {@code "★"}: 1 to 8 characters, unique
     * @param cards the numbers of the cards, at least one
     */
    public FormCluster {
      checkNotNull(by, "by");
      checkNotNull(symbol, "symbol");
      cards = List.copyOf(cards);
    }

    @Override
    public String kind() {
      return "form-cluster";
    }
  }

  /**
   * A facilitator places a posted card, not yet in a column, in a column (step 12).
   *
   * @param by the facilitator
   * @param card the card's number
   * @param cluster the column's symbol
   */
  record PlaceCard(ResidentId by, int card, String cluster) implements WorkshopAction {
    /**
     * Checks that no part is null.
     *
     * @param by the facilitator
     * @param card the card's number
     * @param cluster the column's symbol
     */
    public PlaceCard {
      checkNotNull(by, "by");
      checkNotNull(cluster, "cluster");
    }

    @Override
    public String kind() {
      return "place-card";
    }
  }

  /**
   * A facilitator moves a card from its column to another; a column left empty is removed.
   *
   * @param by the facilitator
   * @param card the card's number
   * @param to the symbol of the column it moves to
   */
  record MoveCard(ResidentId by, int card, String to) implements WorkshopAction {
    /**
     * Checks that no part is null.
     *
     * @param by the facilitator
     * @param card the card's number
     * @param to the symbol of the column it moves to
     */
    public MoveCard {
      checkNotNull(by, "by");
      checkNotNull(to, "to");
    }

    @Override
    public String kind() {
      return "move-card";
    }
  }

  /**
   * A facilitator merges one column into another; the merged column keeps the symbol and any
   * name of {@code into}.
   *
   * @param by the facilitator
   * @param from the symbol of the column that disappears
   * @param into the symbol of the column that receives its cards
   */
  record MergeClusters(ResidentId by, String from, String into) implements WorkshopAction {
    /**
     * Checks that no part is null.
     *
     * @param by the facilitator
     * @param from the symbol of the column that disappears
     * @param into the symbol of the column that receives its cards
     */
    public MergeClusters {
      checkNotNull(by, "by");
      checkNotNull(from, "from");
      checkNotNull(into, "into");
    }

    @Override
    public String kind() {
      return "merge-clusters";
    }
  }

  /**
   * A facilitator splits some cards off a column into a new, unnamed column.
   *
   * @param by the facilitator
   * @param cluster the symbol of the column split
   * @param symbol the new column's symbol, unique
   * @param cards the cards that move, at least one, leaving at least one behind
   */
  record SplitCluster(ResidentId by, String cluster, String symbol, List<Integer> cards)
      implements WorkshopAction {
    /**
     * Checks that no part is null and copies the list.
     *
     * @param by the facilitator
     * @param cluster the symbol of the column split
     * @param symbol the new column's symbol, unique
     * @param cards the cards that move, at least one, leaving at least one behind
     */
    public SplitCluster {
      checkNotNull(by, "by");
      checkNotNull(cluster, "cluster");
      checkNotNull(symbol, "symbol");
      cards = List.copyOf(cards);
    }

    @Override
    public String kind() {
      return "split-cluster";
    }
  }

  /**
   * Name (steps 13–15): a facilitator records the name the group gave a column, largest unnamed
   * column first, once every posted card is in a column. The name is a descriptive phrase of
   * {@code minNameWords} to {@code maxNameWords} words that answers the focus question (the
   * latter is for the group to judge).
   *
   * @param by the facilitator
   * @param cluster the column's symbol
   * @param name the name
   */
  record NameCluster(ResidentId by, String cluster, String name) implements WorkshopAction {
    /**
     * Checks that no part is null.
     *
     * @param by the facilitator
     * @param cluster the column's symbol
     * @param name the name
     */
    public NameCluster {
      checkNotNull(by, "by");
      checkNotNull(cluster, "cluster");
      checkNotNull(name, "name");
    }

    @Override
    public String kind() {
      return "name-cluster";
    }
  }

  /**
   * A facilitator renames a named column, with the reason, until the consensus is confirmed; the
   * titles must then be read back again.
   *
   * @param by the facilitator
   * @param cluster the column's symbol
   * @param name the new name
   * @param reason why, for the record, not blank
   */
  record RenameCluster(ResidentId by, String cluster, String name, String reason)
      implements WorkshopAction {
    /**
     * Checks that no part is null.
     *
     * @param by the facilitator
     * @param cluster the column's symbol
     * @param name the new name
     * @param reason why, for the record, not blank
     */
    public RenameCluster {
      checkNotNull(by, "by");
      checkNotNull(cluster, "cluster");
      checkNotNull(name, "name");
      checkNotNull(reason, "reason");
    }

    @Override
    public String kind() {
      return "rename-cluster";
    }
  }

  /**
   * Optional prioritise step: a participant's ballot on the named columns, counted with the rule
   * named by {@code priorityRule} (e.g. {@code dots}); the alternatives are the columns' symbols.
   * A later ballot replaces an earlier one only where the rule says so.
   *
   * @param by the participant, whose member id must be the ballot's voter
   * @param ballot the ballot, of the rule's ballot type
   */
  record CastPriority(ResidentId by, Ballot ballot) implements WorkshopAction {
    /**
     * Checks that no part is null.
     *
     * @param by the participant, whose member id must be the ballot's voter
     * @param ballot the ballot, of the rule's ballot type
     */
    public CastPriority {
      checkNotNull(by, "by");
      checkNotNull(ballot, "ballot");
    }

    @Override
    public String kind() {
      return "cast-priority";
    }
  }

  /**
   * A facilitator counts the priority ballots with the priority rule; no ballot is accepted
   * after.
   *
   * @param by the facilitator
   */
  record CountPriorities(ResidentId by) implements WorkshopAction {
    /**
     * Checks that no part is null.
     *
     * @param by the facilitator
     */
    public CountPriorities {
      checkNotNull(by, "by");
    }

    @Override
    public String kind() {
      return "count-priorities";
    }
  }

  /**
   * Resolve (step 16): a facilitator reads every column's title aloud, once every column is
   * named.
   *
   * @param by the facilitator
   */
  record ReadTitles(ResidentId by) implements WorkshopAction {
    /**
     * Checks that no part is null.
     *
     * @param by the facilitator
     */
    public ReadTitles {
      checkNotNull(by, "by");
    }

    @Override
    public String kind() {
      return "read-titles";
    }
  }

  /**
   * A facilitator asks whether anyone objects to the titles read back as the group's consensus.
   * The check stays open until a facilitator closes it or, with {@code objectionMinutes} above
   * zero, until that many minutes have passed.
   *
   * @param by the facilitator
   */
  record CallForObjections(ResidentId by) implements WorkshopAction {
    /**
     * Checks that no part is null.
     *
     * @param by the facilitator
     */
    public CallForObjections {
      checkNotNull(by, "by");
    }

    @Override
    public String kind() {
      return "call-for-objections";
    }
  }

  /**
   * A participant objects during an open check, with a reason; one standing objection per
   * participant per check.
   *
   * @param by the participant
   * @param cluster the symbol of the column objected to, or empty for the whole consensus
   * @param reason why, not blank
   */
  record RaiseObjection(ResidentId by, String cluster, String reason) implements WorkshopAction {
    /**
     * Checks that no part is null.
     *
     * @param by the participant
     * @param cluster the symbol of the column objected to, or empty for the whole consensus
     * @param reason why, not blank
     */
    public RaiseObjection {
      checkNotNull(by, "by");
      checkNotNull(cluster, "cluster");
      checkNotNull(reason, "reason");
    }

    @Override
    public String kind() {
      return "raise-objection";
    }
  }

  /**
   * A participant withdraws their standing objection during the open check; it stays in the
   * record, marked withdrawn.
   *
   * @param by the participant who objected
   */
  record WithdrawObjection(ResidentId by) implements WorkshopAction {
    /**
     * Checks that no part is null.
     *
     * @param by the participant who objected
     */
    public WithdrawObjection {
      checkNotNull(by, "by");
    }

    @Override
    public String kind() {
      return "withdraw-objection";
    }
  }

  /**
   * A facilitator closes the open check: the consensus is confirmed when the standing objections
   * number at most {@code maxObjections}; otherwise the group talks on, may rename columns, and
   * a new check can be called.
   *
   * @param by the facilitator
   */
  record CloseObjectionCheck(ResidentId by) implements WorkshopAction {
    /**
     * Checks that no part is null.
     *
     * @param by the facilitator
     */
    public CloseObjectionCheck {
      checkNotNull(by, "by");
    }

    @Override
    public String kind() {
      return "close-objection-check";
    }
  }

  /**
   * Next steps (step 19): a facilitator records an action item of the confirmed consensus.
   *
   * @param by the facilitator
   * @param cluster the symbol of the column it carries out, or empty for the whole consensus
   * @param what what is to be done, not blank
   * @param owner who sees to it: a participant or a facilitator
   * @param due the date it is due, not before the day it is recorded (in the method's {@code
   *     zone})
   */
  record RecordActionItem(ResidentId by, String cluster, String what, ResidentId owner,
      LocalDate due) implements WorkshopAction {
    /**
     * Checks that no part is null.
     *
     * @param by the facilitator
     * @param cluster the symbol of the column it carries out, or empty for the whole consensus
     * @param what what is to be done, not blank
     * @param owner who sees to it: a participant or a facilitator
     * @param due the date it is due, not before the day it is recorded (in the method's {@code
     *     zone})
     */
    public RecordActionItem {
      checkNotNull(by, "by");
      checkNotNull(cluster, "cluster");
      checkNotNull(what, "what");
      checkNotNull(owner, "owner");
      checkNotNull(due, "due");
    }

    @Override
    public String kind() {
      return "record-action-item";
    }
  }

  /**
   * A facilitator concludes the workshop with its consensus chart and action list: refused before
   * the consensus is confirmed and at least {@code minActionItems} items are recorded. Nothing is
   * accepted after.
   *
   * @param by the facilitator
   */
  record ConcludeWorkshop(ResidentId by) implements WorkshopAction {
    /**
     * Checks that no part is null.
     *
     * @param by the facilitator
     */
    public ConcludeWorkshop {
      checkNotNull(by, "by");
    }

    @Override
    public String kind() {
      return "conclude-workshop";
    }
  }
}
