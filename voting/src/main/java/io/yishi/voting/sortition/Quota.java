package io.yishi.voting.sortition;

import static com.google.common.base.Preconditions.checkNotNull;

import org.jspecify.annotations.Nullable;

/**
 * The number of panel members who may have one value of one feature: a row {@code
 * feature,value,min,max[,min_flex,max_flex]} of the Sortition Foundation's features file.
 *
 * <p>The flexible bounds say how far the quota may be relaxed when the quotas cannot all be met:
 * {@code minFlex ≤ min} and {@code maxFlex ≥ max}. Absent (null), a minimum may be relaxed down
 * to 0 and a maximum up to the panel size.
 *
 * @param feature the feature's name, e.g. {@code "age"}, not blank
 * @param value the value, e.g. {@code "18-29"}, not blank
 * @param min the fewest panel members with this value, ≥ 0
 * @param max the most panel members with this value, ≥ {@code min}
 * @param minFlex the lowest the minimum may be relaxed to, in [0, min], or null
 * @param maxFlex the highest the maximum may be relaxed to, ≥ max, or null
 */
public record Quota(String feature, String value, int min, int max, @Nullable Integer minFlex,
    @Nullable Integer maxFlex) {

  /**
   * Validates.
   *
   * @param feature the feature's name, e.g. {@code "age"}, not blank
   * @param value the value, e.g. {@code "18-29"}, not blank
   * @param min the fewest panel members with this value, ≥ 0
   * @param max the most panel members with this value, ≥ {@code min}
   * @param minFlex the lowest the minimum may be relaxed to, in [0, min], or null
   * @param maxFlex the highest the maximum may be relaxed to, ≥ max, or null
   * @throws SortitionInputException naming the quota if a bound is negative, min &gt; max, or a
   *     flexible bound lies inside [min, max]
   */
  public Quota {
    checkNotNull(feature, "feature");
    checkNotNull(value, "value");
    if (feature.isBlank() || value.isBlank()) {
      throw new SortitionInputException("quota", feature + "=" + value,
          "feature and value must not be blank");
    }
    String where = "quotas[" + feature + "=" + value + "]";
    if (min < 0) {
      throw new SortitionInputException(where + ".min", min, "must be ≥ 0");
    }
    if (max < min) {
      throw new SortitionInputException(where + ".max", max, "must be ≥ min (" + min + ")");
    }
    if (minFlex != null && (minFlex < 0 || minFlex > min)) {
      throw new SortitionInputException(where + ".minFlex", minFlex,
          "must be in [0, min] = [0, " + min + "]");
    }
    if (maxFlex != null && maxFlex < max) {
      throw new SortitionInputException(where + ".maxFlex", maxFlex,
          "must be ≥ max (" + max + ")");
    }
  }

  /**
   * {@return a quota without flexible bounds}
   *
   * @param feature the feature's name
   * @param value the value
   * @param min the fewest members with the value, ≥ 0
   * @param max the most members with the value, ≥ min
   * @throws SortitionInputException as the constructor
   */
  public static Quota of(String feature, String value, int min, int max) {
    return new Quota(feature, value, min, max, null, null);
  }

  /** {@return the quota as {@code feature=value [min, max]}, e.g. {@code "gender=female [7, 8]"}} */
  public String describe() {
    return feature + "=" + value + " [" + min + ", " + max + "]";
  }
}
