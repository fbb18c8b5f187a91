package io.yishi.voting.sortition.internal;

import io.yishi.voting.sortition.Quota;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.optimisation.integer.IntegerStrategy;
import org.ojalgo.type.context.NumberContext;

/**
 * The integer programs over panels, solved with ojAlgo: a panel meeting the quotas, a panel of
 * at least a given weight, and the smallest relaxation of the quotas.
 *
 * <p>The branch and bound runs on one thread, so that equal inputs give equal panels.
 */
public final class Solver {

  static {
    // ojAlgo prints a notice about unknown hardware to standard output when it first loads,
    // which would end up in the middle of a command's output; this property is its off switch.
    if (System.getProperty("shut.up.ojAlgo") == null) {
      System.setProperty("shut.up.ojAlgo", "true");
    }
  }

  /** The largest seat weight, in units, that {@link #panelAbove} writes in whole units. */
  private static final long MAX_UNITS = 10_000;

  private Solver() {}

  /** {@return options for the programs: one thread, tight integrality and gap tolerances} */
  static Optimisation.Options options() {
    Optimisation.Options options = new Optimisation.Options();
    options.integer(IntegerStrategy.newConfigurable()
        .withParallelism(() -> 1)
        .withGapTolerance(NumberContext.of(12, 14)));
    return options;
  }

  /** {@return a new, empty model with {@link #options()}} */
  static ExpressionsBasedModel model() {
    return new ExpressionsBasedModel(options());
  }

  /**
   * Adds the panel's seat variables and the quota, size and household constraints.
   */
  static Variable[] seats(ExpressionsBasedModel model, Instance in) {
    Variable[] c = new Variable[in.groupCount()];
    for (int g = 0; g < c.length; g++) {
      c[g] = model.addVariable("c" + g).lower(0).upper(in.size(g))
          .integer(true);
    }
    Expression size = model.addExpression("size").level(in.k);
    for (Variable v : c) {
      size.set(v, 1);
    }
    for (int[] household : in.households) {
      Expression e = model.addExpression("household" + household[0]).upper(1);
      for (int g : household) {
        e.set(c[g], 1);
      }
    }
    return c;
  }

  static Expression[] quotaRows(ExpressionsBasedModel model, Instance in, Variable[] c) {
    Expression[] rows = new Expression[in.quotas.size()];
    for (int q = 0; q < rows.length; q++) {
      rows[q] = model.addExpression("q" + q);
    }
    for (int g = 0; g < c.length; g++) {
      for (int q : in.groupQuotas[g]) {
        rows[q].set(c[g], 1);
      }
    }
    return rows;
  }

  /**
   * Finds a panel whose total weight, a weight per seat of each group, is at least a threshold,
   * or proves that none is. The panel need not be the best (column generation climbs from it):
   * proving a best one among the many that tie can take the branch and bound minutes.
   *
   * <p>The program is written so that ojAlgo's tolerances, which are partly absolute, cannot
   * blur the threshold. When every weight is a whole multiple of one unit (to rounding, as the
   * duals of a leximin stage often are: equal weights for every volunteer not yet fixed), a
   * panel's weight counts whole units, and the threshold is raised to the next whole unit; a
   * threshold a hair above the weight of the many panels that tie at it then lies a whole unit
   * above them, and the linear relaxation, solved first, proves at once that no panel reaches
   * it (the branch and bound is asked only when the relaxation reaches it). Otherwise the
   * program seeks the panel of greatest weight (scaled so that the largest is 1) without a
   * threshold row: on the pools measured its branch and bound ended within a second, where the
   * same program with the threshold as a row searched for minutes.
   *
   * @param in the compiled problem
   * @param weight per-group weight of one seat
   * @param threshold the least total weight of interest
   * @return seats per group, or null if no panel meets the quotas with at least that weight
   * @throws IllegalStateException if the solver returns a panel that breaks a quota
   */
  public static int @Nullable [] panelAbove(Instance in, double[] weight, double threshold) {
    double largest = 0;
    for (double w : weight) {
      largest = Math.max(largest, Math.abs(w));
    }
    if (largest == 0) {
      return threshold <= 0 ? anyPanel(in) : null;
    }
    double[] units = new double[weight.length];
    double unit = unit(weight, largest, units);
    if (unit > 0) {
      // a panel's weight is within k·error of unit·(its units), so a panel of at least the
      // threshold has at least (threshold − k·error)/unit units, rounded up; the small
      // subtraction keeps the rounding of that quotient on the safe side
      double error = 0;
      for (int g = 0; g < weight.length; g++) {
        error = Math.max(error, Math.abs(weight[g] - unit * units[g]));
      }
      double least = Math.floor((threshold - in.k * error) / unit - 1e-9) + 1;
      if (relaxationBelow(in, units, least)) {
        return null;
      }
      int[] seats = feasibleAbove(in, units, least);
      if (seats == null || LocalSearch.value(seats, weight) >= threshold) {
        return seats;
      }
      // a panel within rounding of the threshold: decide on the weights themselves
    }
    ExpressionsBasedModel model = model();
    Variable[] c = compliant(model, in);
    for (int g = 0; g < c.length; g++) {
      c[g].weight(weight[g] / largest);
    }
    int[] seats = panelOf(model.maximise(), in);
    return seats != null && LocalSearch.value(seats, weight) >= threshold ? seats : null;
  }

