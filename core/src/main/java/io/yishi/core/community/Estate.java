package io.yishi.core.community;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A residential estate (小区) of a community: a group of buildings managed together.
 *
 * @param id the estate's id, unique within its community
 * @param name the name residents use, not blank, e.g. {@code "华苑小区"}
 * @param kind whether the estate is old or new
 */
public record Estate(EstateId id, String name, EstateKind kind) {

  /**
   * Checks the components.
   *
   * @param id the estate's id, unique within its community
   * @param name the name residents use, not blank, e.g. {@code "华苑小区"}
   * @param kind whether the estate is old or new
   * @throws IllegalArgumentException naming the estate if {@code name} is blank
   * @throws NullPointerException if a component is null
   */
  public Estate {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(kind, "kind");
    checkArgument(!name.isBlank(), "estate %s: name must not be blank, was '%s'", id, name);
  }
}
