package io.yishi.core.method.cocreation;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.community.ResidentId;
import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.Decision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The state of a co-creation workshop: what {@code consultation.state().methodState()} holds for
 * a consultation run with {@code co-creation}. An immutable value, the fold of the workshop's
 * {@link WorkshopFact}s; equal logs give equal workshops.
 *
 * @param framed whether the focus question has been stated
 * @param focusQuestion the focus question, empty until framed
 * @param rationalAim what the group needs to know at the end
 * @param experientialAim how the group needs to be at the end
 * @param participants the participants, sorted by resident
 * @param cards every card written, by number (withdrawn cards included)
 * @param round the open posting round, 0 before the first
 * @param clusters the columns, in the order they were formed
 * @param namingOrder the symbols of the named columns, in the order they were named
 * @param priorityBallots the priority ballots accepted, in the order cast
 * @param priorities the priority rule's decision, once counted
 * @param titlesRead whether the titles have been read back since the last change of a name
 * @param checks the objection checks, in order
 * @param actionItems the action items, by number
 * @param concluded whether the workshop has been concluded
 */
public record Workshop(
    boolean framed,
    String focusQuestion,
    String rationalAim,
    String experientialAim,
    List<Participant> participants,
    List<Card> cards,
    int round,
    List<Cluster> clusters,
    List<String> namingOrder,
    List<Ballot> priorityBallots,
    @Nullable Decision priorities,
    boolean titlesRead,
    List<ObjectionCheck> checks,
    List<ActionItem> actionItems,
    boolean concluded) {

  /**
   * Copies the lists.
   *
   * @param framed whether the focus question has been stated
   * @param focusQuestion the focus question, empty until framed
   * @param rationalAim what the group needs to know at the end
   * @param experientialAim how the group needs to be at the end
   * @param participants the participants, sorted by resident
   * @param cards every card written, by number (withdrawn cards included)
   * @param round the open posting round, 0 before the first
   * @param clusters the columns, in the order they were formed
   * @param namingOrder the symbols of the named columns, in the order they were named
   * @param priorityBallots the priority ballots accepted, in the order cast
   * @param priorities the priority rule's decision, once counted
   * @param titlesRead whether the titles have been read back since the last change of a name
   * @param checks the objection checks, in order
   * @param actionItems the action items, by number
   * @param concluded whether the workshop has been concluded
   * @throws NullPointerException if a part other than {
   */
  public Workshop {
    checkNotNull(focusQuestion, "focusQuestion");
    checkNotNull(rationalAim, "rationalAim");
    checkNotNull(experientialAim, "experientialAim");
    participants = List.copyOf(participants);
    cards = List.copyOf(cards);
    clusters = List.copyOf(clusters);
    namingOrder = List.copyOf(namingOrder);
    priorityBallots = List.copyOf(priorityBallots);
    checks = List.copyOf(checks);
    actionItems = List.copyOf(actionItems);
  }

  /** {@return the workshop before anything has happened} */
  static Workshop start() {
    return new Workshop(false, "", "", "", List.of(), List.of(), 0, List.of(), List.of(),
        List.of(), null, false, List.of(), List.of(), false);
  }

  /**
   * A participant and their team.
   *
   * @param resident the participant
   * @param team the team (a pair or triad writing cards together), or empty for none
   */
  public record Participant(ResidentId resident, String team) {
    /**
     * Checks that no part is null.
     *
     * @param resident the participant
     * @param team the team (a pair or triad writing cards together), or empty for none
     */
    public Participant {
      checkNotNull(resident, "resident");
      checkNotNull(team, "team");
    }
  }

  /**
   * One card.
   *
   * @param number the card's number, from 1 in the order written
   * @param author the participant who wrote it
   * @param team the author's team when it was written, or empty
   * @param text the idea
   * @param round the round it was posted in, 0 while not posted
   * @param withdrawn whether it was withdrawn by a split
   */
  public record Card(int number, ResidentId author, String team, String text, int round,
      boolean withdrawn) {
    /**
     * Checks that no part is null.
     *
     * @param number the card's number, from 1 in the order written
     * @param author the participant who wrote it
     * @param team the author's team when it was written, or empty
     * @param text the idea
     * @param round the round it was posted in, 0 while not posted
     * @param withdrawn whether it was withdrawn by a split
     */
    public Card {
      checkNotNull(author, "author");
      checkNotNull(team, "team");
      checkNotNull(text, "text");
    }

    /** {@return whether the card is on the wall: posted and not withdrawn} */
    public boolean onWall() {
      return round > 0 && !withdrawn;
    }
  }

  /**
   * One column of cards.
   *
   * @param symbol the neutral symbol it was formed under
   * @param name its name, empty until named
   * @param cards the numbers of its cards, in the order they joined
   */
  public record Cluster(String symbol, String name, List<Integer> cards) {
    /**
     * Checks that no part is null and copies the list.
     *
     * @param symbol the neutral symbol it was formed under
     * @param name its name, empty until named
     * @param cards the numbers of its cards, in the order they joined
     */
    public Cluster {
      checkNotNull(symbol, "symbol");
      checkNotNull(name, "name");
      cards = List.copyOf(cards);
    }

    /** {@return whether the column has been named} */
    public boolean named() {
      return !name.isEmpty();
    }
  }

  /**
   * One objection.
   *
   * @param by the participant
   * @param cluster the column objected to, or empty for the whole consensus
   * @param reason why
   * @param withdrawn whether it was withdrawn
   */
  public record Objection(ResidentId by, String cluster, String reason, boolean withdrawn) {
    /**
     * Checks that no part is null.
     *
     * @param by the participant
     * @param cluster the column objected to, or empty for the whole consensus
     * @param reason why
     * @param withdrawn whether it was withdrawn
     */
    public Objection {
      checkNotNull(by, "by");
      checkNotNull(cluster, "cluster");
      checkNotNull(reason, "reason");
    }
  }

  /**
   * One objection check.
   *
   * @param number the check's number, from 1
   * @param opened when it was called
   * @param minutes how long it stays open, or 0 until a facilitator closes it
   * @param objections the objections raised, in order, withdrawn ones included
   * @param closed whether it is closed
   * @param confirmed whether it confirmed the consensus
   */
  public record ObjectionCheck(int number, Instant opened, long minutes,
      List<Objection> objections, boolean closed, boolean confirmed) {
    /**
     * Checks that no part is null and copies the list.
     *
     * @param number the check's number, from 1
     * @param opened when it was called
     * @param minutes how long it stays open, or 0 until a facilitator closes it
     * @param objections the objections raised, in order, withdrawn ones included
     * @param closed whether it is closed
     * @param confirmed whether it confirmed the consensus
     */
    public ObjectionCheck {
      checkNotNull(opened, "opened");
      objections = List.copyOf(objections);
    }

    /** {@return the objections not withdrawn} */
    public List<Objection> standing() {
      return objections.stream().filter(o -> !o.withdrawn()).toList();
    }

    /** {@return when it closes by itself; empty if only a facilitator closes it} */
    public Optional<Instant> deadline() {
      return minutes > 0 ? Optional.of(opened.plusSeconds(minutes * 60)) : Optional.empty();
    }
  }

  /**
   * One action item.
   *
   * @param number the item's number, from 1
   * @param cluster the column it carries out, or empty for the whole consensus
   * @param what what is to be done
   * @param owner who sees to it
   * @param due the date it is due
   */
  public record ActionItem(int number, String cluster, String what, ResidentId owner,
      LocalDate due) {
    /**
     * Checks that no part is null.
     *
     * @param number the item's number, from 1
     * @param cluster the column it carries out, or empty for the whole consensus
     * @param what what is to be done
     * @param owner who sees to it
     * @param due the date it is due
     */
    public ActionItem {
      checkNotNull(cluster, "cluster");
      checkNotNull(what, "what");
      checkNotNull(owner, "owner");
      checkNotNull(due, "due");
    }
  }

  /**
   * {@return the participant, if the resident takes part}
   *
   * @param resident the resident
   */
  public Optional<Participant> participant(ResidentId resident) {
    return participants.stream().filter(p -> p.resident().equals(resident)).findFirst();
  }

  /**
   * {@return the card with this number}
   *
   * @param number the card's number
   */
  public Optional<Card> card(int number) {
    return number >= 1 && number <= cards.size() ? Optional.of(cards.get(number - 1))
        : Optional.empty();
  }

  /**
   * {@return the column with this symbol}
   *
   * @param symbol the column's symbol
   */
  public Optional<Cluster> cluster(String symbol) {
    return clusters.stream().filter(c -> c.symbol().equals(symbol)).findFirst();
  }

  /**
   * {@return the symbol of the column holding a card, if it is in one}
   *
   * @param card the card's number
   */
  public Optional<String> clusterOf(int card) {
    return clusters.stream().filter(c -> c.cards().contains(card)).map(Cluster::symbol)
        .findFirst();
  }

  /** {@return the cards on the wall that are in no column yet, by number} */
  public List<Card> unplaced() {
    List<Card> out = new ArrayList<>();
    for (Card c : cards) {
      if (c.onWall() && clusterOf(c.number()).isEmpty()) {
        out.add(c);
      }
    }
    return out;
  }

  /** {@return the objection check now open, if any} */
  public Optional<ObjectionCheck> openCheck() {
    return checks.isEmpty() || checks.get(checks.size() - 1).closed() ? Optional.empty()
        : Optional.of(checks.get(checks.size() - 1));
  }

  /** {@return whether the last objection check confirmed the consensus} */
  public boolean consensusConfirmed() {
    return !checks.isEmpty() && checks.get(checks.size() - 1).confirmed();
  }

  /** {@return the priority decision, once counted} */
  public Optional<Decision> priorityDecision() {
    return Optional.ofNullable(priorities);
  }

  /**
   * {@return the consensus chart as it stands: the named columns, in the order they were named
   * (largest first), each with its cards, then the action items}; unnamed columns are left out
   */
  public ConsensusChart chart() {
    List<ConsensusChart.Column> columns = new ArrayList<>();
    for (String symbol : namingOrder) {
      Cluster c = cluster(symbol).orElseThrow();
      List<Card> inColumn = c.cards().stream().map(n -> cards.get(n - 1)).toList();
      columns.add(new ConsensusChart.Column(c.symbol(), c.name(), inColumn));
    }
    return new ConsensusChart(focusQuestion, columns, actionItems, consensusConfirmed(),
        concluded);
  }
}
