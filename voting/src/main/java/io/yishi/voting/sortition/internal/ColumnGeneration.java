package io.yishi.voting.sortition.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Maximin, leximin and nash over quota-compliant panels by column generation (RULES.md section
 * 5, steps 3 to 6; Flanigan et al. 2021). The master programs are linear programs solved by
 * {@link MasterLp}; new panels come from {@link LocalSearch} and, when it finds none, from
 * {@link Solver#panelAbove}. Everything is written over groups of interchangeable volunteers
 * ({@link Instance}). The climbs of a pricing round run on the common fork-join pool; their
 * results are taken in order, so runs are deterministic.
 */
public final class ColumnGeneration {

  /** How many panels each pricing round climbs from. */
  private static final int CLIMBS = 64;
  /**
   * A pricing round whose climbs gain less than this fraction of the bound also climbs by pairs
   * of moves: on the benchmark's 1000/40 pool 10⁻³ and 3·10⁻² took leximin 60 and 51 s, 10⁻²
   * 50 s, against 84 to 93 s without pairs.
   */
  private static final double PAIR_TRIGGER = 1e-2;
  /** From how many of a round's best climbed panels the climbs by pairs start. */
  private static final int PAIR_CLIMBS = 2;
  /** A stage's pricing stops when no panel beats the current value by more than this. */
  private static final double PRICING_TOLERANCE = 1e-7;
  /** A group whose dual weight exceeds this has its probability fixed in a leximin stage. */
  private static final double FIX_TOLERANCE = 1e-7;
  /** The least probability nash's master gives a panel whose gradient exceeds N. */
  private static final double REVIVE = 1e-12;
  /** Nash's master stops when no known panel's gradient exceeds N by more than this of N. */
  private static final double NASH_TOLERANCE = 1e-7;
  /**
   * How many panels at probability 0 one Newton step of nash's master may take in, those of the
   * largest gradient above N: taking in every such panel made late steps re-solve their system
   * about five times over, dropping the panels the step would lower.
   */
  private static final int NEWTON_ENTRANTS = 8;
  /** How far below its promised probability a group's final probability may fall to rounding. */
  private static final double SHORTFALL_TOLERANCE = 1e-7;
  /** Fixed probabilities are held this much below their value, so rounding cannot make a
   * later stage infeasible. */
  private static final double FIXED_SLACK = 1e-10;

  private final Instance in;
  private final List<int[]> panels = new ArrayList<>();
  private final Set<List<Integer>> known = new HashSet<>();
  private final boolean[] coverable;
  /** The last stage's master program, or null before the first. */
  private Master master;
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
    boolean[] excluded = new boolean[groups];
    while (true) {
      double[] weight = new double[groups];
      for (int g = 0; g < groups; g++) {
        // the climbs seek the groups left out; distinct weights keep them off ties
        weight[g] = coverable[g] ? 0 : 1 + (g % 97) / 970.0;
      }
      int[] panel = LocalSearch.improve(in, weight, panels);
      if (!add(panel) && !coverOne(excluded)) {
        break;  // no panel includes any group left out so far
      }
    }
  }

  /**
   * Asks the integer program, group by group, for a panel seating a group not yet covered, until
   * one is found (the climbs then go on from it); a group no panel can seat is marked excluded.
   *
   * @return whether a group was covered
   */
  private boolean coverOne(boolean[] excluded) {
    for (int g = 0; g < in.groupCount(); g++) {
      if (!coverable[g] && !excluded[g]) {
        int[] panel = Solver.panelWith(in, g);
        if (panel == null) {
          excluded[g] = true;
        } else if (add(panel)) {
          return true;
        }
      }
    }
    return false;
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
   * Σ_unfixed size_g·w_g = 1). Leaves the panels' probabilities in {@link #lambda}. The master
   * program and its basis carry over from the last stage ({@link Master#refix}).
   *
   * @param fixed fixed probability per group, NaN where not fixed
   * @param mu receives the dual weight size_g·w_g of every group
   * @return the stage's value: the smallest probability its distribution gives an unfixed group
   */
  private double stage(double[] fixed, double[] mu) {
    int groups = in.groupCount();
    if (master == null || !master.refix(fixed)) {
      master = new Master(fixed);
    }
    MasterLp lp = master.lp;
    int[] row = master.row;
    int convexity = master.convexity;
    int first = master.first;
    double[] previous = master.previous;
    int mixtureColumn = first - 1;
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
      // the climbs are independent and run in parallel; the list keeps their order, so the
      // panels enter in the same order on every run
      int[] order = LocalSearch.byWeight(weight);
      List<int[]> climbs = binding(weight, bound).parallelStream()
          .map(from -> LocalSearch.improve(in, weight, order, List.of(from)))
          .toList();
      climbs = withPairClimbs(climbs, weight, order, bound);
      for (int[] climbed : climbs) {
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
      int[] panel = abovePricing(weight, limit);  // or proves that none beats the bound
      if (panel == null || LocalSearch.value(panel, weight) <= limit || !known.add(key(panel))) {
        for (int g = 0; g < groups; g++) {
          mu[g] = weight[g] * in.size(g);
        }
        double[] x = lp.primal();
        lambda = new double[panels.size()];
        for (int p = 0; p < lambda.length; p++) {
          lambda[p] = x[first + p] + (p < previous.length ? x[mixtureColumn] * previous[p] : 0);
        }
        return achieved(fixed);
      }
      panels.add(panel);
      addPanelColumn(lp, Arrays.stream(panel).asDoubleStream().toArray(), row, convexity);
      refreshed = false;
    }
  }

  /**
   * {@return the climbs, after climbs by pairs of moves from the {@value #PAIR_CLIMBS} best of
   * them if none gains more than {@value #PAIR_TRIGGER} of the bound} The single-move climbs
   * stall where the quotas sit at their bounds (see {@link LocalSearch}); then the pairs find
   * panels far above the bound, where the single moves would creep up to it over many rounds
   * and the integer program would be asked. The pair climbs run in parallel and come first.
   */
  private List<int[]> withPairClimbs(List<int[]> climbs, double[] weight, int[] order,
      double bound) {
    double best = climbs.stream().mapToDouble(c -> LocalSearch.value(c, weight)).max()
        .orElse(Double.NEGATIVE_INFINITY);
    if (best - bound >= PAIR_TRIGGER * Math.abs(bound)) {
      return climbs;
    }
    List<int[]> starts = new ArrayList<>(climbs);
    // a stable sort: equal weights keep the climbs' order
    starts.sort((x, y) -> Double.compare(LocalSearch.value(y, weight),
        LocalSearch.value(x, weight)));
    List<int[]> all = new ArrayList<>(starts.subList(0, Math.min(PAIR_CLIMBS, starts.size()))
        .parallelStream()
        .map(from -> LocalSearch.improvePairs(in, weight, order, from))
        .toList());
    all.addAll(climbs);
    return all;
  }

  /**
   * {@return a panel whose weight exceeds the limit, climbed from the integer program's, or null
   * if that program proves that no panel reaches it}
   */
  private int @Nullable [] abovePricing(double[] weight, double limit) {
    int[] panel = Solver.panelAbove(in, weight, limit);
    return panel == null ? null : LocalSearch.improve(in, weight, List.of(panel));
  }

  /**
   * A stage's master program, kept from stage to stage: when a stage fixes groups, their rows
   * leave z's column and get their fixed probability as right-hand side, and the next stage
   * starts from the last stage's optimal basis, which stays feasible (the fixed groups get what
   * that basis gave them) instead of from one mixed column.
   */
  private final class Master {

    final int[] row;
    final int convexity;
    final MasterLp lp;
    /** The panels' probabilities mixed into one starting column. */
    final double[] previous;
    /** The column of the first known panel; the mixture's is the one before. */
    final int first;
    /** z's column: −1 in the row of every group not fixed. */
    final int zColumn;

    /**
     * Builds the program over the known panels, starting from the mixture of the last stage's
     * distribution (the first stage mixes all panels) with the surpluses, which gives every
     * group at least what the fixed probabilities ask.
     */
    Master(double[] fixed) {
      int groups = in.groupCount();
      row = new int[groups];
      int rows = 0;
      for (int g = 0; g < groups; g++) {
        row[g] = coverable[g] ? rows++ : -1;
      }
      convexity = rows++;
      lp = new MasterLp(rightHandSide(fixed));
      int[] zRows = zRows(fixed);
      double[] minusOnes = new double[zRows.length];
      Arrays.fill(minusOnes, -1);
      zColumn = lp.addColumn(zRows, minusOnes, 1);
      int[] start = new int[rows];
      for (int r = 0; r < convexity; r++) {
        start[r] = lp.addColumn(new int[] {r}, new double[] {-1}, 0);
      }
      previous = lambda.length == panels.size() ? lambda.clone() : uniform(panels.size());
      double[] mixture = new double[groups];
      for (int b = 0; b < previous.length; b++) {
        int[] panel = panels.get(b);
        for (int g = 0; g < groups; g++) {
          mixture[g] += previous[b] * panel[g];
        }
      }
      start[convexity] = addPanelColumn(lp, mixture, row, convexity);
      first = start[convexity] + 1;
      for (int[] panel : panels) {
        addPanelColumn(lp, Arrays.stream(panel).asDoubleStream().toArray(), row, convexity);
      }
      lp.start(start);
    }

    private double[] rightHandSide(double[] fixed) {
      double[] rhs = new double[convexity + 1];
      for (int g = 0; g < fixed.length; g++) {
        if (coverable[g] && !Double.isNaN(fixed[g])) {
          rhs[row[g]] = Math.max(0, fixed[g] - FIXED_SLACK);
        }
      }
      rhs[convexity] = 1;
      return rhs;
    }

    private int[] zRows(double[] fixed) {
      return IntStream.range(0, fixed.length)
          .filter(g -> coverable[g] && Double.isNaN(fixed[g])).map(g -> row[g]).toArray();
    }

    /**
     * Moves the newly fixed groups' rows out of z's column, keeping the basis.
     *
     * @return false if the basis does not survive the change (a new program is then built)
     */
    boolean refix(double[] fixed) {
      int[] rows = zRows(fixed);
      double[] values = new double[rows.length];
      Arrays.fill(values, -1);
      return lp.change(zColumn, rows, values, rightHandSide(fixed));
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
    double[] pi = groupProbabilities(result.panels(), result.probabilities(), 1);
    for (int g = 0; g < pi.length; g++) {
      if (coverable[g] && pi[g] < floor[g] - SHORTFALL_TOLERANCE) {
        throw new IllegalStateException("the sortition master program gave group " + g
            + " probability " + pi[g] + ", short of " + floor[g]);
      }
    }
    return result;
  }

  /**
   * {@return the smallest probability the stage's distribution actually gives an unfixed group}
   * The simplex's own value can differ from it by the rounding of its updates; fixing groups at
   * what the distribution gives keeps every later stage feasible, the distribution being a
   * solution of it.
   */
  private double achieved(double[] fixed) {
    double[] pi = groupProbabilities(panels, lambda, Arrays.stream(lambda).sum());
    double z = Double.POSITIVE_INFINITY;
    for (int g = 0; g < pi.length; g++) {
      if (coverable[g] && Double.isNaN(fixed[g])) {
        z = Math.min(z, pi[g]);
      }
    }
    return z;
  }

  /**
   * {@return each group's selection probability under panels of the given weights divided by
   * total} (a volunteer's chance: seats of its group over the group's size)
   */
  private double[] groupProbabilities(List<int[]> of, double[] weights, double total) {
    double[] pi = new double[in.groupCount()];
    for (int b = 0; b < weights.length; b++) {
      int[] panel = of.get(b);
      double p = weights[b] / total;
      for (int g = 0; g < panel.length; g++) {
        if (panel[g] != 0) {
          pi[g] += p * panel[g] / in.size(g);
        }
      }
    }
    return pi;
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

  /**
   * {@return up to {@link #CLIMBS} known panels whose weight is at the bound, the starts for the
   * climbs}
   */
  private List<int[]> binding(double[] weight, double bound) {
    List<int[]> starts = new ArrayList<>();
    for (int b = panels.size() - 1; b >= 0 && starts.size() < CLIMBS; b--) {
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
   * not linear. It is solved by an active-set Newton method ({@code Nash#newton}); should that
   * stall, the multiplicative (EM) update λ_B ← λ_B · (Σ_g c_g(B)/π_g) / N, which keeps λ on the
   * simplex and never lowers the objective, accelerated by squared extrapolation (SQUAREM,
   * Varadhan and Roland 2008), goes on from where it stopped. Optimality is measured by the
   * largest panel gradient: at the optimum no panel's Σ_g c_g/π_g exceeds N. While pricing still
   * finds panels the master is solved loosely (to a tenth of the last panel's gain); at the end
   * no known panel exceeds N by more than {@value #NASH_TOLERANCE} of N, and no panel at all, as
   * the integer program proves, by more than 1e-6 of N.
   */
  public Result nash() {
    Nash master = new Nash();
    for (int[] panel : panels) {
      master.add(panel);
    }
    double[] lambda = uniform(panels.size());
    double tolerance = 1e-3;
    while (true) {
      lambda = master.solve(lambda, tolerance);
      double[] pi = master.probabilities(lambda);
      double[] weight = new double[pi.length];
      for (int g = 0; g < pi.length; g++) {
        weight[g] = coverable[g] ? 1 / pi[g] : 0;
      }
      // several improving panels per round, each climbed from a panel in use of high gradient;
      // the integer program is asked only when the climbs find none
      double limit = master.people * (1 + 1e-6);
      List<int[]> fresh = new ArrayList<>();
      double gain = 0;
      int[] order = LocalSearch.byWeight(weight);
      for (int[] from : steepest(lambda, weight)) {
        int[] climbed = LocalSearch.improve(in, weight, order, List.of(from));
        double value = LocalSearch.value(climbed, weight);
        if (value > limit && known.add(key(climbed))) {
          fresh.add(climbed);
          gain = Math.max(gain, value / master.people - 1);
        }
      }
      if (fresh.isEmpty()) {
        int[] panel = abovePricing(weight, limit);
        if (panel != null && LocalSearch.value(panel, weight) > limit && known.add(key(panel))) {
          fresh.add(panel);
          gain = LocalSearch.value(panel, weight) / master.people - 1;
        }
      }
      if (fresh.isEmpty()) {
        if (tolerance > NASH_TOLERANCE) {
          tolerance = NASH_TOLERANCE;  // converge the master fully, then price once more
          continue;
        }
        return clean(panels, lambda);
      }
      // the new panels start at 0, where the last optimum is; their gradients exceed N, so the
      // Newton steps take them in
      lambda = Arrays.copyOf(lambda, lambda.length + fresh.size());
      for (int[] panel : fresh) {
        panels.add(panel);
        master.add(panel);
      }
      tolerance = Math.max(NASH_TOLERANCE, Math.min(1e-3, gain / 10));
    }
  }

  /** {@return up to 8 panels in use, of the greatest weight, the starts for nash's climbs} */
  private List<int[]> steepest(double[] lambda, double[] weight) {
    Integer[] order = new Integer[lambda.length];
    for (int b = 0; b < order.length; b++) {
      order[b] = b;
    }
    double[] value = new double[lambda.length];
    for (int b = 0; b < value.length; b++) {
      value[b] = lambda[b] > 1e-12 ? LocalSearch.value(panels.get(b), weight) : -1;
    }
    Arrays.sort(order, (a, b) -> Double.compare(value[b], value[a]));
    List<int[]> starts = new ArrayList<>();
    for (int t = 0; t < Math.min(8, order.length); t++) {
      starts.add(panels.get(order[t]));
    }
    return starts;
  }

  /** Nash's master problem over the known panels, each held sparse. */
  private final class Nash {

    private final List<int[]> seatGroups = new ArrayList<>();
    private final List<int[]> seatCounts = new ArrayList<>();
    /** N, the number of volunteers some panel can include. */
    final double people;

    Nash() {
      double sum = 0;
      for (int g = 0; g < in.groupCount(); g++) {
        if (coverable[g]) {
          sum += in.size(g);
        }
      }
      people = sum;
    }

    void add(int[] panel) {
      int nonzero = 0;
      for (int c : panel) {
        if (c != 0) {
          nonzero++;
        }
      }
      int[] g = new int[nonzero];
      int[] c = new int[nonzero];
      for (int j = 0, t = 0; j < panel.length; j++) {
        if (panel[j] != 0) {
          g[t] = j;
          c[t++] = panel[j];
        }
      }
      seatGroups.add(g);
      seatCounts.add(c);
    }

    double[] probabilities(double[] lambda) {
      double[] pi = new double[in.groupCount()];
      for (int b = 0; b < lambda.length; b++) {
        int[] g = seatGroups.get(b);
        int[] c = seatCounts.get(b);
        for (int t = 0; t < g.length; t++) {
          pi[g[t]] += lambda[b] * c[t] / in.size(g[t]);
        }
      }
      return pi;
    }

    double objective(double[] pi) {
      double sum = 0;
      for (int g = 0; g < pi.length; g++) {
        if (coverable[g]) {
          sum += in.size(g) * Math.log(pi[g]);
        }
      }
      return sum;
    }

    /**
     * {@return the EM update of λ}, and in {@code worst} the largest gradient/N − 1 of any known
     * panel: N times it bounds how far the objective is below the master's optimum (the
     * Frank–Wolfe gap, as Σ_B λ_B·gradient_B = N).
     */
    double[] update(double[] lambda, double[] worst) {
      double[] gradient = gradients(probabilities(lambda));
      double[] next = new double[lambda.length];
      worst[0] = 0;
      for (int b = 0; b < lambda.length; b++) {
        double ratio = gradient[b] / people;
        worst[0] = Math.max(worst[0], ratio - 1);
        next[b] = lambda[b] * ratio;
        if (ratio > 1 && next[b] < REVIVE) {
          next[b] = REVIVE;  // a panel that has died out but now gains gets a foothold again
        }
      }
      double sum = 0;
      for (double l : next) {
        sum += l;
      }
      for (int b = 0; b < next.length; b++) {
        next[b] /= sum;
      }
      return next;
    }

    /**
     * {@return λ once no known panel's gradient exceeds N by more than the tolerance (relative)},
     * by Newton's method on the panels in use ({@link #newton}), or, should that stall, by
     * SQUAREM steps from where it stopped
     */
    double[] solve(double[] start, double tolerance) {
      double[] lambda = start.clone();
      return newton(lambda, tolerance) ? lambda : squarem(lambda, tolerance);
    }

    /** {@return every known panel's gradient Σ_g c_g(B)/π_g} */
    double[] gradients(double[] pi) {
      double[] gradient = new double[seatGroups.size()];
      for (int b = 0; b < gradient.length; b++) {
        int[] g = seatGroups.get(b);
        int[] c = seatCounts.get(b);
        double sum = 0;
        for (int t = 0; t < g.length; t++) {
          sum += c[t] / pi[g[t]];
        }
        gradient[b] = sum;
      }
      return gradient;
    }

    /**
     * Maximises Σ_g size_g·log π_g over the known panels by an active-set Newton method, in place.
     * Each step takes the panels in use together with the {@value #NEWTON_ENTRANTS} unused panels
     * of greatest gradient above N (ties by index), and solves the Newton system of the objective
     * restricted to them and to Σλ = 1: with M the negated Hessian,
     * M_BC = Σ_g c_g(B)·c_g(C)/(size_g·π_g²), the step is d = M⁻¹(G − ν·1) with ν chosen so that
     * Σd = 0 (a ridge of 1e-12 of M's largest diagonal entry, more if needed, keeps M invertible
     * where the panels outnumber the groups). A panel at 0 that the step would lower leaves the
     * set. The step is tried whole, then halved, with the weights it takes below 0 set to 0, so
     * that many panels can leave at once, until the objective rises; failing that, it is cut where
     * a weight reaches 0 (that panel leaves) and, by halving on the directional derivative, where
     * the objective stops rising along it. Near the optimum the steps are Newton's and converge
     * quadratically, where the multiplicative update crawls.
     *
     * @return whether it converged; false leaves λ at the best point reached
     */
    private boolean newton(double[] lambda, double tolerance) {
      int count = lambda.length;
      for (int step = 0; step < 200; step++) {
        double[] pi = probabilities(lambda);
        double[] gradient = gradients(pi);
        double worst = 0;
        for (double v : gradient) {
          worst = Math.max(worst, v / people - 1);
        }
        if (worst < tolerance) {
          return true;
        }
        boolean[] active = new boolean[count];
        List<Integer> entrants = new ArrayList<>();
        for (int b = 0; b < count; b++) {
          active[b] = lambda[b] > 0;
          if (lambda[b] == 0 && gradient[b] > people) {
            entrants.add(b);
          }
        }
        // the sort is stable, so ties keep the order of index
        entrants.sort((x, y) -> Double.compare(gradient[y], gradient[x]));
        for (int t = 0; t < Math.min(NEWTON_ENTRANTS, entrants.size()); t++) {
          active[entrants.get(t)] = true;
        }
        double[] d;
        boolean dropped;
        do {
          d = newtonStep(pi, gradient, active);
          if (d == null) {
            return false;  // the system could not be solved
          }
          dropped = false;
          for (int b = 0; b < count; b++) {
            if (active[b] && lambda[b] == 0 && d[b] < 0) {
              active[b] = false;  // it would go below 0 at once: drop it and solve again
              dropped = true;
            }
          }
        } while (dropped);
        double rise = 0;
        double limit = 1;
        int blocking = -1;
        for (int b = 0; b < count; b++) {
          rise += d[b] * gradient[b];
          if (d[b] < 0 && lambda[b] / -d[b] < limit) {
            limit = lambda[b] / -d[b];
            blocking = b;
          }
        }
        if (!(rise > 1e-14 * people)) {
          return false;  // no ascent left to rounding, yet the tolerance is not met
        }
        // the full step, or a half, a quarter…, with the probabilities it takes below 0 set to 0
        // (many panels can leave at once), if that raises the objective; else the step along d
        // as far as it stays ≥ 0 and the objective rises
        double[] projected = new double[count];
        double before = objective(pi);
        boolean moved = false;
        for (double arc = 1; arc > 1e-3 && !moved; arc /= 2) {
          double total = 0;
          for (int b = 0; b < count; b++) {
            projected[b] = Math.max(0, lambda[b] + arc * d[b]);
            total += projected[b];
          }
          for (int b = 0; b < count; b++) {
            projected[b] /= total;
          }
          moved = objective(probabilities(projected)) > before;
        }
        if (moved) {
          System.arraycopy(projected, 0, lambda, 0, count);
          continue;
        }
        double t = limit;
        for (int halving = 0; halving < 60 && !ascends(lambda, d, t); halving++) {
          t /= 2;
          blocking = -1;
        }
        for (int b = 0; b < count; b++) {
          if (d[b] != 0) {
            lambda[b] = b == blocking ? 0 : Math.max(0, lambda[b] + t * d[b]);
          }
        }
        double sum = 0;
        for (double l : lambda) {
          sum += l;
        }
        for (int b = 0; b < count; b++) {
          lambda[b] /= sum;
        }
      }
      return false;
    }

    /**
     * {@return whether the objective still rises at λ + t·d along d, with every probability
     * positive there} The objective is concave, so it then rose all the way from λ.
     */
    private boolean ascends(double[] lambda, double[] d, double t) {
      double[] moved = new double[lambda.length];
      for (int b = 0; b < moved.length; b++) {
        moved[b] = Math.max(0, lambda[b] + t * d[b]);
      }
      double[] pi = probabilities(moved);
      for (int g = 0; g < pi.length; g++) {
        if (coverable[g] && !(pi[g] > 0)) {
          return false;
        }
      }
      double[] gradient = gradients(pi);
      double slope = 0;
      for (int b = 0; b < d.length; b++) {
        slope += d[b] * gradient[b];
      }
      return slope >= 0;
    }

    /**
     * {@return the Newton direction over the active panels (0 elsewhere), or null if the
     * system, even with a ridge added, is not positive definite}
     */
    private double @Nullable [] newtonStep(double[] pi, double[] gradient, boolean[] active) {
      int count = active.length;
      int[] position = new int[count];
      int size = 0;
      for (int b = 0; b < count; b++) {
        position[b] = active[b] ? size++ : -1;
      }
      int[] panelAt = new int[size];
      for (int b = 0; b < count; b++) {
        if (active[b]) {
          panelAt[position[b]] = b;
        }
      }
      // M = Σ_g w_g·c_g·c_gᵀ over the active panels seating g, w_g = 1/(size_g·π_g²)
      List<List<int[]>> seated = new ArrayList<>();
      for (int g = 0; g < in.groupCount(); g++) {
        seated.add(new ArrayList<>());
      }
      for (int p = 0; p < size; p++) {
        int[] g = seatGroups.get(panelAt[p]);
        int[] c = seatCounts.get(panelAt[p]);
        for (int t = 0; t < g.length; t++) {
          seated.get(g[t]).add(new int[] {p, c[t]});
        }
      }
      double[][] m = new double[size][size];
      for (int g = 0; g < seated.size(); g++) {
        List<int[]> list = seated.get(g);
        if (list.isEmpty()) {
          continue;
        }
        double w = 1 / (in.size(g) * pi[g] * pi[g]);
        for (int[] x : list) {
          double[] row = m[x[0]];
          double wx = w * x[1];
          for (int[] y : list) {
            row[y[0]] += wx * y[1];
          }
        }
      }
      double largest = 0;
      for (int p = 0; p < size; p++) {
        largest = Math.max(largest, m[p][p]);
      }
      for (double ridge = 1e-12 * largest; ridge <= 1e-4 * largest; ridge *= 100) {
        double[][] l = cholesky(m, ridge);
        if (l == null) {
          continue;
        }
        double[] ones = new double[size];
        double[] g = new double[size];
        for (int p = 0; p < size; p++) {
          ones[p] = 1;
          g[p] = gradient[panelAt[p]];
        }
        double[] x = solveCholesky(l, g);
        double[] y = solveCholesky(l, ones);
        double nu = Arrays.stream(x).sum() / Arrays.stream(y).sum();
        double[] d = new double[count];
        for (int p = 0; p < size; p++) {
          d[panelAt[p]] = x[p] - nu * y[p];
        }
        return d;
      }
      return null;
    }

    /**
     * {@return λ after SQUAREM steps, once no known panel's gradient exceeds N by more than the
     * tolerance (relative)}
     */
    double[] squarem(double[] start, double tolerance) {
      double[] lambda = start;
      double[] worst = new double[1];
      for (int step = 0; step < 1_000_000; step++) {
        double[] first = update(lambda, worst);
        if (worst[0] < tolerance) {
          return lambda;
        }
        double[] second = update(first, worst);
        double r = 0;
        double v = 0;
        for (int b = 0; b < lambda.length; b++) {
          double rb = first[b] - lambda[b];
          double vb = second[b] - 2 * first[b] + lambda[b];
          r += rb * rb;
          v += vb * vb;
        }
        double alpha = v == 0 ? -1 : Math.min(-1, -Math.sqrt(r / v));
        double[] jump = null;
        for (int tries = 0; tries < 30 && alpha < -1; tries++) {
          double[] candidate = new double[lambda.length];
          boolean positive = true;
          for (int b = 0; b < lambda.length && positive; b++) {
            double rb = first[b] - lambda[b];
            double vb = second[b] - 2 * first[b] + lambda[b];
            candidate[b] = lambda[b] - 2 * alpha * rb + alpha * alpha * vb;
            positive = candidate[b] > 0 || lambda[b] == 0;
            candidate[b] = Math.max(0, candidate[b]);
          }
          if (positive) {
            jump = update(candidate, worst);
            break;
          }
          alpha = (alpha - 1) / 2;  // pull the jump back towards the plain double step
        }
        if (jump != null
            && objective(probabilities(jump)) >= objective(probabilities(second))) {
          lambda = jump;
        } else {
          lambda = second;
        }
      }
      throw new IllegalStateException("nash's master problem did not converge");
    }
  }

  /**
   * {@return the lower triangular L with L·Lᵀ = a + ridge·I, row by row, or null if that is not
   * positive definite}
   */
  private static double @Nullable [][] cholesky(double[][] a, double ridge) {
    int n = a.length;
    double[][] l = new double[n][];
    for (int i = 0; i < n; i++) {
      double[] li = new double[i + 1];
      for (int j = 0; j <= i; j++) {
        double[] lj = l[j] == null ? li : l[j];
        double sum = a[i][j] + (i == j ? ridge : 0);
        for (int k = 0; k < j; k++) {
          sum -= li[k] * lj[k];
        }
        if (i == j) {
          if (!(sum > 0)) {
            return null;
          }
          li[i] = Math.sqrt(sum);
        } else {
          li[j] = sum / lj[j];
        }
      }
      l[i] = li;
    }
    return l;
  }

  /** {@return x with L·Lᵀ·x = b} */
  private static double[] solveCholesky(double[][] l, double[] b) {
    int n = b.length;
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = b[i];
      for (int k = 0; k < i; k++) {
        sum -= l[i][k] * y[k];
      }
      y[i] = sum / l[i][i];
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double sum = y[i];
      for (int k = i + 1; k < n; k++) {
        sum -= l[k][i] * x[k];
      }
      x[i] = sum / l[i][i];
    }
    return x;
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
