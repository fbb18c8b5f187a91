package io.yishi.voting.sortition.internal;

import java.util.Arrays;

/**
 * A small primal simplex for the master programs of the column generation: maximise c·x subject
 * to A·x = b, x ≥ 0, with b ≥ 0, a dense explicit basis inverse and sparse columns.
 *
 * <p>Why not ojAlgo: the master programs are highly degenerate (every panel row of the dual has
 * right-hand side 0), and ojAlgo's dense tableau stalls on them for minutes once a few hundred
 * panels are known. Here columns can be added between solves and the next solve starts from the
 * last basis, so a round of column generation pivots on from there instead of solving a fresh
 * program; {@link #change} lets a column and the right-hand side change under a kept basis, as
 * leximin's stages need. Pricing is partial (a full pass's best columns are priced alone for a
 * few pivots, and columns long far from entering sleep), but optimality is declared only after a
 * pass over every column. The ratio test is Harris's, preferring large pivots so the basis stays
 * well conditioned; degenerate stalls switch to Bland's rule, which cannot cycle. Every choice
 * is deterministic (ties by position), so equal inputs give equal results.
 */
final class MasterLp {

  private static final double COST_TOLERANCE = 1e-10;
  private static final double PIVOT_TOLERANCE = 1e-9;
  /**
   * A positive entry of the entering column's direction below this fraction of its largest
   * counts as 0 in the ratio test: pivoting on one (Bland's rule, ties on degenerate rows) left a
   * basis so ill conditioned that its refactors found basic values below 0.
   */
  private static final double RELATIVE_PIVOT_TOLERANCE = 1e-7;
  /** How far below 0 a basic variable may be pushed by a pivot, which rounds it back to 0. */
  private static final double FEASIBILITY_TOLERANCE = 1e-9;
  /** How far below 0 a basic value may come out of {@link #change} (rounding of the change). */
  private static final double CHANGE_TOLERANCE = 1e-7;
  private static final int REFACTOR_EVERY = 1000;
  private static final int DEGENERATE_BEFORE_BLAND = 30;
  /** How many of the best columns of a full pricing pass are kept for the passes after it. */
  private static final int CANDIDATES = 128;
  /**
   * A column whose reduced cost is below −DEAD times the largest dual in {@link #STRIKES} full
   * passes in a row falls asleep: full passes skip it, until none of the others can enter.
   */
  private static final double DEAD = 0.05;
  private static final int STRIKES = 3;
  /** How many pivots price the kept candidates only, before a full pass again. */
  private static final int MINOR = 32;

