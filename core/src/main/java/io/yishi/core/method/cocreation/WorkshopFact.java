package io.yishi.core.method.cocreation;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.community.ResidentId;
import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.Decision;
import io.yishi.core.spi.Fact;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a co-creation workshop records in the consultation's log, one record per kind; the state
 * ({@link Workshop}) is their fold. Each {@link #type()} is also the fact's JSON type name, a
 * contract of stored logs. Parts are checked when the fact is folded: a fact that could not
 * follow the workshop so far (a stored log rewritten) is refused.
 */
public sealed interface WorkshopFact extends Fact {

  /**
   * The workshop was framed.
   *
   * @param by the facilitator
   * @param focusQuestion the focus question
   * @param rationalAim what the group needs to know at the end
   * @param experientialAim how the group needs to be at the end
   * @param participants the participants taken from the consultation's electorate, sorted
   */
  record WorkshopFramed(ResidentId by, String focusQuestion, String rationalAim,
      String experientialAim, List<ResidentId> participants) implements WorkshopFact {
    /**
     * Checks that no part is null and copies the list.
     *
     * @param by the facilitator
     * @param focusQuestion the focus question
     * @param rationalAim what the group needs to know at the end
     * @param experientialAim how the group needs to be at the end
     * @param participants the participants taken from the consultation's electorate, sorted
     */
    public WorkshopFramed {
      checkNotNull(by, "by");
      checkNotNull(focusQuestion, "focusQuestion");
      checkNotNull(rationalAim, "rationalAim");
      checkNotNull(experientialAim, "experientialAim");
      participants = List.copyOf(participants);
    }

    @Override
    public String type() {
      return "workshop-framed";
    }
  }

  /**
   * A resident was registered as a participant, or put in a team.
   *
   * @param resident the participant
   * @param team the team, or empty for none
   */
  record ParticipantRegistered(ResidentId resident, String team) implements WorkshopFact {
    /**
     * Checks that no part is null.
     *
     * @param resident the participant
     * @param team the team, or empty for none
     */
    public ParticipantRegistered {
      checkNotNull(resident, "resident");
      checkNotNull(team, "team");
    }

    @Override
    public String type() {
      return "participant-registered";
    }
  }

  /**
   * A card was written.
   *
   * @param number the card's number, from 1 in the order written
   * @param author the participant who wrote it
   * @param team the author's team, or empty
   * @param text the idea
   */
  record CardWritten(int number, ResidentId author, String team, String text)
      implements WorkshopFact {
    /**
     * Checks that no part is null.
     *
     * @param number the card's number, from 1 in the order written
     * @param author the participant who wrote it
     * @param team the author's team, or empty
     * @param text the idea
     */
    public CardWritten {
      checkNotNull(author, "author");
      checkNotNull(team, "team");
      checkNotNull(text, "text");
    }

    @Override
    public String type() {
      return "card-written";
    }
  }

  /**
   * A posting round was opened.
   *
   * @param round the round's number, from 1
   */
  record RoundOpened(int round) implements WorkshopFact {
    @Override
    public String type() {
      return "card-round-opened";
    }
  }

  /**
   * A card was posted on the wall.
   *
   * @param card the card's number
   * @param round the round it was posted in
   * @param by who posted it
   */
  record CardPosted(int card, int round, ResidentId by) implements WorkshopFact {
    /**
     * Checks that no part is null.
     *
     * @param card the card's number
     * @param round the round it was posted in
     * @param by who posted it
     */
    public CardPosted {
      checkNotNull(by, "by");
    }

    @Override
    public String type() {
      return "card-posted";
    }
  }

  /**
   * A card was split: it is withdrawn and its parts are new cards.
   *
   * @param card the card's number
   * @param parts the new cards' texts; they take the next numbers in order
   */
  record CardSplit(int card, List<String> parts) implements WorkshopFact {
    /**
     * Copies the list.
     *
     * @param card the card's number
     * @param parts the new cards' texts; they take the next numbers in order
     */
    public CardSplit {
      parts = List.copyOf(parts);
    }

    @Override
    public String type() {
      return "card-split";
    }
  }

  /**
   * A column was started under a symbol.
   *
   * @param symbol the symbol
   * @param cards the cards in it
   */
  record ClusterFormed(String symbol, List<Integer> cards) implements WorkshopFact {
    /**
     * Checks that no part is null and copies the list.
     *
     * @param symbol the symbol
     * @param cards the cards in it
     */
    public ClusterFormed {
      checkNotNull(symbol, "symbol");
      cards = List.copyOf(cards);
    }

    @Override
    public String type() {
      return "cluster-formed";
    }
  }

  /**
   * A card was placed in a column.
   *
   * @param card the card's number
   * @param cluster the column's symbol
   */
  record CardPlaced(int card, String cluster) implements WorkshopFact {
    /**
     * Checks that no part is null.
     *
     * @param card the card's number
     * @param cluster the column's symbol
     */
    public CardPlaced {
      checkNotNull(cluster, "cluster");
    }

    @Override
    public String type() {
      return "card-placed";
    }
  }

  /**
   * A card moved between columns; a column left empty is removed.
   *
   * @param card the card's number
   * @param from the symbol of the column it left
   * @param to the symbol of the column it joined
   */
  record CardMoved(int card, String from, String to) implements WorkshopFact {
    /**
     * Checks that no part is null.
     *
     * @param card the card's number
     * @param from the symbol of the column it left
     * @param to the symbol of the column it joined
     */
    public CardMoved {
      checkNotNull(from, "from");
      checkNotNull(to, "to");
    }

    @Override
    public String type() {
      return "card-moved";
    }
  }

  /**
   * One column was merged into another.
   *
   * @param from the symbol of the column that disappeared
   * @param into the symbol of the column that received its cards
   */
  record ClustersMerged(String from, String into) implements WorkshopFact {
    /**
     * Checks that no part is null.
     *
     * @param from the symbol of the column that disappeared
     * @param into the symbol of the column that received its cards
     */
    public ClustersMerged {
      checkNotNull(from, "from");
      checkNotNull(into, "into");
    }

    @Override
    public String type() {
      return "clusters-merged";
    }
  }

  /**
   * Cards were split off a column into a new one.
   *
   * @param from the symbol of the column split
   * @param symbol the new column's symbol
   * @param cards the cards that moved
   */
  record ClusterSplit(String from, String symbol, List<Integer> cards) implements WorkshopFact {
    /**
     * Checks that no part is null and copies the list.
     *
     * @param from the symbol of the column split
     * @param symbol the new column's symbol
     * @param cards the cards that moved
     */
    public ClusterSplit {
      checkNotNull(from, "from");
      checkNotNull(symbol, "symbol");
      cards = List.copyOf(cards);
    }

    @Override
    public String type() {
      return "cluster-split";
    }
  }

  /**
   * A column was named.
   *
   * @param cluster the column's symbol
   * @param name the name
   */
  record ClusterNamed(String cluster, String name) implements WorkshopFact {
    /**
     * Checks that no part is null.
     *
     * @param cluster the column's symbol
     * @param name the name
     */
    public ClusterNamed {
      checkNotNull(cluster, "cluster");
      checkNotNull(name, "name");
    }

    @Override
    public String type() {
      return "cluster-named";
    }
  }

  /**
   * A column was renamed.
   *
   * @param cluster the column's symbol
   * @param previous its name before
   * @param name its new name
   * @param reason why
   */
  record ClusterRenamed(String cluster, String previous, String name, String reason)
      implements WorkshopFact {
    /**
     * Checks that no part is null.
     *
     * @param cluster the column's symbol
     * @param previous its name before
     * @param name its new name
     * @param reason why
     */
    public ClusterRenamed {
      checkNotNull(cluster, "cluster");
      checkNotNull(previous, "previous");
      checkNotNull(name, "name");
      checkNotNull(reason, "reason");
    }

    @Override
    public String type() {
      return "cluster-renamed";
    }
  }

  /**
   * A priority ballot was accepted (replacing the voter's earlier one, where the rule allows).
   *
   * @param ballot the ballot
   */
  record PriorityCast(Ballot ballot) implements WorkshopFact {
    /**
     * Checks that no part is null.
     *
     * @param ballot the ballot
     */
    public PriorityCast {
      checkNotNull(ballot, "ballot");
    }

    @Override
    public String type() {
      return "priority-cast";
    }
  }

  /**
   * The priority ballots were counted.
   *
   * @param decision the priority rule's decision, alternatives being the columns' symbols
   */
  record PrioritiesCounted(Decision decision) implements WorkshopFact {
    /**
     * Checks that no part is null.
     *
     * @param decision the priority rule's decision, alternatives being the columns' symbols
     */
    public PrioritiesCounted {
      checkNotNull(decision, "decision");
    }

    @Override
    public String type() {
      return "priorities-counted";
    }
  }

  /**
   * The titles were read back.
   *
   * @param titles the names, in the chart's order
   */
  record TitlesRead(List<String> titles) implements WorkshopFact {
    /**
     * Copies the list.
     *
     * @param titles the names, in the chart's order
     */
    public TitlesRead {
      titles = List.copyOf(titles);
    }

    @Override
    public String type() {
      return "titles-read";
    }
  }

  /**
   * An objection check was opened.
   *
   * @param check the check's number, from 1
   * @param at when
   * @param minutes how long it stays open, or 0 until a facilitator closes it
   */
  record ObjectionsCalled(int check, Instant at, long minutes) implements WorkshopFact {
    /**
     * Checks that no part is null.
     *
     * @param check the check's number, from 1
     * @param at when
     * @param minutes how long it stays open, or 0 until a facilitator closes it
     */
    public ObjectionsCalled {
      checkNotNull(at, "at");
    }

    @Override
    public String type() {
      return "objections-called";
    }
  }

  /**
   * An objection was raised.
   *
   * @param check the open check's number
   * @param by the participant
   * @param cluster the column objected to, or empty for the whole consensus
   * @param reason why
   */
  record ObjectionRaised(int check, ResidentId by, String cluster, String reason)
      implements WorkshopFact {
    /**
     * Checks that no part is null.
     *
     * @param check the open check's number
     * @param by the participant
     * @param cluster the column objected to, or empty for the whole consensus
     * @param reason why
     */
    public ObjectionRaised {
      checkNotNull(by, "by");
      checkNotNull(cluster, "cluster");
      checkNotNull(reason, "reason");
    }

    @Override
    public String type() {
      return "objection-raised";
    }
  }

  /**
   * A standing objection was withdrawn.
   *
   * @param check the open check's number
   * @param by the participant who had objected
   */
  record ObjectionWithdrawn(int check, ResidentId by) implements WorkshopFact {
    /**
     * Checks that no part is null.
     *
     * @param check the open check's number
     * @param by the participant who had objected
     */
    public ObjectionWithdrawn {
      checkNotNull(by, "by");
    }

    @Override
    public String type() {
      return "objection-withdrawn";
    }
  }

  /**
   * An objection check was closed, by a facilitator or at its deadline.
   *
   * @param check the check's number
   * @param at when it closed
   * @param standing the objections standing when it closed
   * @param confirmed whether the consensus was confirmed: {@code standing <= maxObjections}
   */
  record ObjectionCheckClosed(int check, Instant at, int standing, boolean confirmed)
      implements WorkshopFact {
    /**
     * Checks that no part is null.
     *
     * @param check the check's number
     * @param at when it closed
     * @param standing the objections standing when it closed
     * @param confirmed whether the consensus was confirmed: {@code standing <= maxObjections}
     */
    public ObjectionCheckClosed {
      checkNotNull(at, "at");
    }

    @Override
    public String type() {
      return "objection-check-closed";
    }
  }

  /**
   * An action item was recorded.
   *
   * @param number the item's number, from 1
   * @param cluster the column it carries out, or empty
   * @param what what is to be done
   * @param owner who sees to it
   * @param due the date it is due
   */
  record ActionItemRecorded(int number, String cluster, String what, ResidentId owner,
      LocalDate due) implements WorkshopFact {
    /**
     * Checks that no part is null.
     *
     * @param number the item's number, from 1
     * @param cluster the column it carries out, or empty
     * @param what what is to be done
     * @param owner who sees to it
     * @param due the date it is due
     */
    public ActionItemRecorded {
      checkNotNull(cluster, "cluster");
      checkNotNull(what, "what");
      checkNotNull(owner, "owner");
      checkNotNull(due, "due");
    }

    @Override
    public String type() {
      return "action-item-recorded";
    }
  }

  /**
   * The workshop was concluded.
   *
   * @param by the facilitator
   * @param at when
   */
  record WorkshopConcluded(ResidentId by, Instant at) implements WorkshopFact {
    /**
     * Checks that no part is null.
     *
     * @param by the facilitator
     * @param at when
     */
    public WorkshopConcluded {
      checkNotNull(by, "by");
      checkNotNull(at, "at");
    }

    @Override
    public String type() {
      return "workshop-concluded";
    }
  }
}
