package io.yishi.voting.sortition.internal;

import io.yishi.voting.sortition.Quota;
import io.yishi.voting.sortition.SortitionProblem;
import io.yishi.voting.sortition.Volunteer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A problem compiled to arrays: quotas by index, volunteers by index, and the groups of
 * interchangeable volunteers (same value of every feature, and no housemate in the pool when the
 * household rule applies). Interchangeable volunteers have equal chances under maximin, leximin
 * and nash (by symmetry, and leximin's and nash's probabilities are unique), so the programs are
 * written over groups: a panel is a count of seats per group.
 */
public final class Instance {

  /** Number of volunteers. */
  public final int n;
  /** Panel size. */
  public final int k;
  /** Volunteer ids by index. */
  public final String[] ids;
  /** Quotas by index. */
  public final List<Quota> quotas;
  /** Lower bound per quota. */
  public final int[] lo;
  /** Upper bound per quota. */
  public final int[] hi;
  /** For each volunteer, the quota index of its value of each feature. */
  public final int[][] quotaOf;
  /** For each group, its members (volunteer indices, ascending). */
  public final int[][] groups;
  /** For each volunteer, its group. */
  public final int[] groupOf;
  /** For each group, the quota index of its value of each feature. */
  public final int[][] groupQuotas;
  /** Households of two or more volunteers (as group indices) when the household rule applies. */
  public final int[][] households;
  /** For each volunteer, its household (index into the household list of all households). */
  public final int[] householdOf;
  /** For each volunteer, the other volunteers of its household if the household rule applies. */
  public final int[][] housemates;

  /**
   * Compiles a problem.
   *
   * @param problem the problem
   */
  public Instance(SortitionProblem problem) {
    this(problem, problem.quotas());
  }

  /**
   * Compiles a problem with other quota bounds (same features and values).
   *
   * @param problem the problem
   * @param quotaBounds the quotas with the bounds to use
   */
  public Instance(SortitionProblem problem, List<Quota> quotaBounds) {
    List<Volunteer> volunteers = problem.pool().volunteers();
    n = volunteers.size();
    k = problem.panelSize();
    quotas = List.copyOf(quotaBounds);
    lo = quotas.stream().mapToInt(Quota::min).toArray();
    hi = quotas.stream().mapToInt(Quota::max).toArray();
    List<String> features = problem.features();
    Map<String, Integer> quotaIndex = new HashMap<>();
    for (int q = 0; q < quotas.size(); q++) {
      quotaIndex.put(quotas.get(q).feature() + "\u0000" + quotas.get(q).value(), q);
    }
    ids = new String[n];
    quotaOf = new int[n][features.size()];
    householdOf = new int[n];
    Map<String, List<Integer>> byHousehold = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      Volunteer v = volunteers.get(i);
      ids[i] = v.id();
      for (int f = 0; f < features.size(); f++) {
        quotaOf[i][f] = quotaIndex.get(features.get(f) + "\u0000"
            + v.features().get(features.get(f)));
      }
      byHousehold.computeIfAbsent(v.householdKey(), h -> new ArrayList<>()).add(i);
    }
    int h = 0;
    for (List<Integer> members : byHousehold.values()) {
      for (int i : members) {
        householdOf[i] = h;
      }
      h++;
    }
    Map<List<Integer>, List<Integer>> byKey = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      List<Integer> key = new ArrayList<>();
      for (int q : quotaOf[i]) {
        key.add(q);
      }
      boolean shared = problem.oneMemberPerHousehold()
          && byHousehold.get(volunteers.get(i).householdKey()).size() > 1;
      if (shared) {
        key.add(-1 - i);  // a volunteer with a housemate in the pool is a group of one
      }
      byKey.computeIfAbsent(key, x -> new ArrayList<>()).add(i);
    }
    groups = new int[byKey.size()][];
    groupOf = new int[n];
    groupQuotas = new int[groups.length][];
    int g = 0;
    for (List<Integer> members : byKey.values()) {
      groups[g] = members.stream().mapToInt(Integer::intValue).toArray();
      for (int i : groups[g]) {
        groupOf[i] = g;
      }
      groupQuotas[g] = quotaOf[groups[g][0]].clone();
      g++;
    }
    List<int[]> shared = new ArrayList<>();
    if (problem.oneMemberPerHousehold()) {
      for (List<Integer> members : byHousehold.values()) {
        if (members.size() > 1) {
          shared.add(members.stream().mapToInt(i -> groupOf[i]).toArray());
        }
      }
    }
    households = shared.toArray(new int[0][]);
    housemates = new int[n][];
    for (int i = 0; i < n; i++) {
      int self = i;
      housemates[i] = problem.oneMemberPerHousehold()
          ? byHousehold.get(volunteers.get(i).householdKey()).stream()
              .filter(j -> j != self).mapToInt(Integer::intValue).toArray()
          : new int[0];
    }
  }

  /** {@return the number of groups} */
  public int groupCount() {
    return groups.length;
  }

  /**
   * {@return the size of a group}
   *
   * @param g a group index
   */
  public int size(int g) {
    return groups[g].length;
  }

  /**
   * {@return the count of seats per quota of a panel given as seats per group}
   *
   * @param seats seats per group
   */
  public int[] quotaCounts(int[] seats) {
    int[] counts = new int[quotas.size()];
    for (int g = 0; g < seats.length; g++) {
      if (seats[g] != 0) {
        for (int q : groupQuotas[g]) {
          counts[q] += seats[g];
        }
      }
    }
    return counts;
  }

  /**
   * {@return whether a panel given as seats per group meets every quota and the size}
   *
   * @param seats seats per group
   */
  public boolean meetsQuotas(int[] seats) {
    if (Arrays.stream(seats).sum() != k) {
      return false;
    }
    int[] counts = quotaCounts(seats);
    for (int q = 0; q < counts.length; q++) {
      if (counts[q] < lo[q] || counts[q] > hi[q]) {
        return false;
      }
    }
    for (int[] household : households) {
      int sum = 0;
      for (int g : household) {
        sum += seats[g];
      }
      if (sum > 1) {
        return false;
      }
    }
    return true;
  }
}
