package io.yishi.core.method.cocreation;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * What a co-creation workshop produces (RULES.md §1.1, steps 16–19): the focus question, the
 * named columns with their cards, and the action list. In ToP the consensus is the set of named
 * columns; this chart is what a portal shows and prints.
 *
 * @param focusQuestion the question the columns answer
 * @param columns the named columns, in the order they were named (largest first)
 * @param actionItems the action items, by number
 * @param confirmed whether the last objection check confirmed the consensus
 * @param concluded whether the workshop has been concluded
 */
public record ConsensusChart(String focusQuestion, List<Column> columns,
    List<Workshop.ActionItem> actionItems, boolean confirmed, boolean concluded) {

  /**
   * Checks that no part is null and copies the lists.
   *
   * @param focusQuestion the question the columns answer
   * @param columns the named columns, in the order they were named (largest first)
   * @param actionItems the action items, by number
   * @param confirmed whether the last objection check confirmed the consensus
   * @param concluded whether the workshop has been concluded
   */
  public ConsensusChart {
    checkNotNull(focusQuestion, "focusQuestion");
    columns = List.copyOf(columns);
    actionItems = List.copyOf(actionItems);
  }

  /**
   * One named column.
   *
   * @param symbol the symbol it was formed under
   * @param name its name, the group's answer to the focus question
   * @param cards its cards, in the order they joined
   */
  public record Column(String symbol, String name, List<Workshop.Card> cards) {
    /**
     * Checks that no part is null and copies the list.
     *
     * @param symbol the symbol it was formed under
     * @param name its name, the group's answer to the focus question
     * @param cards its cards, in the order they joined
     */
    public Column {
      checkNotNull(symbol, "symbol");
      checkNotNull(name, "name");
      cards = List.copyOf(cards);
    }
  }

  /**
   * {@return the chart as lines for people: the question, each column with its cards, then the
   * action items}
   */
  public List<String> lines() {
    List<String> out = new java.util.ArrayList<>();
    out.add("Focus question: " + focusQuestion);
    for (Column c : columns) {
      out.add(c.symbol() + " " + c.name() + " (" + c.cards().size() + " cards)");
      for (Workshop.Card card : c.cards()) {
        out.add("    #" + card.number() + " " + card.text());
      }
    }
    for (Workshop.ActionItem a : actionItems) {
      out.add("Action " + a.number() + ": " + a.what() + " (owner " + a.owner() + ", due "
          + a.due() + ")");
    }
    return out;
  }
}
