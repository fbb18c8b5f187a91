package io.yishi.voting.sortition;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One volunteer of the pool: an id, one value per feature (estate, owner or tenant, age band,
 * gender, any feature the host defines) and the household the volunteer lives in.
 *
 * @param id the volunteer's id, unique in the pool, not blank
 * @param features feature name to value, one entry per feature of the quotas; copied, sorted by
 *     feature name
 * @param household the household's id, or null for a household of one
 */
public record Volunteer(String id, Map<String, String> features, @Nullable String household) {

  /**
   * Validates and copies.
   *
   * @param id the volunteer's id, unique in the pool, not blank
   * @param features feature name to value, one entry per feature of the quotas; copied, sorted by
   *     feature name
   * @param household the household's id; null or blank means a household of one, stored as
   *     null
   * @throws SortitionInputException if the id is blank or a feature name or value is blank
   */
  public Volunteer(String id, Map<String, String> features, @Nullable String household) {
    checkNotNull(id, "id");
    checkNotNull(features, "features");
    if (id.isBlank()) {
      throw new SortitionInputException("volunteer.id", "'" + id + "'", "must not be blank");
    }
    TreeMap<String, String> copy = new TreeMap<>();
    features.forEach((name, value) -> {
      if (name == null || name.isBlank() || value == null || value.isBlank()) {
        throw new SortitionInputException("volunteers[" + id + "].features", name + "=" + value,
            "feature names and values must not be blank");
      }
      copy.put(name, value);
    });
    this.id = id;
    this.features = java.util.Collections.unmodifiableMap(copy);
    this.household = household == null || household.isBlank() ? null : household;
  }

  /**
   * {@return what groups housemates: the same for volunteers of one household, and for a
   * volunteer in a household of one a key that no household's id can give}
   */
  public String householdKey() {
    return household == null ? "volunteer:" + id : "household:" + household;
  }

  /**
   * {@return a volunteer in a household of one}
   *
   * @param id the volunteer's id
   * @param features feature name to value
   */
  public static Volunteer of(String id, Map<String, String> features) {
    return new Volunteer(id, features, null);
  }
}
