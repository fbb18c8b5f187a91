package io.yishi.voting.sortition.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small primal simplex for the master programs of the column generation: maximise c·x subject
 * to A·x = b, x ≥ 0, with b ≥ 0, a dense explicit basis inverse and sparse columns.
 *
 * <p>Why not ojAlgo: the master programs are highly degenerate (every panel row of the dual has
 * right-hand side 0), and ojAlgo's dense tableau stalls on them for minutes once a few hundred
 * panels are known. Here columns can be added between solves and the next solve starts from the
 * last basis, so a round of column generation pivots on from there instead of solving a fresh
 * program. The ratio test is Harris's, preferring large pivots so the basis stays well
 * conditioned; degenerate stalls switch to Bland's rule, which cannot cycle. Every choice is
 * deterministic (ties by position), so equal inputs give equal results.
 */
final class MasterLp {

  private static final double COST_TOLERANCE = 1e-10;
  private static final double PIVOT_TOLERANCE = 1e-9;
  /** How far below 0 a basic variable may be pushed by a pivot, which rounds it back to 0. */
  private static final double FEASIBILITY_TOLERANCE = 1e-9;
  private static final int REFACTOR_EVERY = 1000;
  private static final int DEGENERATE_BEFORE_BLAND = 30;

  private final int m;
  private final double[] b;
  private final List<int[]> index = new ArrayList<>();
  private final List<double[]> value = new ArrayList<>();
  private double[] cost = new double[16];
  private final int[] basis;
  private final double[][] inverse;
  private final double[] x;
  private boolean phaseTwo;
  private int pivots;

  /**
   * Starts with an artificial column per row (columns 0 to m − 1), the starting basis.
   *
   * @param rhs the right-hand side, every entry ≥ 0
   */
  MasterLp(double[] rhs) {
    m = rhs.length;
    b = rhs.clone();
    basis = new int[m];
    inverse = new double[m][m];
    x = b.clone();
    for (int i = 0; i < m; i++) {
      addColumn(new int[] {i}, new double[] {1}, 0);
      basis[i] = i;
      inverse[i][i] = 1;
    }
  }

  /** {@return the new column's index} */
  int addColumn(int[] rows, double[] values, double c) {
    int j = index.size();
    index.add(rows);
    value.add(values);
    if (j == cost.length) {
      cost = Arrays.copyOf(cost, 2 * j);
    }
    cost[j] = c;
    return j;
  }

  /**
   * Starts from a feasible basis instead of the artificial one, skipping the first phase.
   *
   * @param columns the basic column of each row, with B⁻¹·b ≥ 0
   */
  void start(int[] columns) {
    System.arraycopy(columns, 0, basis, 0, m);
    phaseTwo = true;
    refactor();
  }

  private double phaseCost(int j) {
    if (!phaseTwo) {
      return j < m ? -1 : 0;
    }
    return cost[j];
  }

  /**
   * Solves from the current basis.
   *
   * @return false if no x meets the constraints (the artificials stay positive)
   */
  boolean solve() {
    if (!phaseTwo) {
      iterate();
      double infeasibility = 0;
      for (int i = 0; i < m; i++) {
        if (basis[i] < m) {
          infeasibility += x[i];
        }
      }
      if (infeasibility > 1e-9) {
        return false;
      }
      phaseTwo = true;
      driveOutArtificials();
    }
    iterate();
    return true;
  }

  private void driveOutArtificials() {
    int columns = index.size();
    for (int r = 0; r < m; r++) {
      if (basis[r] >= m) {
        continue;
      }
      for (int j = m; j < columns; j++) {
        if (inBasis(j)) {
          continue;
        }
        double[] u = direction(j);
        if (Math.abs(u[r]) > 1e-7) {
          pivot(r, j, u);
          break;
        }
      }
    }
  }

  private boolean inBasis(int j) {
    for (int i : basis) {
      if (i == j) {
        return true;
      }
    }
    return false;
  }

