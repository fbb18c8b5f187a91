package io.yishi.core.community;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A building (楼栋) of an estate; its units are the {@link Unit}s that name it.
 *
 * @param id the building's id, unique within its community
 * @param estate the estate the building belongs to; {@link Community.Builder#build()} checks
 *     that it exists
 * @param name the name residents use, not blank, e.g. {@code "3栋"}
 */
public record Building(BuildingId id, EstateId estate, String name) {

  /**
   * Checks the components.
   *
   * @param id the building's id, unique within its community
   * @param estate the estate the building belongs to; {@link Community.Builder#build()} checks
   *     that it exists
   * @param name the name residents use, not blank, e.g. {@code "3栋"}
   * @throws IllegalArgumentException naming the building if {@code name} is blank
   * @throws NullPointerException if a component is null
   */
  public Building {
    checkNotNull(id, "id");
    checkNotNull(estate, "estate");
    checkNotNull(name, "name");
    checkArgument(!name.isBlank(), "building %s: name must not be blank, was '%s'", id, name);
  }
}
