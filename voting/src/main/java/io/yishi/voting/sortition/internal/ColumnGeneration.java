package io.yishi.voting.sortition.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Maximin, leximin and nash over quota-compliant panels by column generation (RULES.md section
 * 5, steps 3 to 6; Flanigan et al. 2021). The master programs are linear programs solved by
 * {@link MasterLp}; new panels come from {@link Solver#bestPanel}. Everything is written over groups of
 * interchangeable volunteers ({@link Instance}).
 */
public final class ColumnGeneration {

  /** A stage's pricing stops when no panel beats the current value by more than this. */
  private static final double PRICING_TOLERANCE = 1e-7;
  /** A group whose dual weight exceeds this has its probability fixed in a leximin stage. */
  private static final double FIX_TOLERANCE = 1e-7;
  /** How far below its promised probability a group's final probability may fall to rounding. */
  private static final double SHORTFALL_TOLERANCE = 1e-7;
  /** Fixed probabilities are held this much below their value, so rounding cannot make a
   * later stage infeasible. */
  private static final double FIXED_SLACK = 1e-10;

  private final Instance in;
  private final List<int[]> panels = new ArrayList<>();
  private final Set<List<Integer>> known = new HashSet<>();
  private final boolean[] coverable;
  /** The probabilities of the known panels at the end of the last stage. */
  private double[] lambda = new double[0];

  /**
   * Starts with panels that between them include every group that any quota-compliant panel
   * can include (RULES.md step 3); a group in no panel gets probability 0.
   *
   * @throws IllegalStateException if no panel meets the quotas (check feasibility first)
   * @param in the compiled problem
   */
  public ColumnGeneration(Instance in) {
    this.in = in;
    int groups = in.groupCount();
    coverable = new boolean[groups];
    int[] first = Solver.anyPanel(in);
    if (first == null) {
      throw new IllegalStateException("no panel meets the quotas; check feasibility first");
    }
    add(first);
    while (true) {
      double[] weight = new double[groups];
      for (int g = 0; g < groups; g++) {
        // distinct weights spare the integer program a search among ties
        weight[g] = coverable[g] ? 0 : 1 + (g % 97) / 970.0;
      }
      int[] panel = LocalSearch.improve(in, weight, panels);
      if (!add(panel)) {
        panel = Solver.bestPanel(in, weight, null);
        if (panel == null || !add(panel)) {
          break;  // the best panel includes no group left out so far: none can be included
        }
      }
    }
  }

  private boolean add(int[] panel) {
    boolean fresh = false;
    for (int g = 0; g < panel.length; g++) {
      if (panel[g] > 0 && !coverable[g]) {
        coverable[g] = true;
        fresh = true;
      }
    }
    if (known.add(key(panel))) {
      panels.add(panel);
    }
    return fresh;
  }

  private static List<Integer> key(int[] panel) {
    List<Integer> key = new ArrayList<>(panel.length);
    for (int c : panel) {
      key.add(c);
    }
    return key;
  }

  /** A distribution: panels (seats per group) and their probabilities. */
  public record Result(List<int[]> panels, double[] probabilities) {}

  /** {@return the maximin distribution: the smallest selection probability as large as can be} */
  public Result maximin() {
    double[] fixed = new double[in.groupCount()];
    Arrays.fill(fixed, Double.NaN);
    double z = stage(fixed, new double[in.groupCount()]);
    for (int g = 0; g < fixed.length; g++) {
      fixed[g] = coverable[g] ? z : 0;
    }
    return distribution(fixed);
  }

  /**
   * {@return the leximin distribution: the smallest probability as large as can be, then the
   * second smallest, and so on}
   */
  public Result leximin() {
    int groups = in.groupCount();
    double[] fixed = new double[groups];
    Arrays.fill(fixed, Double.NaN);
    for (int g = 0; g < groups; g++) {
      if (!coverable[g]) {
        fixed[g] = 0;
      }
    }
    while (Arrays.stream(fixed).anyMatch(Double::isNaN)) {
      double[] mu = new double[groups];
      double z = Math.max(0, Math.min(1, stage(fixed, mu)));
      int best = -1;
      boolean any = false;
      for (int g = 0; g < groups; g++) {
        if (Double.isNaN(fixed[g])) {
          if (mu[g] > FIX_TOLERANCE) {
            fixed[g] = z;
            any = true;
          }
          if (best < 0 || mu[g] > mu[best]) {
            best = g;
          }
        }
      }
      if (!any) {
        fixed[best] = z;  // the weights sum to 1, so some group carries weight; rounding hid it
      }
    }
    return distribution(fixed);
  }

  /**
   * Solves one stage by column generation (RULES.md steps 4 and 5): maximise z subject to
   * Σ_B λ_B·c_g(B)/size_g ≥ z for every unfixed group, ≥ its fixed probability for every fixed
   * group, Σ_B λ_B = 1, over the known panels B, adding the best panel for the duals until none
   * beats them. The duals of the group rows are the weights w_g·size_g of the dual program
   * (minimise ŷ − Σ_fixed f_g·size_g·w_g subject to Σ_g c_g(B)·w_g ≤ ŷ for every panel and
   * Σ_unfixed size_g·w_g = 1). Leaves the panels' probabilities in {@link #lambda}.
   *
   * @param fixed fixed probability per group, NaN where not fixed
   * @param mu receives the dual weight size_g·w_g of every group
   * @return the stage's value: the largest smallest probability of the unfixed groups
   */
  private double stage(double[] fixed, double[] mu) {
    int groups = in.groupCount();
    int[] row = new int[groups];
    int rows = 0;
    for (int g = 0; g < groups; g++) {
      row[g] = coverable[g] ? rows++ : -1;
    }
    int convexity = rows++;
    double[] rhs = new double[rows];
    int unfixedCount = 0;
    for (int g = 0; g < groups; g++) {
      if (coverable[g]) {
        if (Double.isNaN(fixed[g])) {
          unfixedCount++;
        } else {
          rhs[row[g]] = Math.max(0, fixed[g] - FIXED_SLACK);
        }
      }
    }
    rhs[convexity] = 1;
    MasterLp lp = new MasterLp(rhs);
    int[] zRows = new int[unfixedCount];
    double[] zValues = new double[unfixedCount];
    int t = 0;
    for (int g = 0; g < groups; g++) {
      if (coverable[g] && Double.isNaN(fixed[g])) {
        zRows[t] = row[g];
        zValues[t++] = -1;
      }
    }
    lp.addColumn(zRows, zValues, 1);
    int[] start = new int[rows];
    for (int r = 0; r < convexity; r++) {
      start[r] = lp.addColumn(new int[] {r}, new double[] {-1}, 0);
    }
    // the last stage's mixture, as one column, with the surpluses is a feasible start: it gives
    // every group at least what the fixed probabilities ask (the first stage mixes all panels)
    double[] previous = lambda.length == panels.size() ? lambda.clone() : uniform(panels.size());
    double[] mixture = new double[groups];
    for (int b = 0; b < previous.length; b++) {
      int[] panel = panels.get(b);
      for (int g = 0; g < groups; g++) {
        mixture[g] += previous[b] * panel[g];
      }
    }
    start[convexity] = addPanelColumn(lp, mixture, row, convexity);
    int first = start[convexity] + 1;
    for (int[] panel : panels) {
      addPanelColumn(lp, Arrays.stream(panel).asDoubleStream().toArray(), row, convexity);
    }
    lp.start(start);
    boolean refreshed = false;
    while (true) {
      if (!lp.solve()) {
        throw new IllegalStateException("a sortition stage's fixed probabilities are out of reach");
      }
      double[] pi = lp.rowDuals();
      double[] weight = new double[groups];
      for (int g = 0; g < groups; g++) {
        weight[g] = coverable[g] ? Math.max(0, -pi[row[g]]) / in.size(g) : 0;
      }
      double bound = pi[convexity];
      double limit = bound + PRICING_TOLERANCE * Math.max(1, Math.abs(bound));
      // several improving panels per round, each climbed from one of the panels that bind,
      // save rounds; the integer program is asked only when the climbs find none
      int added = 0;
      for (int[] from : binding(weight, bound)) {
        int[] climbed = LocalSearch.improve(in, weight, List.of(from));
        if (LocalSearch.value(climbed, weight) > limit && known.add(key(climbed))) {
          panels.add(climbed);
          addPanelColumn(lp, Arrays.stream(climbed).asDoubleStream().toArray(), row, convexity);
          added++;
        }
      }
      if (added > 0) {
        refreshed = false;
        continue;
      }
      if (!refreshed) {
        // before the integer program is asked, and before the stage's values are read, the
        // basis is refactored and re-solved, so that the drift of the updates cannot show
        refreshed = true;
        lp.refresh();
        continue;
      }
      int[] panel = Solver.bestPanel(in, weight, null);  // proves that no panel beats the bound
      if (LocalSearch.value(panel, weight) <= limit || !known.add(key(panel))) {
        for (int g = 0; g < groups; g++) {
          mu[g] = weight[g] * in.size(g);
        }
        double[] x = lp.primal();
        lambda = new double[panels.size()];
        for (int p = 0; p < lambda.length; p++) {
          lambda[p] = x[first + p] + (p < previous.length ? x[start[convexity]] * previous[p] : 0);
        }
        return lp.objective();
      }
      panels.add(panel);
      addPanelColumn(lp, Arrays.stream(panel).asDoubleStream().toArray(), row, convexity);
      refreshed = false;
    }
  }

  /**
   * {@return the known panels with the last stage's probabilities, scaled to sum to 1}
   *
   * @param floor the probability each group was promised
   * @throws IllegalStateException if some group falls short of its floor by more than
   *     {@link #SHORTFALL_TOLERANCE}: the master program's solution was not accurate enough
   */
  private Result distribution(double[] floor) {
    Result result = clean(panels, lambda);
    double[] pi = new double[in.groupCount()];
    for (int b = 0; b < result.panels().size(); b++) {
      int[] panel = result.panels().get(b);
      for (int g = 0; g < panel.length; g++) {
        pi[g] += result.probabilities()[b] * panel[g] / in.size(g);
      }
    }
    for (int g = 0; g < pi.length; g++) {
      if (coverable[g] && pi[g] < floor[g] - SHORTFALL_TOLERANCE) {
        throw new IllegalStateException("the sortition master program gave group " + g
            + " probability " + pi[g] + ", short of " + floor[g]);
      }
    }
    return result;
  }

  private static double[] uniform(int size) {
    double[] u = new double[size];
    Arrays.fill(u, 1.0 / size);
    return u;
  }

  /** Adds a panel, or a mixture of panels, given as (expected) seats per group. */
  private int addPanelColumn(MasterLp lp, double[] panel, int[] row, int convexity) {
    int nonzero = 0;
    for (int g = 0; g < panel.length; g++) {
      if (panel[g] != 0 && row[g] >= 0) {
        nonzero++;
      }
    }
    int[] rows = new int[nonzero + 1];
    double[] values = new double[nonzero + 1];
    int t = 0;
    for (int g = 0; g < panel.length; g++) {
      if (panel[g] != 0 && row[g] >= 0) {
        rows[t] = row[g];
        values[t++] = panel[g] / in.size(g);
      }
    }
    rows[t] = convexity;
    values[t] = 1;
    return lp.addColumn(rows, values, 0);
  }

  /** {@return up to 8 known panels whose weight is at the bound, the starts for the climbs} */
  private List<int[]> binding(double[] weight, double bound) {
    List<int[]> starts = new ArrayList<>();
    for (int b = panels.size() - 1; b >= 0 && starts.size() < 8; b--) {
      if (LocalSearch.value(panels.get(b), weight) >= bound - 1e-9) {
        starts.add(panels.get(b));
      }
    }
    if (starts.isEmpty()) {
      starts.add(panels.get(panels.size() - 1));
    }
    return starts;
  }

  /**
   * {@return the nash distribution: the product of the selection probabilities (of those any
   * panel can include) as large as can be (RULES.md step 6)}
   *
   * <p>The master problem, maximising Σ_g size_g·log π_g over the known panels, is concave but
   * not linear; it is solved by the multiplicative (EM) update λ_B ← λ_B · (Σ_g c_g(B)/π_g) / N,
   * which keeps λ on the simplex and increases the objective at every step, until every panel's
   * gradient is within 1e-6 of N. Pricing asks for the panel of greatest Σ_g c_g/π_g.
   */
  public Result nash() {
    int groups = in.groupCount();
    double people = 0;
    for (int g = 0; g < groups; g++) {
      if (coverable[g]) {
        people += in.size(g);
      }
    }
    List<Double> lambda = new ArrayList<>();
    for (int b = 0; b < panels.size(); b++) {
      lambda.add(1.0 / panels.size());
    }
    double[] pi = new double[groups];
    for (int round = 0; round < 10_000; round++) {
      for (int step = 0; step < 20_000; step++) {
        probabilities(lambda, pi);
        double worst = 0;
        for (int b = 0; b < panels.size(); b++) {
          double ratio = gradient(panels.get(b), pi) / people;
          if (lambda.get(b) > 1e-12) {
            worst = Math.max(worst, Math.abs(ratio - 1));
          }
          lambda.set(b, lambda.get(b) * ratio);
        }
        if (worst < 1e-7) {
          break;
        }
      }
      probabilities(lambda, pi);
      double[] weight = new double[groups];
      for (int g = 0; g < groups; g++) {
        weight[g] = coverable[g] ? 1 / pi[g] : 0;
      }
      int[] panel = LocalSearch.improve(in, weight, panels);
      if (gradient(panel, pi) <= people * (1 + 1e-6) || known.contains(key(panel))) {
        panel = Solver.bestPanel(in, weight, null);
      }
      if (gradient(panel, pi) <= people * (1 + 1e-6) || !known.add(key(panel))) {
        break;
      }
      panels.add(panel);
      for (int b = 0; b < lambda.size(); b++) {
        lambda.set(b, lambda.get(b) * 0.9);
      }
      lambda.add(0.1);
    }
    return clean(panels, lambda.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private void probabilities(List<Double> lambda, double[] pi) {
    Arrays.fill(pi, 0);
    for (int b = 0; b < panels.size(); b++) {
      int[] panel = panels.get(b);
      double l = lambda.get(b);
      for (int g = 0; g < panel.length; g++) {
        if (panel[g] != 0) {
          pi[g] += l * panel[g] / in.size(g);
        }
      }
    }
  }

  private double gradient(int[] panel, double[] pi) {
    double sum = 0;
    for (int g = 0; g < panel.length; g++) {
      if (panel[g] != 0 && coverable[g]) {
        sum += panel[g] / pi[g];
      }
    }
    return sum;
  }

  /** Drops panels of negligible probability and scales the rest to sum to 1. */
  static Result clean(List<int[]> panels, double[] probabilities) {
    List<int[]> kept = new ArrayList<>();
    List<Double> p = new ArrayList<>();
    double sum = 0;
    for (int b = 0; b < probabilities.length; b++) {
      if (probabilities[b] > 1e-11) {
        kept.add(panels.get(b));
        p.add(probabilities[b]);
        sum += probabilities[b];
      }
    }
    double total = sum;
    return new Result(kept, p.stream().mapToDouble(x -> x / total).toArray());
  }
}
