package io.yishi.voting.sortition.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The master simplex against the conditions that prove a linear program solved (a feasible x,
 * duals under which no column has positive reduced cost, equal primal and dual objectives) and
 * against ojAlgo's value on seeded programs, many of them degenerate (right-hand sides of 0, as
 * the sortition masters have), solved in one go and again after columns are added.
 */
class MasterLpTest {

  private static final double TOLERANCE = 1e-8;

  /** A program maximise c·x subject to A·x = b, x ≥ 0, with a dense A (m × n). */
  private record Program(double[][] a, double[] b, double[] c) {

    int rows() {
      return b.length;
    }

    int columns() {
      return c.length;
    }
  }

  static Stream<Long> seeds() {
    return IntStream.range(0, 200).mapToObj(i -> (long) i);
  }

  /**
   * A seeded program, feasible by construction (b = A·x₀ for some x₀ ≥ 0, mostly zeros, held in
   * the first half of the columns) and bounded because every column has a 1 in the last row,
   * Σ x ≤ 10 written with column 0 as its slack.
   */
  private static Program generate(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int m = 2 + random.nextInt(8);
    int n = 2 * m + random.nextInt(20);
    double[][] a = new double[m][n];
    double[] x0 = new double[n];
    double[] c = new double[n];
    a[m - 1][0] = 1;
    double used = 0;
    for (int j = 1; j < n; j++) {
      if (j < n / 2 && used < 8 && random.nextInt(3) == 0) {
        x0[j] = 1 + random.nextInt(2);
        used += x0[j];
      }
      for (int i = 0; i < m - 1; i++) {
        a[i][j] = random.nextInt(4) == 0 ? 0 : random.nextInt(-3, 4);
      }
      a[m - 1][j] = 1;
      c[j] = random.nextInt(-5, 6);
    }
    x0[0] = 10 - used;
    double[] b = new double[m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        b[i] += a[i][j] * x0[j];
      }
      if (b[i] < 0) {  // a row with b < 0 is negated, as MasterLp asks for b ≥ 0
        b[i] = -b[i];
        for (int j = 0; j < n; j++) {
          a[i][j] = -a[i][j];
        }
      }
    }
    return new Program(a, b, c);
  }

  /** A column held as its nonzero entries, as {@link MasterLp#addColumn} takes it. */
  private record Sparse(int[] rows, double[] values) {

    static Sparse of(double[] column) {
      int[] rows = IntStream.range(0, column.length).filter(i -> column[i] != 0).toArray();
      return new Sparse(rows, Arrays.stream(rows).mapToDouble(i -> column[i]).toArray());
    }
  }

  private static void add(MasterLp lp, Program p, int j) {
    double[] column = new double[p.rows()];
    for (int i = 0; i < p.rows(); i++) {
      column[i] = p.a()[i][j];
    }
    Sparse sparse = Sparse.of(column);
    assertThat(lp.addColumn(sparse.rows(), sparse.values(), p.c()[j])).isEqualTo(p.rows() + j);
  }

  /** {@return a master holding all of the program's columns, solved} */
  private static MasterLp solved(Program p) {
    MasterLp lp = new MasterLp(p.b());
    for (int j = 0; j < p.columns(); j++) {
      add(lp, p, j);
    }
    assertThat(lp.solve()).isTrue();
    return lp;
  }

  /** Checks feasibility, dual feasibility and strong duality; returns the objective. */
  private static double assertOptimal(MasterLp lp, Program p, int columns) {
    double[] all = lp.primal();
    double[] x = new double[columns];
    System.arraycopy(all, p.rows(), x, 0, columns);
    for (int j = 0; j < columns; j++) {
      assertThat(x[j]).as("x%d", j).isGreaterThanOrEqualTo(-TOLERANCE);
    }
    for (int i = 0; i < p.rows(); i++) {
      double lhs = 0;
      for (int j = 0; j < columns; j++) {
        lhs += p.a()[i][j] * x[j];
      }
      assertThat(lhs).as("row %d", i).isCloseTo(p.b()[i], within(1e-7));
    }
    double[] y = lp.rowDuals();
    double dual = 0;
    for (int i = 0; i < p.rows(); i++) {
      dual += y[i] * p.b()[i];
    }
    for (int j = 0; j < columns; j++) {
      double reduced = p.c()[j];
      for (int i = 0; i < p.rows(); i++) {
        reduced -= y[i] * p.a()[i][j];
      }
      assertThat(reduced).as("reduced cost of column %d", j).isLessThanOrEqualTo(1e-7);
    }
    double primal = 0;
    for (int j = 0; j < columns; j++) {
      primal += p.c()[j] * x[j];
    }
    assertThat(lp.objective()).isCloseTo(primal, within(1e-7));
    assertThat(dual).as("dual objective").isCloseTo(primal, within(1e-6));
    return primal;
  }

  private static double ojAlgo(Program p, int columns) {
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Variable[] x = new Variable[columns];
    for (int j = 0; j < columns; j++) {
      x[j] = model.addVariable("x" + j).lower(0).weight(p.c()[j]);
    }
    for (int i = 0; i < p.rows(); i++) {
      Expression row = model.addExpression("r" + i).level(p.b()[i]);
      for (int j = 0; j < columns; j++) {
        row.set(x[j], p.a()[i][j]);
      }
    }
    Optimisation.Result result = model.maximise();
    assertThat(result.getState().isOptimal()).as("ojAlgo's state %s", result.getState()).isTrue();
    return result.getValue();
  }

  /**
   * {@return a leximin first-stage master read from a resource}: its first line holds the size of
   * each group (a row each), every further line a panel as {@code row:seats} pairs. The columns
   * are z (cost 1, −1 in every group's row), a surplus (−1) per group's row, then the panels
   * (seats over the group's size in its row, 1 in the convexity row, the last); the right-hand
   * side is 0 but for the convexity row's 1.
   */
  private static Program sortitionMaster(String resource) throws IOException {
    List<String> lines = new ArrayList<>();
    try (InputStream in = MasterLpTest.class.getResourceAsStream(resource);
        BufferedReader reader = new BufferedReader(
            new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
      reader.lines().forEach(lines::add);
    }
    int[] size = Arrays.stream(lines.get(0).split(" ")).mapToInt(Integer::parseInt).toArray();
    int groups = size.length;
    int n = 1 + groups + lines.size() - 1;
    double[][] a = new double[groups + 1][n];
    double[] c = new double[n];
    c[0] = 1;
    for (int g = 0; g < groups; g++) {
      a[g][0] = -1;
      a[g][1 + g] = -1;
    }
    for (int line = 1; line < lines.size(); line++) {
      int j = groups + line;
      for (String pair : lines.get(line).split(" ")) {
        int row = Integer.parseInt(pair.substring(0, pair.indexOf(':')));
        a[row][j] = Integer.parseInt(pair.substring(pair.indexOf(':') + 1)) / (double) size[row];
      }
      a[groups][j] = 1;
    }
    double[] b = new double[groups + 1];
    b[groups] = 1;
    return new Program(a, b, c);
  }

  /**
   * A first-stage leximin master of a seeded pool of 600 volunteers (346 rows, 604 panels),
   * solved from the artificial basis. Its degenerate rows once led Bland's rule to pivot on
   * entries of 10⁻⁹ beside entries of 10⁶, after which the solve reported optimal with A·x off b
   * by 7. Its value is the one the warm-started column generation and a dual simplex found.
   */
  @Test
  void solvesADegenerateSortitionMasterFromTheArtificialBasis() throws IOException {
    Program p = sortitionMaster("degenerate-master.txt.gz");
    MasterLp lp = solved(p);
    assertThat(assertOptimal(lp, p, p.columns())).isCloseTo(0.0182924034288687, within(1e-12));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void solvesSeededProgramsToOptimalityAndAgreesWithOjAlgo(long seed) {
    Program p = generate(seed);
    MasterLp lp = solved(p);
    double value = assertOptimal(lp, p, p.columns());
    assertThat(value).isCloseTo(ojAlgo(p, p.columns()), within(1e-6));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void resolvesFromTheLastBasisWhenColumnsAreAdded(long seed) {
    Program p = generate(seed);
    MasterLp lp = new MasterLp(p.b());
    int half = p.columns() / 2;
    for (int j = 0; j < half; j++) {
      add(lp, p, j);
    }
    assertThat(lp.solve()).isTrue();
    assertThat(assertOptimal(lp, p, half)).isCloseTo(ojAlgo(p, half), within(1e-6));
    for (int j = half; j < p.columns(); j++) {
      add(lp, p, j);
    }
    assertThat(lp.solve()).isTrue();
    assertThat(assertOptimal(lp, p, p.columns())).isCloseTo(ojAlgo(p, p.columns()),
        within(1e-6));
  }

  /**
   * A basic column is replaced by a combination of the other basic columns, which makes the
   * basis singular (as a leximin stage does to z's column), with the right-hand side that keeps
   * the last solution feasible; the program must repair its basis and solve the changed program.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void repairsABasisMadeSingularByAChangedColumn(long seed) {
    Program p = generate(seed);
    MasterLp lp = solved(p);
    int m = p.rows();
    int[] basis = lp.basis();
    double[] x = lp.primal();
    int q = 0;  // the basic structural column of largest value is changed
    for (int i = 1; i < m; i++) {
      if (basis[i] >= m && (basis[q] < m || x[basis[i]] > x[basis[q]])) {
        q = i;
      }
    }
    assertThat(basis[q]).as("some structural column is basic").isGreaterThanOrEqualTo(m);
    SplittableRandom random = new SplittableRandom(seed + 1000);
    double[] changed = new double[m];
    for (int i = 0; i < m; i++) {
      int k = basis[i];
      if (i != q && k >= m) {
        double y = 1 + random.nextInt(2);
        for (int r = 0; r < m; r++) {
          changed[r] += y * p.a()[r][k - m];
        }
      }
    }
    assumeTrue(Arrays.stream(changed).anyMatch(v -> v != 0), "another structural column is basic");
    double[][] a = new double[m][];
    for (int r = 0; r < m; r++) {
      a[r] = p.a()[r].clone();
      a[r][basis[q] - m] = changed[r];
    }
    double[] b = new double[m];
    for (int r = 0; r < m; r++) {
      for (int j = 0; j < p.columns(); j++) {
        b[r] += a[r][j] * x[m + j];
      }
    }
    Program changedProgram = new Program(a, b, p.c());
    Sparse sparse = Sparse.of(changed);
    assertThat(lp.change(basis[q], sparse.rows(), sparse.values(), b)).isTrue();
    assertThat(lp.solve()).isTrue();
    assertThat(assertOptimal(lp, changedProgram, p.columns()))
        .isCloseTo(ojAlgo(changedProgram, p.columns()), within(1e-6));
  }

  @Test
  void reportsAnInfeasibleProgram() {
    // x₀ + x₁ = 1 and x₀ + x₁ = 2 cannot both hold
    MasterLp lp = new MasterLp(new double[] {1, 2});
    lp.addColumn(new int[] {0, 1}, new double[] {1, 1}, 1);
    lp.addColumn(new int[] {0, 1}, new double[] {1, 1}, 0);
    assertThat(lp.solve()).isFalse();
  }
}