  private void iterate() {
    int degenerate = 0;
    boolean[] basic = new boolean[index.size()];
    while (true) {
      int columns = index.size();
      if (basic.length != columns) {
        basic = new boolean[columns];
      }
      Arrays.fill(basic, false);
      for (int i : basis) {
        basic[i] = true;
      }
      double[] pi = duals();
      boolean bland = degenerate > DEGENERATE_BEFORE_BLAND;
      int enter = -1;
      double best = COST_TOLERANCE;
      for (int j = phaseTwo ? m : 0; j < columns; j++) {
        if (basic[j]) {
          continue;
        }
        double d = phaseCost(j);
        int[] rows = index.get(j);
        double[] vals = value.get(j);
        for (int t = 0; t < rows.length; t++) {
          d -= pi[rows[t]] * vals[t];
        }
        if (d > best) {
          enter = j;
          best = d;
          if (bland) {
            break;
          }
        }
      }
      if (enter < 0) {
        return;
      }
      double[] u = direction(enter);
      int leave = leaving(u, bland);
      if (leave < 0) {
        throw new IllegalStateException("a sortition master program is unbounded");
      }
      double ratio = Math.max(0, x[leave]) / u[leave];
      degenerate = ratio < 1e-12 ? degenerate + 1 : 0;
      pivot(leave, enter, u);
    }
  }

  /**
   * The ratio test: the row whose basic variable reaches 0 first as the entering column rises,
   * or -1 if none does. An artificial left in the basis at 0 must stay at 0, so it leaves first,
   * whichever way the column would move it. Otherwise, of the rows whose ratio is within
   * {@link #FEASIBILITY_TOLERANCE} of the least (Harris's two passes), the one with the largest
   * entry leaves, so that no pivot divides by a tiny number and the basis stays well
   * conditioned; under Bland's rule the exact least ratio leaves, ties by lowest column.
   */
  private int leaving(double[] u, boolean bland) {
    if (phaseTwo) {
      for (int i = 0; i < m; i++) {
        if (basis[i] < m && Math.abs(u[i]) > PIVOT_TOLERANCE) {
          return i;
        }
      }
    }
    int leave = -1;
    if (bland) {
      double ratio = Double.POSITIVE_INFINITY;
      for (int i = 0; i < m; i++) {
        if (u[i] > PIVOT_TOLERANCE) {
          double r = Math.max(0, x[i]) / u[i];
          if (r < ratio - 1e-12 || (r <= ratio + 1e-12 && leave >= 0 && basis[i] < basis[leave])) {
            ratio = Math.min(ratio, r);
            leave = i;
          }
        }
      }
      return leave;
    }
    double bound = Double.POSITIVE_INFINITY;
    for (int i = 0; i < m; i++) {
      if (u[i] > PIVOT_TOLERANCE) {
        bound = Math.min(bound, (Math.max(0, x[i]) + FEASIBILITY_TOLERANCE) / u[i]);
      }
    }
    for (int i = 0; i < m; i++) {
      if (u[i] > PIVOT_TOLERANCE && Math.max(0, x[i]) / u[i] <= bound
          && (leave < 0 || u[i] > u[leave])) {
        leave = i;
      }
    }
    return leave;
  }

  private double[] duals() {
    double[] pi = new double[m];
    for (int i = 0; i < m; i++) {
      double c = phaseCost(basis[i]);
      if (c != 0) {
        double[] row = inverse[i];
        for (int k = 0; k < m; k++) {
          pi[k] += c * row[k];
        }
      }
    }
    return pi;
  }

  private double[] direction(int j) {
    double[] u = new double[m];
    int[] rows = index.get(j);
    double[] vals = value.get(j);
    for (int i = 0; i < m; i++) {
      double[] row = inverse[i];
      double s = 0;
      for (int t = 0; t < rows.length; t++) {
        s += row[rows[t]] * vals[t];
      }
      u[i] = s;
    }
    return u;
  }

  private void pivot(int r, int j, double[] u) {
    double theta = Math.max(0, x[r]) / u[r];
    double[] pivotRow = inverse[r];
    double p = u[r];
    for (int k = 0; k < m; k++) {
      pivotRow[k] /= p;
    }
    for (int i = 0; i < m; i++) {
      if (i == r || u[i] == 0) {
        continue;
      }
      double f = u[i];
      double[] row = inverse[i];
      for (int k = 0; k < m; k++) {
        row[k] -= f * pivotRow[k];
      }
      x[i] = Math.max(0, x[i] - theta * f);
    }
    x[r] = theta;
    basis[r] = j;
    if (++pivots % REFACTOR_EVERY == 0) {
      refactor();
    }
  }

