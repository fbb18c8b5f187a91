package io.yishi.mediation.negotiation;

import io.yishi.core.Rational;
import org.jspecify.annotations.Nullable;

/**
 * An exact solution: option {@code first} with probability 1 − {@code weight}, option {@code
 * second} with probability {@code weight} (or {@code first} alone when {@code second} is −1), and
 * the expected utilities; or no agreement, when {@code first} is −1 and the utilities are the
 * disagreement point.
 */
record BargainingPoint(
    int first, int second, Rational weight, Rational u0,
    Rational u1) {

  boolean agreement() {
    return first >= 0;
  }

  static BargainingPoint none(Rational d0, Rational d1) {
    return new BargainingPoint(-1, -1, Rational.ZERO, d0, d1);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof BargainingPoint p && first == p.first && second == p.second
        && weight.equals(p.weight) && u0.equals(p.u0) && u1.equals(p.u1);
  }

  @Override
  public int hashCode() {
    return ((first * 31 + second) * 31 + weight.hashCode()) * 31 + u0.hashCode();
  }
}
