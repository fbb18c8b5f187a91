package io.yishi.voting.sortition;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * One panel of a {@link PanelDistribution} and its probability. A panel is given as seats per
 * group of interchangeable volunteers ({@link PanelDistribution#groups()}): {@code seats.get(j)}
 * members are drawn uniformly at random from group {@code j} when this panel is drawn.
 *
 * @param seats seats per group, each in [0, group size], summing to the panel size; copied
 * @param probability the panel's probability, in (0, 1]
 */
public record Panel(List<Integer> seats, double probability) {

  /**
   * Validates and copies.
   *
   * @param seats seats per group, each in [0, group size], summing to the panel size; copied
   * @param probability the panel's probability, in (0, 1]
   * @throws SortitionInputException if a seat count is negative or the probability is outside
   *     (0, 1]
   */
  public Panel {
    checkNotNull(seats, "seats");
    seats = List.copyOf(seats);
    for (int s : seats) {
      if (s < 0) {
        throw new SortitionInputException("panel.seats", seats, "counts must be ≥ 0");
      }
    }
    if (!(probability > 0 && probability <= 1 + 1e-9)) {
      throw new SortitionInputException("panel.probability", probability, "must be in (0, 1]");
    }
  }
}
