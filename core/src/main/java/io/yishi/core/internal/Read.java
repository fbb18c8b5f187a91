package io.yishi.core.internal;

import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Reading and checking the simulation models' parameters, with messages naming each. */
public final class Read {

  /** The most options any built-in model accepts. */
  public static final int MAX_OPTIONS = 1000;

  private Read() {}

  /**
   * Checks a number of options.
   *
   * @param options the number asked for
   * @param max the most the model handles
   * @throws InvalidParameterException naming {@code options} if it is below 2 or above max
   */
  public static void options(int options, int max) {
    if (options < 2 || options > max) {
      throw new InvalidParameterException("options", options, "must be in [2, " + max + "]");
    }
  }

  /**
   * {@return a number parameter, or its default, checked to lie in [min, max]}
   *
   * @param parameters the parameters
   * @param name the parameter's name
   * @param defaultValue its value when absent
   * @param min the smallest value allowed
   * @param max the largest value allowed
   * @throws InvalidParameterException naming the parameter if it is not a number or out of range
   */
  public static double number(Parameters parameters, String name, double defaultValue, double min,
      double max) {
    BigDecimal d = parameters.decimal(name, BigDecimal.valueOf(defaultValue));
    return inRange(name, d, min, max);
  }

  /**
   * {@return a value read as a number in [min, max]}
   *
   * @param name the parameter's name, for the message
   * @param value the value, a {@link BigDecimal} as parameters hold numbers
   * @param min the smallest value allowed
   * @param max the largest value allowed
   * @throws InvalidParameterException naming the parameter if it is not a number or out of range
   */
  public static double inRange(String name, Object value, double min, double max) {
    if (!(value instanceof BigDecimal d)) {
      throw new InvalidParameterException(name, value, "must be a number");
    }
    double x = d.doubleValue();
    if (!(x >= min && x <= max)) {
      throw new InvalidParameterException(name, d.toPlainString(),
          "must be in [" + format(min) + ", " + format(max) + "]");
    }
    return x;
  }

  private static String format(double x) {
    return Double.isInfinite(x) ? "∞" : BigDecimal.valueOf(x).stripTrailingZeros()
        .toPlainString();
  }

  /**
   * {@return a value read as a list}
   *
   * @param name the parameter's name, for the message
   * @param value the value
   * @throws InvalidParameterException naming the parameter if it is not a list
   */
  public static List<?> list(String name, Object value) {
    if (value instanceof List<?> l) {
      return l;
    }
    throw new InvalidParameterException(name, value, "must be a list");
  }

  /**
   * {@return a value read as a map}
   *
   * @param name the parameter's name, for the message
   * @param value the value
   * @throws InvalidParameterException naming the parameter if it is not a map
   */
  public static Map<?, ?> map(String name, Object value) {
    if (value instanceof Map<?, ?> m) {
      return m;
    }
    throw new InvalidParameterException(name, value, "must be a map");
  }

  /**
   * {@return a value read as a point: a list of one number in [min, max] per dimension}
   *
   * @param name the parameter's name, for the message
   * @param value the value
   * @param dimensions how many coordinates
   * @param min the smallest coordinate allowed
   * @param max the largest coordinate allowed
   * @throws InvalidParameterException naming the parameter or coordinate that does not fit
   */
  public static double[] point(String name, Object value, int dimensions, double min, double max) {
    List<?> coordinates = list(name, value);
    if (coordinates.size() != dimensions) {
      throw new InvalidParameterException(name, value,
          "must have " + dimensions + " coordinates, one per dimension");
    }
    double[] point = new double[dimensions];
    for (int i = 0; i < dimensions; i++) {
      point[i] = inRange(name + "[" + i + "]", coordinates.get(i), min, max);
    }
    return point;
  }
}
