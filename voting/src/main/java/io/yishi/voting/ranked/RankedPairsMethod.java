package io.yishi.voting.ranked;

import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Id {@code ranked-pairs} (Tideman): the head-to-head victories are taken from the largest
 * margin down, and each is locked in unless it would close a cycle with those already locked;
 * the locked victories then rank the candidates, and the candidates no locked victory defeats
 * win.
 *
 * <p>Victories with equal margins are taken in a tie-break order of candidates (parameter {@code
 * tieBreakOrder}: {@code candidates}, the profile's order, the default; or {@code lot}, an order
 * drawn from the seed): the victory whose winner comes earlier goes first; with the same winner,
 * the victory whose loser comes later goes first (Tideman's rule with a tie-breaking ranking).
 * Ties (zero margins) are never locked, so candidates they separate may share a tier.
 */
public final class RankedPairsMethod extends RankedMethod {

  static final ParameterSpec ORDER = ParameterSpec.of("tieBreakOrder", "candidates | lot",
      "candidates", "the order that settles victories with equal margins");

  /** The tie-break order for victories with equal margins. */
  enum Order {
    CANDIDATES,
    LOT
  }

  /** Creates the method; it holds no state. */
  public RankedPairsMethod() {}

  @Override
  public String id() {
    return "ranked-pairs";
  }

  @Override
  public String description() {
    return "lock head-to-head victories from the largest margin down, skipping cycles";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(TIE_BREAK, ORDER);
  }

  @Override
  void count(Count count, Parameters parameters) {
    Profile p = count.profile;
    int m = count.m;
    int[] position = new int[m];
    List<Integer> order = new ArrayList<>();
    for (int c = 0; c < m; c++) {
      order.add(c);
    }
    if (parameters.choice(ORDER.name(), Order.class, Order.CANDIDATES) == Order.LOT) {
      List<Integer> drawn = new ArrayList<>();
      while (!order.isEmpty()) {
        int next = order.size() == 1 ? order.get(0) : count.lot(order);
        drawn.add(next);
        order.remove(Integer.valueOf(next));
      }
      order = drawn;
      count.line("Tie-break order drawn by lot (seed " + count.seed + "): "
          + count.names(order));
    }
    for (int k = 0; k < m; k++) {
      position[order.get(k)] = k;
    }
    List<int[]> victories = new ArrayList<>();
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < m; b++) {
        if (p.margin(a, b) > 0) {
          victories.add(new int[] {a, b});
        }
      }
    }
    victories.sort(Comparator.comparingLong((int[] v) -> -p.margin(v[0], v[1]))
        .thenComparingInt(v -> position[v[0]])
        .thenComparingInt(v -> -position[v[1]]));
    boolean[][] locked = new boolean[m][m];
    count.showPairwise();
    for (int[] v : victories) {
      String pair = count.name(v[0]) + " over " + count.name(v[1]) + " by "
          + p.margin(v[0], v[1]);
      if (reaches(locked, v[1], v[0], m)) {
        count.line("Skipped " + pair + " (it would close a cycle)");
      } else {
        locked[v[0]][v[1]] = true;
        count.line("Locked " + pair);
      }
    }
    List<List<Integer>> tiers = new ArrayList<>();
    boolean[] placed = new boolean[m];
    int left = m;
    while (left > 0) {
      List<Integer> sources = new ArrayList<>();
      for (int c = 0; c < m; c++) {
        if (placed[c]) {
          continue;
        }
        boolean defeated = false;
        for (int d = 0; d < m && !defeated; d++) {
          defeated = !placed[d] && locked[d][c];
        }
        if (!defeated) {
          sources.add(c);
        }
      }
      for (int c : sources) {
        placed[c] = true;
      }
      left -= sources.size();
      tiers.add(sources);
    }
    count.ranking(tiers);
    count.winners(tiers.get(0));
  }

  private static boolean reaches(boolean[][] locked, int from, int to, int m) {
    boolean[] seen = new boolean[m];
    java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
    stack.push(from);
    seen[from] = true;
    while (!stack.isEmpty()) {
      int c = stack.pop();
      if (c == to) {
        return true;
      }
      for (int d = 0; d < m; d++) {
        if (locked[c][d] && !seen[d]) {
          seen[d] = true;
          stack.push(d);
        }
      }
    }
    return false;
  }
}
