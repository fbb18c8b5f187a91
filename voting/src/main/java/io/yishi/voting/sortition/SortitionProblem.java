package io.yishi.voting.sortition;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One selection by lot: the pool, the quotas, the panel size and the household rule.
 *
 * <p>Every volunteer must have a value for every feature the quotas name, and that value must be
 * one the quotas list for the feature (values match exactly, as in the Sortition Foundation's
 * tools: {@code Female} and {@code female} differ). Features the quotas do not name are kept but
 * play no part. Whether the quotas can be met is a separate question ({@link Sortition#check}).
 *
 * @param pool the volunteers
 * @param quotas one quota per feature value, at least one; copied
 * @param panelSize the number of panel members to select, in [1, pool size]
 * @param oneMemberPerHousehold whether at most one member of a household may sit on the panel
 */
public record SortitionProblem(Pool pool, List<Quota> quotas, int panelSize,
    boolean oneMemberPerHousehold) {

  /**
   * Validates and copies.
   *
   * @param pool the volunteers
   * @param quotas one quota per feature value, at least one; copied
   * @param panelSize the number of panel members to select, in [1, pool size]
   * @param oneMemberPerHousehold whether at most one member of a household may sit on the panel
   * @throws SortitionInputException naming the field, value and rule if a quota repeats, the
   *     panel size is out of range, or a volunteer lacks a feature or has a value no quota lists
   */
  public SortitionProblem {
    checkNotNull(pool, "pool");
    checkNotNull(quotas, "quotas");
    quotas = List.copyOf(quotas);
    if (quotas.isEmpty()) {
      throw new SortitionInputException("quotas", null, "need at least one feature value");
    }
    if (panelSize < 1 || panelSize > pool.size()) {
      throw new SortitionInputException("panelSize", panelSize,
          "must be in [1, " + pool.size() + "], the size of the pool");
    }
    Map<String, Set<String>> values = new LinkedHashMap<>();
    for (Quota q : quotas) {
      if (!values.computeIfAbsent(q.feature(), f -> new LinkedHashSet<>()).add(q.value())) {
        throw new SortitionInputException("quotas", q.feature() + "=" + q.value(),
            "each feature value may have one quota only");
      }
    }
    for (Volunteer v : pool.volunteers()) {
      for (Map.Entry<String, Set<String>> feature : values.entrySet()) {
        String value = v.features().get(feature.getKey());
        if (value == null) {
          throw new SortitionInputException("volunteers[" + v.id() + "].features",
              feature.getKey(), "every volunteer needs a value for every feature of the quotas");
        }
        if (!feature.getValue().contains(value)) {
          throw new SortitionInputException("volunteers[" + v.id() + "].features."
              + feature.getKey(), "'" + value + "'", "must be one of the values the quotas list "
              + feature.getValue() + " (values match exactly)");
        }
      }
    }
  }

  /**
   * {@return a problem where households play no part}
   *
   * @param pool the volunteers
   * @param quotas the quotas
   * @param panelSize the panel size
   * @throws SortitionInputException as the constructor
   */
  public static SortitionProblem of(Pool pool, List<Quota> quotas, int panelSize) {
    return new SortitionProblem(pool, quotas, panelSize, false);
  }

  /** {@return the features the quotas name, in the order of their first quota} */
  public List<String> features() {
    return quotas.stream().map(Quota::feature).distinct().collect(Collectors.toList());
  }

  /**
   * {@return a copy with other quotas, e.g. a suggested relaxation}
   *
   * @param replacement the new quotas
   * @throws SortitionInputException as the constructor
   */
  public SortitionProblem withQuotas(List<Quota> replacement) {
    return new SortitionProblem(pool, new ArrayList<>(replacement), panelSize,
        oneMemberPerHousehold);
  }
}
