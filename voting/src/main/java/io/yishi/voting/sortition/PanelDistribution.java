package io.yishi.voting.sortition;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a sortition algorithm computes: a distribution over quota-compliant panels, every
 * volunteer's selection probability, and what explains them.
 *
 * <p>Volunteers with the same value of every feature (and no housemate in the pool, when the
 * household rule applies) are interchangeable: the fair algorithms give them equal chances, so a
 * panel is written as seats per {@linkplain #groups() group}, filled by a uniform draw within the
 * group. A volunteer's probability is therefore Σ over panels of probability × seats of the
 * volunteer's group ÷ the group's size; the probabilities sum to the panel size.
 *
 * @param algorithm the id of the algorithm that computed it, e.g. {@code "leximin"}
 * @param panelSize the panel size, ≥ 1
 * @param groups the groups of interchangeable volunteers, by id; copied
 * @param panels the panels with positive probability, summing to 1; copied
 * @param probabilities every volunteer's selection probability in [0, 1], in pool order; copied
 * @param bindingQuotas the quotas every panel of the distribution meets exactly at a bound, as
 *     {@code "gender=female at its minimum 7"}; copied
 */
public record PanelDistribution(String algorithm, int panelSize, List<List<String>> groups,
    List<Panel> panels, Map<String, Double> probabilities, List<String> bindingQuotas) {

  /**
   * Validates and copies.
   *
   * @param algorithm the id of the algorithm that computed it, e.g. {@code "leximin"}
   * @param panelSize the panel size, ≥ 1
   * @param groups the groups of interchangeable volunteers, by id; copied
   * @param panels the panels with positive probability, summing to 1; copied
   * @param probabilities every volunteer's selection probability in [0, 1], in pool order; copied
   * @param bindingQuotas the quotas every panel of the distribution meets exactly at a bound, as
   *     {@code "gender=female at its minimum 7"}; copied
   * @throws SortitionInputException if the panels' probabilities do not sum to 1, a panel has
   *     the wrong number of groups or seats, or the probabilities do not sum to the panel size
   */
  public PanelDistribution {
    checkNotNull(algorithm, "algorithm");
    groups = groups.stream().map(List::copyOf).toList();
    panels = List.copyOf(panels);
    probabilities = Collections.unmodifiableMap(new LinkedHashMap<>(probabilities));
    bindingQuotas = List.copyOf(bindingQuotas);
    double total = 0;
    for (Panel p : panels) {
      if (p.seats().size() != groups.size()) {
        throw new SortitionInputException("panels.seats", p.seats().size(),
            "a panel needs one seat count per group (" + groups.size() + ")");
      }
      int seats = p.seats().stream().mapToInt(Integer::intValue).sum();
      if (seats != panelSize) {
        throw new SortitionInputException("panels.seats", seats,
            "a panel's seats must sum to the panel size " + panelSize);
      }
      total += p.probability();
    }
    if (Math.abs(total - 1) > 1e-6) {
      throw new SortitionInputException("panels.probability", total, "must sum to 1");
    }
    double sum = probabilities.values().stream().mapToDouble(Double::doubleValue).sum();
    if (Math.abs(sum - panelSize) > 1e-6 * panelSize) {
      throw new SortitionInputException("probabilities", sum,
          "must sum to the panel size " + panelSize);
    }
  }

  /** {@return the smallest selection probability, in [0, 1]} */
  public double minimum() {
    return probabilities.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
  }

  /** {@return the largest selection probability, in [0, 1]} */
  public double maximum() {
    return probabilities.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
  }

  /** {@return the spread of the probabilities: largest minus smallest, in [0, 1]} */
  public double spread() {
    return maximum() - minimum();
  }

  /**
   * {@return the probability of one volunteer}
   *
   * @param id the volunteer's id
   * @throws SortitionInputException if no volunteer has this id
   */
  public double probability(String id) {
    Double p = probabilities.get(id);
    if (p == null) {
      throw new SortitionInputException("volunteer", id, "is not in the pool");
    }
    return p;
  }

  /**
   * {@return the explanation for people, a line each: the algorithm, the panels, the smallest,
   * equal share and largest chance, the spread, and the binding quotas}
   */
  public List<String> explanation() {
    List<String> lines = new ArrayList<>();
    int pool = probabilities.size();
    lines.add(String.format(Locale.ROOT, "%s: %d panels of %d from %d volunteers"
        + " (%d groups of interchangeable volunteers)", algorithm, panels.size(), panelSize, pool,
        groups.size()));
    lines.add(String.format(Locale.ROOT, "selection probability: smallest %.4f, equal share"
        + " %.4f, largest %.4f, spread %.4f", minimum(), (double) panelSize / pool, maximum(),
        spread()));
    long zero = probabilities.values().stream().filter(p -> p < 1e-9).count();
    if (zero > 0) {
      lines.add(zero + (algorithm.equals("legacy")
          ? " volunteers were never drawn in the legacy draws"
          : " volunteers sit on no panel of the distribution"));
    }
    lines.add(bindingQuotas.isEmpty() ? "no quota binds in every panel"
        : "binding quotas: " + String.join("; ", bindingQuotas));
    return lines;
  }

  /** {@return the {@linkplain #explanation() explanation} as one text, a line per step} */
  public String explain() {
    return String.join("\n", explanation());
  }
}
