package io.yishi.voting.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The reference the fast algorithms are held to on small pools: every quota-compliant panel
 * enumerated, and maximin and leximin solved over all of them at once, volunteer by volunteer,
 * with no column generation, no groups and no dual weights. Leximin is found level by level:
 * maximise the smallest unfixed probability z, then fix every volunteer whose probability cannot
 * exceed z while the others keep theirs (one small linear program per volunteer).
 */
final class BruteForce {

  private BruteForce() {}

  /** {@return every panel (volunteer indices) meeting the quotas and the household rule} */
  static List<int[]> panels(SortitionProblem p) {
    List<int[]> out = new ArrayList<>();
    int n = p.pool().size();
    int k = p.panelSize();
    int[] chosen = new int[k];
    enumerate(p, 0, 0, chosen, out, n, k);
    return out;
  }

  private static void enumerate(SortitionProblem p, int from, int depth, int[] chosen,
      List<int[]> out, int n, int k) {
    if (depth == k) {
      if (compliant(p, chosen)) {
        out.add(chosen.clone());
      }
      return;
    }
    for (int i = from; i <= n - (k - depth); i++) {
      chosen[depth] = i;
      enumerate(p, i + 1, depth + 1, chosen, out, n, k);
    }
  }

  static boolean compliant(SortitionProblem p, int[] members) {
    List<Volunteer> v = p.pool().volunteers();
    for (Quota q : p.quotas()) {
      long count = Arrays.stream(members)
          .filter(i -> v.get(i).features().get(q.feature()).equals(q.value())).count();
      if (count < q.min() || count > q.max()) {
        return false;
      }
    }
    if (p.oneMemberPerHousehold()) {
      Set<String> households = new HashSet<>();
      for (int i : members) {
        if (!households.add(v.get(i).householdKey())) {
          return false;
        }
      }
    }
    return true;
  }

  /** {@return the leximin probability of every volunteer, over all compliant panels} */
  static double[] leximin(SortitionProblem p) {
    List<int[]> panels = panels(p);
    int n = p.pool().size();
    double[] fixed = new double[n];
    Arrays.fill(fixed, Double.NaN);
    boolean[] coverable = new boolean[n];
    for (int[] panel : panels) {
      for (int i : panel) {
        coverable[i] = true;
      }
    }
    for (int i = 0; i < n; i++) {
      if (!coverable[i]) {
        fixed[i] = 0;
      }
    }
    while (Arrays.stream(fixed).anyMatch(Double::isNaN)) {
      double z = solve(panels, n, fixed, -1, Double.NaN);
      boolean any = false;
      double[] next = fixed.clone();
      for (int i = 0; i < n; i++) {
        if (Double.isNaN(fixed[i]) && solve(panels, n, fixed, i, z) <= z + 1e-8) {
          next[i] = z;
          any = true;
        }
      }
      if (!any) {
        throw new AssertionError("no volunteer could be fixed at level " + z);
      }
      fixed = next;
    }
    return fixed;
  }

  /** {@return the maximin value: the largest smallest probability of a coverable volunteer} */
  static double maximin(SortitionProblem p) {
    List<int[]> panels = panels(p);
    int n = p.pool().size();
    double[] fixed = new double[n];
    Arrays.fill(fixed, Double.NaN);
    boolean[] coverable = new boolean[n];
    for (int[] panel : panels) {
      for (int i : panel) {
        coverable[i] = true;
      }
    }
    for (int i = 0; i < n; i++) {
      if (!coverable[i]) {
        fixed[i] = 0;
      }
    }
    return solve(panels, n, fixed, -1, Double.NaN);
  }

  /**
   * With target &lt; 0: maximises z subject to unfixed ≥ z and fixed ≥ their values. With a
   * target volunteer: maximises its probability subject to unfixed ≥ level and fixed ≥ theirs.
   */
  private static double solve(List<int[]> panels, int n, double[] fixed, int target,
      double level) {
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Variable[] x = new Variable[panels.size()];
    Expression total = model.addExpression("total").level(1);
    for (int b = 0; b < x.length; b++) {
      x[b] = model.addVariable("x" + b).lower(0);
      total.set(x[b], 1);
    }
    Variable z = model.addVariable("z").weight(target < 0 ? 1 : 0);
    Expression[] pi = new Expression[n];
    for (int i = 0; i < n; i++) {
      pi[i] = model.addExpression("pi" + i);
    }
    for (int b = 0; b < x.length; b++) {
      for (int i : panels.get(b)) {
        pi[i].set(x[b], 1);
      }
    }
    for (int i = 0; i < n; i++) {
      if (!Double.isNaN(fixed[i])) {
        pi[i].lower(fixed[i] - 1e-9);
      } else if (target < 0) {
        pi[i].set(z, -1).lower(0);
      } else {
        pi[i].lower(level - 1e-9);
      }
    }
    if (target >= 0) {
      Expression objective = model.addExpression("objective").weight(1);
      for (int b = 0; b < x.length; b++) {
        for (int i : panels.get(b)) {
          if (i == target) {
            objective.set(x[b], 1);
          }
        }
      }
    }
    Optimisation.Result result = model.maximise();
    if (!result.getState().isOptimal()) {
      throw new AssertionError("brute-force program ended " + result.getState());
    }
    return target < 0 ? z.getValue().doubleValue() : result.getValue();
  }
}