  /** Recomputes the basis inverse and the basic values from the basis, against drift. */
  private void refactor() {
    // Basic columns with one entry (artificials and surpluses, most of a degenerate basis) are
    // eliminated by substitution; only the square block N of the other columns on the rows no
    // such column covers is inverted densely: O(|N|³ + m·nonzeros) instead of O(m³).
    int[] unitRow = new int[m];
    int[] rowOwner = new int[m];
    Arrays.fill(rowOwner, -1);
    int structural = 0;
    for (int i = 0; i < m; i++) {
      int[] rows = index.get(basis[i]);
      if (rows.length == 1 && rowOwner[rows[0]] < 0) {
        unitRow[i] = rows[0];
        rowOwner[rows[0]] = i;
      } else {
        unitRow[i] = -1;
        structural++;
      }
    }
    int[] position = new int[structural];  // basis positions of N's columns
    int[] blockRow = new int[structural];  // the rows of N
    int[] rowInBlock = new int[m];
    Arrays.fill(rowInBlock, -1);
    for (int i = 0, t = 0; i < m; i++) {
      if (unitRow[i] < 0) {
        position[t++] = i;
      }
    }
    for (int r = 0, t = 0; r < m; r++) {
      if (rowOwner[r] < 0) {
        rowInBlock[r] = t;
        blockRow[t++] = r;
      }
    }
    double[][] a = new double[structural][2 * structural];
    for (int t = 0; t < structural; t++) {
      int[] rows = index.get(basis[position[t]]);
      double[] vals = value.get(basis[position[t]]);
      for (int e = 0; e < rows.length; e++) {
        if (rowInBlock[rows[e]] >= 0) {
          a[rowInBlock[rows[e]]][t] = vals[e];
        }
      }
      a[t][structural + t] = 1;
    }
    if (!invertInPlace(a, structural)) {
      return;  // keep the updated inverse rather than divide by nothing
    }
    for (int t = 0; t < structural; t++) {
      double[] row = inverse[position[t]];
      Arrays.fill(row, 0);
      for (int c = 0; c < structural; c++) {
        row[blockRow[c]] = a[t][structural + c];
      }
    }
    // a unit column d·e_r at position s: d·x_s + Σ_N B[r][t]·x_t = y_r
    for (int i = 0; i < m; i++) {
      if (unitRow[i] >= 0) {
        double[] row = inverse[i];
        Arrays.fill(row, 0);
        row[unitRow[i]] = 1;
      }
    }
    for (int t = 0; t < structural; t++) {
      int[] rows = index.get(basis[position[t]]);
      double[] vals = value.get(basis[position[t]]);
      double[] xt = inverse[position[t]];
      for (int e = 0; e < rows.length; e++) {
        int owner = rowOwner[rows[e]];
        if (owner >= 0) {
          double[] row = inverse[owner];
          double f = vals[e];
          for (int k = 0; k < m; k++) {
            row[k] -= f * xt[k];
          }
        }
      }
    }
    for (int i = 0; i < m; i++) {
      if (unitRow[i] >= 0) {
        double d = value.get(basis[i])[0];
        double[] row = inverse[i];
        for (int k = 0; k < m; k++) {
          row[k] /= d;
        }
      }
    }
    for (int i = 0; i < m; i++) {
      double s = 0;
      double[] row = inverse[i];
      for (int k = 0; k < m; k++) {
        s += row[k] * b[k];
      }
      x[i] = Math.max(0, s);
    }
  }

  /** Gauss–Jordan with partial pivoting on [N | I]; false if N is singular. */
  private static boolean invertInPlace(double[][] a, int n) {
    for (int col = 0; col < n; col++) {
      int piv = col;
      for (int i = col + 1; i < n; i++) {
        if (Math.abs(a[i][col]) > Math.abs(a[piv][col])) {
          piv = i;
        }
      }
      double[] swap = a[col];
      a[col] = a[piv];
      a[piv] = swap;
      double p = a[col][col];
      if (Math.abs(p) < 1e-13) {
        return false;
      }
      for (int k = col; k < 2 * n; k++) {
        a[col][k] /= p;
      }
      for (int i = 0; i < n; i++) {
        double f = a[i][col];
        if (i != col && f != 0) {
          for (int k = col; k < 2 * n; k++) {
            a[i][k] -= f * a[col][k];
          }
        }
      }
    }
    return true;
  }

  /**
   * Recomputes the basis inverse and the basic values afresh, against the drift of the updates;
   * the next {@link #solve()} re-optimises from there.
   */
  void refresh() {
    refactor();
  }

  /** {@return the duals, c_B·B⁻¹, of the rows} */
  double[] rowDuals() {
    return duals();
  }

  /** {@return the objective's value} */
  double objective() {
    double s = 0;
    for (int i = 0; i < m; i++) {
      s += cost[basis[i]] * x[i];
    }
    return s;
  }

  /** {@return the value of every column} */
  double[] primal() {
    double[] all = new double[index.size()];
    for (int i = 0; i < m; i++) {
      all[basis[i]] = x[i];
    }
    return all;
  }
}
