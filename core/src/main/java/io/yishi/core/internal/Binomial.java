package io.yishi.core.internal;

import java.util.SplittableRandom;

/**
 * Exact binomial variates: inversion by sequential search when {@code n·min(p, 1−p) <= 30},
 * otherwise the BTPE rejection algorithm of Kachitvichyanukul and Schmeiser, "Binomial random
 * variate generation", Communications of the ACM 31(2), 1988 (the choice numpy makes). Both
 * are exact up to double rounding; neither uses a normal approximation.
 */
public final class Binomial {

  private static final double INVERSION_LIMIT = 30.0;

  private Binomial() {}

  /**
   * {@return a draw from Binomial(n, p)}: how many of {@code n} independent trials succeed
   *
   * @param random the source of randomness
   * @param n the trials, at least 0
   * @param p each trial's chance of success, in [0, 1]
   */
  public static long sample(SplittableRandom random, long n, double p) {
    if (n == 0 || p <= 0.0) {
      return 0;
    }
    if (p >= 1.0) {
      return n;
    }
    boolean flip = p > 0.5;
    double r = flip ? 1.0 - p : p;
    long x = n * r <= INVERSION_LIMIT ? inversion(random, n, r) : btpe(random, n, r);
    return flip ? n - x : x;
  }

  /** Sequential search from 0; p <= 1/2 and n·p <= 30, so the loop is short. */
  private static long inversion(SplittableRandom random, long n, double p) {
    double q = 1.0 - p;
    double q0 = Math.exp(n * Math.log1p(-p));
    double np = n * p;
    // Beyond the bound lies under 1e-20 of the mass; restarting there, instead of walking on
    // with a probability eroded by rounding, keeps the draw exact in distribution.
    long bound = (long) Math.min(n, np + 10.0 * Math.sqrt(np * q + 1));
    while (true) {
      double u = random.nextDouble();
      double px = q0;
      long x = 0;
      while (u > px) {
        x++;
        if (x > bound) {
          break;
        }
        u -= px;
        px = (n - x + 1) * p * px / (x * q);
      }
      if (x <= bound) {
        return x;
      }
    }
  }

  /** BTPE, step numbers of the paper in the comments; p <= 1/2 and n·p > 30. */
  private static long btpe(SplittableRandom random, long n, double p) {
    double q = 1.0 - p;
    double nrq = n * p * q;
    double fm = n * p + p;
    long m = (long) Math.floor(fm);
    double p1 = Math.floor(2.195 * Math.sqrt(nrq) - 4.6 * q) + 0.5;
    double xm = m + 0.5;
    double xl = xm - p1;
    double xr = xm + p1;
    double c = 0.134 + 20.5 / (15.3 + m);
    double a = (fm - xl) / (fm - xl * p);
    double laml = a * (1.0 + a / 2.0);
    a = (xr - fm) / (xr * q);
    double lamr = a * (1.0 + a / 2.0);
    double p2 = p1 * (1.0 + 2.0 * c);
    double p3 = p2 + c / laml;
    double p4 = p3 + c / lamr;
    while (true) {
      // 1: triangle in the middle, accepted at once
      double u = random.nextDouble() * p4;
      double v = random.nextDouble();
      long y;
      if (u <= p1) {
        return (long) Math.floor(xm - p1 * v + u);
      }
      if (u <= p2) {
        // 2: parallelograms
        double x = xl + (u - p1) / c;
        v = v * c + 1.0 - Math.abs(m - x + 0.5) / p1;
        if (v > 1.0) {
          continue;
        }
        y = (long) Math.floor(x);
      } else if (u <= p3) {
        // 3: left exponential tail
        if (v == 0.0) {
          continue;
        }
        y = (long) Math.floor(xl + Math.log(v) / laml);
        if (y < 0) {
          continue;
        }
        v = v * (u - p2) * laml;
      } else {
        // 4: right exponential tail
        if (v == 0.0) {
          continue;
        }
        y = (long) Math.floor(xr - Math.log(v) / lamr);
        if (y > n) {
          continue;
        }
        v = v * (u - p3) * lamr;
      }
      long k = Math.abs(y - m);
      if (k <= 20 || k >= nrq / 2.0 - 1) {
        // 5.1: the ratio f(y)/f(m) evaluated exactly by its recursion
        double s = p / q;
        double aa = s * (n + 1);
        double f = 1.0;
        if (m < y) {
          for (long i = m + 1; i <= y; i++) {
            f *= aa / i - s;
          }
        } else if (m > y) {
          for (long i = y + 1; i <= m; i++) {
            f /= aa / i - s;
          }
        }
        if (v <= f) {
          return y;
        }
        continue;
      }
      // 5.2: squeeze on log f(y)/f(m), then 5.3: the bound with Stirling's corrections
      double kk = k;
      double rho = (kk / nrq) * ((kk * (kk / 3.0 + 0.625) + 1.0 / 6.0) / nrq + 0.5);
      double t = -kk * kk / (2.0 * nrq);
      double logV = Math.log(v);
      if (logV < t - rho) {
        return y;
      }
      if (logV > t + rho) {
        continue;
      }
      double x1 = y + 1;
      double f1 = m + 1;
      double z = n + 1 - m;
      double w = n - y + 1;
      double bound = xm * Math.log(f1 / x1) + (n - m + 0.5) * Math.log(z / w)
          + (y - m) * Math.log(w * p / (x1 * q))
          + stirling(f1) + stirling(z) + stirling(x1) + stirling(w);
      if (logV <= bound) {
        return y;
      }
    }
  }

  /**
   * The Stirling series correction of log x! beyond its first terms, to order x^-9: 1/(12x) −
   * 1/(360x³) + … (13860/166320 is 1/12; some printed versions of BTPE carry the typo 13680).
   */
  private static double stirling(double x) {
    double x2 = x * x;
    return (13860.0 - (462.0 - (132.0 - (99.0 - 140.0 / x2) / x2) / x2) / x2) / x / 166320.0;
  }
}