  /**
   * {@return a unit of which every weight is a whole multiple of at most {@link #MAX_UNITS}, to
   * within 1e-9 of the largest weight, or 0 if none is found} The unit is tried as the smallest
   * weight that is not rounding noise, divided by 1 to 16; the multiples (whole numbers) are
   * written to units.
   */
  private static double unit(double[] weight, double largest, double[] units) {
    double smallest = largest;
    for (double w : weight) {
      if (Math.abs(w) > 1e-9 * largest) {
        smallest = Math.min(smallest, Math.abs(w));
      }
    }
    for (int divisor = 1; divisor <= 16; divisor++) {
      double unit = smallest / divisor;
      if (largest / unit > MAX_UNITS) {
        return 0;
      }
      boolean whole = true;
      for (int g = 0; g < weight.length && whole; g++) {
        units[g] = Math.round(weight[g] / unit);
        whole = Math.abs(weight[g] - unit * units[g]) <= 1e-9 * largest;
      }
      if (whole) {
        return unit;
      }
    }
    return 0;
  }

  /**
   * {@return whether the linear relaxation proves that no panel's whole units reach least} On a
   * 700/30 pool the branch and bound of {@link #feasibleAbove}, asked for 74 units where the
   * relaxation's best is exactly 73, ran for more than 60 s (more than 4 minutes in the run);
   * the relaxation itself took 0.5 s.
   *
   * @param units whole units per seat of each group
   * @param least a whole number of units
   */
  private static boolean relaxationBelow(Instance in, double[] units, double least) {
    ExpressionsBasedModel model = model();
    Variable[] c = compliant(model, in);
    for (int g = 0; g < c.length; g++) {
      c[g].integer(false).weight(units[g]);
    }
    Optimisation.Result result = model.maximise();
    // panels count whole units: a relaxation a margin below least leaves no panel at least
    return result.getState().isOptimal()
        && result.getValue() < least - 1e-6 * Math.max(1, Math.abs(least));
  }

  /** {@return some panel meeting the quotas whose weight is at least the threshold, or null} */
  private static int @Nullable [] feasibleAbove(Instance in, double[] weight, double threshold) {
    ExpressionsBasedModel model = model();
    Variable[] c = compliant(model, in);
    Expression total = model.addExpression("threshold").lower(threshold);
    for (int g = 0; g < c.length; g++) {
      if (weight[g] != 0) {
        total.set(c[g], weight[g]);
      }
    }
    return panelOf(model.maximise(), in);
  }

  /** {@return a model of the panels meeting the quotas: its seat variables, one per group} */
  private static Variable[] compliant(ExpressionsBasedModel model, Instance in) {
    Variable[] c = seats(model, in);
    Expression[] rows = quotaRows(model, in, c);
    for (int q = 0; q < rows.length; q++) {
      rows[q].lower(in.lo[q]).upper(in.hi[q]);
    }
    return c;
  }

  /**
   * {@return the panel a solved program found, or null if it found none}
   *
   * @throws IllegalStateException if the panel breaks a quota
   */
  private static int @Nullable [] panelOf(Optimisation.Result result, Instance in) {
    if (!result.getState().isFeasible()) {
      return null;
    }
    int[] seats = new int[in.groupCount()];
    for (int g = 0; g < seats.length; g++) {
      seats[g] = (int) Math.round(result.doubleValue(g));
    }
    if (!in.meetsQuotas(seats)) {
      throw new IllegalStateException("the solver returned a panel that breaks the quotas");
    }
    return seats;
  }