  private final int m;
  private final double[] b;
  /**
   * The columns, sparse and packed one after another so that a pricing pass reads memory in
   * order: column j's rows are {@code rowOf[start[j]]} to {@code rowOf[start[j] + length[j] - 1]}
   * and its entries lie at the same places of {@code entry}.
   */
  private int columns;
  private int[] start = new int[16];
  private int[] length = new int[16];
  private int[] rowOf = new int[256];
  private double[] entry = new double[256];
  private int packed;
  private double[] cost = new double[16];
  /** Per column, how many full pricing passes in a row found it far from entering. */
  private byte[] strikes = new byte[16];
  private final int[] basis;
  /** The basis inverse by columns: {@code inverse[k][i]} is B⁻¹ at row i, column k. */
  private final double[][] inverse;
  /** The refactor's work space: the new inverse by rows, before it is transposed. */
  private final double[][] scratch;
  private final double[] x;
  /**
   * The duals c_B·B⁻¹ of the current basis, kept up to date by each pivot (the pivot row of B⁻¹
   * times the entering column's reduced cost) and recomputed by every refactor.
   */
  private final double[] pi;
  private boolean phaseTwo;
  /** How far below 0 the last refactor found a basic value (which it set to 0). */
  private double infeasibility;
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
    scratch = new double[m][m];
    x = b.clone();
    pi = new double[m];
    for (int i = 0; i < m; i++) {
      addColumn(new int[] {i}, new double[] {1}, 0);
      basis[i] = i;
      inverse[i][i] = 1;
    }
    computeDuals();
  }

  /** {@return the new column's index} */
  int addColumn(int[] rows, double[] values, double c) {
    int j = columns++;
    if (j == cost.length) {
      cost = Arrays.copyOf(cost, 2 * j);
      strikes = Arrays.copyOf(strikes, 2 * j);
      start = Arrays.copyOf(start, 2 * j);
      length = Arrays.copyOf(length, 2 * j);
    }
    cost[j] = c;
    pack(j, rows, values);
    return j;
  }

  /** Writes column j's entries after the packed ones (a changed column's old ones stay unused). */
  private void pack(int j, int[] rows, double[] values) {
    if (packed + rows.length > rowOf.length) {
      int capacity = Math.max(2 * rowOf.length, packed + rows.length);
      rowOf = Arrays.copyOf(rowOf, capacity);
      entry = Arrays.copyOf(entry, capacity);
    }
    System.arraycopy(rows, 0, rowOf, packed, rows.length);
    System.arraycopy(values, 0, entry, packed, rows.length);
    start[j] = packed;
    length[j] = rows.length;
    packed += rows.length;
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

  /**
   * Replaces one column's entries and the right-hand side, keeping the basis as far as it
   * survives, and refactors.
   *
   * <p>If the column is basic and the change makes the basis singular (as when a leximin stage
   * takes from z's column every row that carried the duals, which then annihilate the new
   * basis), the basic solution is moved along the basis's null direction (improving, if it is
   * not level) until a basic variable reaches 0, and that variable makes way for the artificial
   * of a row on which the left null vector is largest; the artificial stays at 0.
   *
   * @param j the column
   * @param rows the column's new rows
   * @param values its entries in those rows
   * @param rhs the new right-hand side, of any sign: the basis's solution must be ≥ 0 under it
   * @return false if no nonsingular, feasible basis came of it, which leaves the program
   *     unusable
   */
  boolean change(int j, int[] rows, double[] values, double[] rhs) {
    int q = -1;
    for (int i = 0; i < m; i++) {
      if (basis[i] == j) {
        q = i;
      }
    }
    if (q >= 0) {
      double[] d = new double[m];
      for (int t = 0; t < rows.length; t++) {
        d[rows[t]] += values[t];
      }
      for (int t = start[j]; t < start[j] + length[j]; t++) {
        d[rowOf[t]] -= entry[t];
      }
      double[] v = new double[m];  // B⁻¹·d, then the null direction −B⁻¹·d
      for (int r = 0; r < m; r++) {
        if (d[r] != 0) {
          double[] column = inverse[r];
          for (int i = 0; i < m; i++) {
            v[i] -= d[r] * column[i];
          }
        }
      }
      if (Math.abs(1 - v[q]) < 1e-9) {  // Sherman–Morrison: B + d·e_qᵀ is singular
        v[q] = 1;
        double slope = 0;
        for (int i = 0; i < m; i++) {
          slope += phaseCost(basis[i]) * v[i];
        }
        double sign = slope >= 0 ? 1 : -1;
        int leave = -1;
        double step = Double.POSITIVE_INFINITY;
        for (int i = 0; i < m; i++) {
          double vi = sign * v[i];
          if (vi < -PIVOT_TOLERANCE) {
            double ratio = Math.max(0, x[i]) / -vi;
            if (ratio < step - 1e-12
                || (ratio <= step + 1e-12 && Math.abs(v[i]) > Math.abs(v[leave]))) {
              step = Math.min(step, ratio);
              leave = i;
            }
          }
        }
        int artificial = 0;
        for (int r = 1; r < m; r++) {
          if (Math.abs(inverse[r][q]) > Math.abs(inverse[artificial][q])) {
            artificial = r;
          }
        }
        if (leave < 0 || inBasis(artificial)) {
          return false;
        }
        basis[leave] = artificial;
      }
    }
    pack(j, rows, values);
    System.arraycopy(rhs, 0, b, 0, m);
    return refactor() && infeasibility <= CHANGE_TOLERANCE;
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
      computeDuals();
      driveOutArtificials();
    }
    iterate();
    return true;
  }

  private void driveOutArtificials() {
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

  private static double maxAbs(double[] v) {
    double max = 0;
    for (double e : v) {
      max = Math.max(max, Math.abs(e));
    }
    return max;
  }

  private double reducedCost(int j) {
    double d = phaseCost(j);
    for (int t = start[j], end = t + length[j]; t < end; t++) {
      d -= pi[rowOf[t]] * entry[t];
    }
    return d;
  }

  private void iterate() {
    int degenerate = 0;
    boolean[] basic = new boolean[columns];
    int[] candidates = new int[CANDIDATES];
    double[] candidateCost = new double[CANDIDATES];
    int listed = 0;
    int minor = 0;
    while (true) {
      if (basic.length != columns) {
        basic = new boolean[columns];
      }
      Arrays.fill(basic, false);
      for (int i : basis) {
        basic[i] = true;
      }
      boolean bland = degenerate > DEGENERATE_BEFORE_BLAND;
      int enter = -1;
      double best = COST_TOLERANCE;
      boolean skipped = false;
      if (!bland && minor < MINOR) {
        // price the columns the last full pass found best before all of them
        for (int t = 0; t < listed; t++) {
          int j = candidates[t];
          if (!basic[j]) {
            double d = reducedCost(j);
            if (d > best) {
              enter = j;
              best = d;
            }
          }
        }
        minor++;
      }
      if (enter < 0) {
        minor = 0;
        listed = 0;
        double dead = -DEAD * maxAbs(pi);
        for (int j = phaseTwo ? m : 0; j < columns; j++) {
          if (basic[j]) {
            continue;
          }
          if (!bland && strikes[j] >= STRIKES) {
            skipped = true;
            continue;
          }
          double d = reducedCost(j);
          if (d < dead) {
            strikes[j]++;
          } else {
            strikes[j] = 0;
          }
          if (d > COST_TOLERANCE) {
            if (bland) {
              enter = j;
              best = d;
              break;
            }
            if (d > best) {
              enter = j;
              best = d;
            }
            if (listed < CANDIDATES) {
              candidates[listed] = j;
              candidateCost[listed++] = d;
            } else {
              int worst = 0;
              for (int t = 1; t < CANDIDATES; t++) {
                if (candidateCost[t] < candidateCost[worst]) {
                  worst = t;
                }
              }
              if (d > candidateCost[worst]) {
                candidates[worst] = j;
                candidateCost[worst] = d;
              }
            }
          }
        }
      }
      if (enter < 0 && skipped) {
        // before optimality is declared, the columns asleep are priced too; the best wakes up
        for (int j = phaseTwo ? m : 0; j < columns; j++) {
          if (!basic[j] && strikes[j] >= STRIKES) {
            double d = reducedCost(j);
            if (d > best) {
              enter = j;
              best = d;
            }
          }
        }
        if (enter >= 0) {
          strikes[enter] = 0;
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
   * conditioned; under Bland's rule the exact least ratio leaves, ties by lowest column. Apart
   * from the artificials, entries below {@link #RELATIVE_PIVOT_TOLERANCE} of the largest are not
   * pivoted on, so some row leaves whenever one would under the absolute tolerance alone.
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
    double largest = 0;
    for (double e : u) {
      largest = Math.max(largest, e);
    }
    double least = Math.max(PIVOT_TOLERANCE, RELATIVE_PIVOT_TOLERANCE * largest);
    if (bland) {
      double ratio = Double.POSITIVE_INFINITY;
      for (int i = 0; i < m; i++) {
        if (u[i] > least) {
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
      if (u[i] > least) {
        bound = Math.min(bound, (Math.max(0, x[i]) + FEASIBILITY_TOLERANCE) / u[i]);
      }
    }
    for (int i = 0; i < m; i++) {
      if (u[i] > least && Math.max(0, x[i]) / u[i] <= bound
          && (leave < 0 || u[i] > u[leave])) {
        leave = i;
      }
    }
    return leave;
  }

  private void computeDuals() {
    Arrays.fill(pi, 0);
    for (int i = 0; i < m; i++) {
      double c = phaseCost(basis[i]);
      if (c != 0) {
        for (int k = 0; k < m; k++) {
          pi[k] += c * inverse[k][i];
        }
      }
    }
  }

  private double[] direction(int j) {
    double[] u = new double[m];
    for (int t = start[j], end = t + length[j]; t < end; t++) {
      double[] column = inverse[rowOf[t]];
      double v = entry[t];
      for (int i = 0; i < m; i++) {
        u[i] += v * column[i];
      }
    }
    return u;
  }

  private void pivot(int r, int j, double[] u) {
    double theta = Math.max(0, x[r]) / u[r];
    double p = u[r];
    double dq = reducedCost(j);
    for (int k = 0; k < m; k++) {
      double[] column = inverse[k];
      double v = column[r];
      if (v != 0) {
        v /= p;
        for (int i = 0; i < m; i++) {
          column[i] -= u[i] * v;
        }
        column[r] = v;
        pi[k] += dq * v;
      }
    }
    for (int i = 0; i < m; i++) {
      if (i != r && u[i] != 0) {
        x[i] = Math.max(0, x[i] - theta * u[i]);
      }
    }
    x[r] = theta;
    basis[r] = j;
    if (++pivots % REFACTOR_EVERY == 0) {
      refactor();
    }
  }

  /** Recomputes the basis inverse and the basic values from the basis, against drift. */
  private boolean refactor() {
    // Basic columns with one entry (artificials and surpluses, most of a degenerate basis) are
    // eliminated by substitution; only the square block N of the other columns on the rows no
    // such column covers is inverted densely: O(|N|³ + m·nonzeros) instead of O(m³).
    int[] unitRow = new int[m];
    int[] rowOwner = new int[m];
    Arrays.fill(rowOwner, -1);
    int structural = 0;
    for (int i = 0; i < m; i++) {
      int j = basis[i];
      if (length[j] == 1 && rowOwner[rowOf[start[j]]] < 0) {
        unitRow[i] = rowOf[start[j]];
        rowOwner[unitRow[i]] = i;
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
    double[][] a = new double[structural][structural];
    for (int t = 0; t < structural; t++) {
      int j = basis[position[t]];
      for (int e = start[j]; e < start[j] + length[j]; e++) {
        if (rowInBlock[rowOf[e]] >= 0) {
          a[rowInBlock[rowOf[e]]][t] = entry[e];
        }
      }
    }
    if (!invertInPlace(a, structural)) {
      return false;  // keep the updated inverse rather than divide by nothing
    }
    infeasibility = 0;
    double[][] byRow = scratch;  // transposed into the inverse below
    for (double[] row : byRow) {
      Arrays.fill(row, 0);
    }
    for (int t = 0; t < structural; t++) {
      double[] row = byRow[position[t]];
      for (int c = 0; c < structural; c++) {
        row[blockRow[c]] = a[t][c];
      }
    }
    // a unit column d·e_r at position s: d·x_s + Σ_N B[r][t]·x_t = y_r
    for (int i = 0; i < m; i++) {
      if (unitRow[i] >= 0) {
        byRow[i][unitRow[i]] = 1;
      }
    }
    for (int t = 0; t < structural; t++) {
      int j = basis[position[t]];
      double[] xt = byRow[position[t]];
      for (int e = start[j]; e < start[j] + length[j]; e++) {
        int owner = rowOwner[rowOf[e]];
        if (owner >= 0) {
          double[] row = byRow[owner];
          double f = entry[e];
          for (int k = 0; k < m; k++) {
            row[k] -= f * xt[k];
          }
        }
      }
    }
    for (int i = 0; i < m; i++) {
      if (unitRow[i] >= 0) {
        double d = entry[start[basis[i]]];
        double[] row = byRow[i];
        for (int k = 0; k < m; k++) {
          row[k] /= d;
        }
      }
    }
    for (int i = 0; i < m; i++) {
      double s = 0;
      double[] row = byRow[i];
      for (int k = 0; k < m; k++) {
        s += row[k] * b[k];
        inverse[k][i] = row[k];
      }
      infeasibility = Math.max(infeasibility, -s);
      x[i] = Math.max(0, s);
    }
    computeDuals();
    return true;
  }

  /**
   * Inverts N in place by Gauss–Jordan elimination with partial pivoting; false if N is
   * singular. A pivot row with few nonzeros (N is sparse until fill-in) is applied by its
   * nonzeros only.
   */
  private static boolean invertInPlace(double[][] a, int n) {
    int[] swapped = new int[n];
    int[] nonzero = new int[n];
    for (int col = 0; col < n; col++) {
      int piv = col;
      for (int i = col + 1; i < n; i++) {
        if (Math.abs(a[i][col]) > Math.abs(a[piv][col])) {
          piv = i;
        }
      }
      swapped[col] = piv;
      double[] pivotRow = a[piv];
      a[piv] = a[col];
      a[col] = pivotRow;
      double p = pivotRow[col];
      if (Math.abs(p) < 1e-13) {
        return false;
      }
      pivotRow[col] = 1;
      int count = 0;
      for (int k = 0; k < n; k++) {
        if (pivotRow[k] != 0) {
          pivotRow[k] /= p;
          nonzero[count++] = k;
        }
      }
      boolean sparse = count < n / 4;
      for (int i = 0; i < n; i++) {
        double[] row = a[i];
        double f = row[col];
        if (i == col || f == 0) {
          continue;
        }
        row[col] = 0;
        if (sparse) {
          for (int t = 0; t < count; t++) {
            int k = nonzero[t];
            row[k] -= f * pivotRow[k];
          }
        } else {
          for (int k = 0; k < n; k++) {
            row[k] -= f * pivotRow[k];
          }
        }
      }
    }
    // the row interchanges made this the inverse of P·N; N⁻¹ = (P·N)⁻¹·P swaps columns back
    for (int col = n - 1; col >= 0; col--) {
      int other = swapped[col];
      if (other != col) {
        for (double[] row : a) {
          double t = row[col];
          row[col] = row[other];
          row[other] = t;
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
    return pi.clone();
  }

  /** {@return the objective's value} */
  double objective() {
    double s = 0;
    for (int i = 0; i < m; i++) {
      s += cost[basis[i]] * x[i];
    }
    return s;
  }

  /** {@return the basic column of each row} */
  int[] basis() {
    return basis.clone();
  }

  /** {@return the value of every column} */
  double[] primal() {
    double[] all = new double[columns];
    for (int i = 0; i < m; i++) {
      all[basis[i]] = x[i];
    }
    return all;
  }
}
