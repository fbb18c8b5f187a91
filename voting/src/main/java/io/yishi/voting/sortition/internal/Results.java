package io.yishi.voting.sortition.internal;

import io.yishi.voting.sortition.Panel;
import io.yishi.voting.sortition.PanelDistribution;
import io.yishi.voting.sortition.Quota;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a computed distribution into its public, self-explaining form. */
public final class Results {

  private Results() {}

  /**
   * {@return the public distribution of a computed one}
   *
   * @param in the compiled problem
   * @param algorithm the algorithm's id
   * @param result the computed distribution
   */
  public static PanelDistribution of(Instance in, String algorithm,
      ColumnGeneration.Result result) {
    List<List<String>> groups = new ArrayList<>();
    for (int[] members : in.groups) {
      groups.add(Arrays.stream(members).mapToObj(i -> in.ids[i]).toList());
    }
    List<Panel> panels = new ArrayList<>();
    double[] groupChance = new double[in.groupCount()];
    for (int b = 0; b < result.panels().size(); b++) {
      int[] seats = result.panels().get(b);
      double p = result.probabilities()[b];
      panels.add(new Panel(Arrays.stream(seats).boxed().toList(), p));
      for (int g = 0; g < seats.length; g++) {
        groupChance[g] += p * seats[g] / in.size(g);
      }
    }
    Map<String, Double> probabilities = new LinkedHashMap<>();
    for (int i = 0; i < in.n; i++) {
      probabilities.put(in.ids[i], Math.min(1, groupChance[in.groupOf[i]]));
    }
    return new PanelDistribution(algorithm, in.k, groups, panels, probabilities,
        binding(in, result.panels()));
  }

  private static List<String> binding(Instance in, List<int[]> panels) {
    List<String> binding = new ArrayList<>();
    int quotas = in.quotas.size();
    boolean[] atMin = new boolean[quotas];
    boolean[] atMax = new boolean[quotas];
    Arrays.fill(atMin, true);
    Arrays.fill(atMax, true);
    for (int[] panel : panels) {
      int[] counts = in.quotaCounts(panel);
      for (int q = 0; q < quotas; q++) {
        atMin[q] &= counts[q] == in.lo[q];
        atMax[q] &= counts[q] == in.hi[q];
      }
    }
    for (int q = 0; q < quotas; q++) {
      Quota quota = in.quotas.get(q);
      String name = quota.feature() + "=" + quota.value();
      if (atMin[q] && atMax[q]) {
        binding.add(name + " at its fixed count " + quota.min());
      } else if (atMin[q]) {
        binding.add(name + " at its minimum " + quota.min());
      } else if (atMax[q]) {
        binding.add(name + " at its maximum " + quota.max());
      }
    }
    return binding;
  }
}
