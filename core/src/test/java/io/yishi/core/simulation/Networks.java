package io.yishi.core.simulation;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

/** Seeded generators of small networks and opinions for the property tests. */
final class Networks {

  private Networks() {}

  /** The seeds the property tests run over. */
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 25);
  }

  /** A connected network of 2..maxAgents agents: a random tree plus random extra links. */
  static SocialNetwork connected(SplittableRandom random, int maxAgents) {
    int n = 2 + random.nextInt(maxAgents - 1);
    int[][] neighbours = new int[n][];
    int extra = random.nextInt(n + 1);
    int[] from = new int[n - 1 + extra];
    int[] to = new int[n - 1 + extra];
    for (int i = 1; i < n; i++) {
      from[i - 1] = i;
      to[i - 1] = random.nextInt(i);
    }
    for (int k = n - 1; k < from.length; k++) {
      int a = random.nextInt(n);
      int b = random.nextInt(n);
      from[k] = a;
      to[k] = a == b ? (a + 1) % n : b;
    }
    int[] count = new int[n];
    for (int f : from) {
      count[f]++;
    }
    for (int i = 0; i < n; i++) {
      neighbours[i] = new int[count[i]];
      count[i] = 0;
    }
    for (int k = 0; k < from.length; k++) {
      neighbours[from[k]][count[from[k]]++] = to[k];
    }
    return SocialNetwork.of(n, neighbours);
  }

  /** Everyone linked to everyone. */
  static SocialNetwork complete(int agents) {
    return SocialNetwork.withinGroups(new int[agents]);
  }

  /** Opinions drawn uniformly from [0, 1). */
  static double[] uniform(SplittableRandom random, int agents) {
    double[] x = new double[agents];
    for (int i = 0; i < agents; i++) {
      x[i] = random.nextDouble();
    }
    return x;
  }

  /** The row-normalised influence matrix the models document, built from the definition. */
  static double[][] influence(SocialNetwork network, double selfWeight) {
    int n = network.agents();
    double[][] w = new double[n][n];
    for (int i = 0; i < n; i++) {
      int d = network.degree(i);
      double own = d == 0 ? 1 : Double.isNaN(selfWeight) ? 1.0 / (d + 1) : selfWeight;
      w[i][i] = own;
      for (int k = 0; k < d; k++) {
        w[i][network.neighbour(i, k)] = (1 - own) / d;
      }
    }
    return w;
  }

  /** Solves {@code a x = b} by Gaussian elimination with partial pivoting; a and b are copied. */
  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      m[i] = java.util.Arrays.copyOf(a[i], n + 1);
      m[i][n] = b[i];
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
          pivot = r;
        }
      }
      double[] t = m[col];
      m[col] = m[pivot];
      m[pivot] = t;
      for (int r = col + 1; r < n; r++) {
        double f = m[r][col] / m[col][col];
        for (int c = col; c <= n; c++) {
          m[r][c] -= f * m[col][c];
        }
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = m[r][n];
      for (int c = r + 1; c < n; c++) {
        s -= m[r][c] * x[c];
      }
      x[r] = s / m[r][r];
    }
    return x;
  }
}