  /**
   * Finds some panel that meets the quotas and seats a member of the given group, or proves that
   * none does. It asks for feasibility only, not for the best of such panels: proving a best one
   * among the many that tie can take the branch and bound minutes.
   *
   * @param in the compiled problem
   * @param group the group to seat, 0 to {@code in.groupCount() - 1}
   * @return seats per group, or null if no panel meeting the quotas includes the group
   * @throws IllegalStateException if the solver returns a panel that breaks a quota or leaves
   *     the group out
   */
  public static int @Nullable [] panelWith(Instance in, int group) {
    ExpressionsBasedModel model = model();
    Variable[] c = compliant(model, in);
    c[group].lower(1);
    int[] seats = panelOf(model.maximise(), in);
    if (seats != null && seats[group] < 1) {
      throw new IllegalStateException("the solver returned a panel without group " + group);
    }
    return seats;
  }

  /**
   * {@return whether some panel meets every quota}
   *
   * @param in the compiled problem
   */
  public static boolean feasible(Instance in) {
    return anyPanel(in) != null;
  }

  /**
   * {@return some panel meeting every quota, or null if there is none}
   *
   * <p>A few greedy draws (seeded, so the answer is always the same) usually find one at once;
   * only if they fail does the integer program decide, asked for feasibility alone.
   *
   * @param in the compiled problem
   */
  public static int @Nullable [] anyPanel(Instance in) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(0);
    for (int attempt = 0; attempt < 20; attempt++) {
      int[] people = Legacy.drawOnce(in, random);
      if (people != null) {
        int[] seats = new int[in.groupCount()];
        for (int i : people) {
          seats[in.groupOf[i]]++;
        }
        return seats;
      }
    }
    ExpressionsBasedModel model = model();
    compliant(model, in);
    return panelOf(model.maximise(), in);
  }

  /**
   * Finds the smallest weighted relaxation of the quotas within their flexible bounds (RULES.md
   * section 5, step 2): lowering a minimum m costs 1 + 2/m per seat (a minimum of 0 cannot be
   * lowered), raising a maximum costs 1 per seat.
   *
   * @return the relaxed quotas in the order of the instance's, or null if none is feasible
   * @param in the compiled problem
   */
  public static @Nullable List<Quota> relax(Instance in) {
    ExpressionsBasedModel model = model();
    Variable[] c = seats(model, in);
    int quotas = in.quotas.size();
    Variable[] down = new Variable[quotas];
    Variable[] up = new Variable[quotas];
    for (int q = 0; q < quotas; q++) {
      Quota quota = in.quotas.get(q);
      int minFlex = quota.minFlex() == null ? 0 : quota.minFlex();
      int maxFlex = Math.max(quota.max(), quota.maxFlex() == null ? in.k : quota.maxFlex());
      down[q] = model.addVariable("down" + q).lower(0).upper(quota.min() - minFlex).integer(true)
          .weight(quota.min() == 0 ? 0 : 1 + 2.0 / quota.min());
      up[q] = model.addVariable("up" + q).lower(0).upper(maxFlex - quota.max()).integer(true)
          .weight(1);
      Expression atLeast = model.addExpression("min" + q).lower(quota.min());
      Expression atMost = model.addExpression("max" + q).upper(quota.max());
      for (int g = 0; g < c.length; g++) {
        for (int gq : in.groupQuotas[g]) {
          if (gq == q) {
            atLeast.set(c[g], 1);
            atMost.set(c[g], 1);
          }
        }
      }
      atLeast.set(down[q], 1);
      atMost.set(up[q], -1);
    }
    Optimisation.Result result = model.minimise();
    if (!result.getState().isFeasible()) {
      return null;
    }
    List<Quota> relaxed = new ArrayList<>();
    for (int q = 0; q < quotas; q++) {
      Quota quota = in.quotas.get(q);
      int d = (int) Math.round(result.doubleValue(c.length + 2 * q));
      int u = (int) Math.round(result.doubleValue(c.length + 2 * q + 1));
      relaxed.add(new Quota(quota.feature(), quota.value(), quota.min() - d, quota.max() + u,
          quota.minFlex(), quota.maxFlex()));
    }
    return relaxed;
  }
}
