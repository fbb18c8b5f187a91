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
 * The integer programs over panels, solved with ojAlgo: a panel meeting the quotas, the panel of
 * greatest weight, and the smallest relaxation of the quotas.
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
   * Finds the panel of greatest total weight, a weight per seat of each group, among those whose
   * weight is at least a threshold. The threshold prunes the search: in column generation only
   * a panel beating the current bound is of use, and at the end of a stage, when none does, the
   * integer program proves that from its relaxations at once instead of searching among the
   * many panels that tie at the bound.
   *
   * @param in the compiled problem
   * @param weight per-group weight of one seat
   * @param threshold the least total weight of interest; {@code Double.NEGATIVE_INFINITY} for any
   * @return seats per group, or null if no panel meets the quotas with at least that weight
   */
  public static int @Nullable [] bestPanel(Instance in, double[] weight, double threshold) {
    ExpressionsBasedModel model = model();
    Variable[] c = compliant(model, in);
    for (int g = 0; g < c.length; g++) {
      c[g].weight(weight[g]);
    }
    if (threshold > Double.NEGATIVE_INFINITY) {
      Expression total = model.addExpression("threshold").lower(threshold);
      for (int g = 0; g < c.length; g++) {
        if (weight[g] != 0) {
          total.set(c[g], weight[g]);
        }
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
   * only if they fail does the integer program decide, with distinct small weights so that its
   * search does not wander among ties.
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
    double[] weight = new double[in.groupCount()];
    for (int g = 0; g < weight.length; g++) {
      weight[g] = (g % 89) / 89.0;
    }
    return bestPanel(in, weight, Double.NEGATIVE_INFINITY);
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
