package io.yishi.voting.sortition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded generators of sortition problems for the property tests: skewed pools (as self-selected
 * volunteers are), quotas around a random panel's composition so that they can be met, and,
 * when asked, households of two.
 */
public final class Pools {

  private Pools() {}

  /**
   * A problem of n volunteers, a panel of k, with the given number of values per feature.
   *
   * @param households whether some pairs share a household and the rule applies
   */
  public static SortitionProblem generate(long seed, int n, int k, int[] valuesPerFeature,
      boolean households) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Map<String, String>> features = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Map<String, String> f = new HashMap<>();
      for (int j = 0; j < valuesPerFeature.length; j++) {
        // skewed: value v with weight 1/(v+1)
        double total = 0;
        for (int v = 0; v < valuesPerFeature[j]; v++) {
          total += 1.0 / (v + 1);
        }
        double u = random.nextDouble() * total;
        int value = 0;
        while (value < valuesPerFeature[j] - 1 && (u -= 1.0 / (value + 1)) > 0) {
          value++;
        }
        f.put("f" + j, "v" + value);
      }
      features.add(f);
    }
    List<Volunteer> volunteers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String household = households && i % 3 == 1 ? "h" + (i - 1) : "h" + i;
      volunteers.add(new Volunteer("p" + i, features.get(i), household));
    }
    // quotas around the composition of a random panel that obeys the household rule
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order.get(i);
      order.set(i, order.get(j));
      order.set(j, t);
    }
    List<Integer> panel = new ArrayList<>();
    java.util.Set<String> used = new java.util.HashSet<>();
    for (int i : order) {
      if (panel.size() < k && (!households || used.add(volunteers.get(i).householdKey()))) {
        panel.add(i);
      }
    }
    List<Quota> quotas = new ArrayList<>();
    for (int j = 0; j < valuesPerFeature.length; j++) {
      for (int v = 0; v < valuesPerFeature[j]; v++) {
        String value = "v" + v;
        String feature = "f" + j;
        long inPool = features.stream().filter(f -> f.get(feature).equals(value)).count();
        if (inPool == 0) {
          continue;
        }
        int count = (int) panel.stream()
            .filter(i -> features.get(i).get(feature).equals(value)).count();
        int slack = random.nextInt(2);
        quotas.add(Quota.of(feature, value, Math.max(0, count - slack),
            Math.min(k, count + random.nextInt(2))));
      }
    }
    return new SortitionProblem(new Pool(volunteers), quotas, panel.size(), households);
  }

  /**
   * A problem in the benchmark's layout: n skewed volunteers over features of 6, 2, 5, 2, 3
   * and 3 values, a panel of k, every value's quota 70 % to 130 % of an even share. Such quotas
   * sit far from the pool's skew, so single-seat moves from one panel to the next soon stall.
   */
  public static SortitionProblem evenShares(long seed, int n, int k) {
    int[] values = {6, 2, 5, 2, 3, 3};
    SortitionProblem skewed = generate(seed, n, k, values, false);
    List<Quota> quotas = new ArrayList<>();
    for (int j = 0; j < values.length; j++) {
      double share = (double) k / values[j];
      for (int v = 0; v < values[j]; v++) {
        quotas.add(Quota.of("f" + j, "v" + v, (int) Math.floor(share * 0.7),
            (int) Math.ceil(share * 1.3)));
      }
    }
    return SortitionProblem.of(skewed.pool(), quotas, k);
  }
}
