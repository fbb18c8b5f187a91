package io.yishi.core.electorate;

/** What one member of an {@link Electorate} is, and what its ballot weighs. */
public enum Weighting {
  /** One member per eligible resident, who votes in person; every weight is exactly 1. */
  PER_PERSON,
  /**
   * One member per household with at least one eligible member; the household's representative
   * casts its ballot; every weight is exactly 1.
   */
  PER_HOUSEHOLD,
  /**
   * One member per unit with at least one eligible owner; the unit's owners jointly cast its
   * ballot; every weight is exactly 1.
   */
  PER_UNIT,
  /**
   * One member per owner after the SPC interpretation's art. 9 aggregation (RULES.md §3.1): all
   * units with the same owners count as one member, whose weight is their summed exclusive floor
   * area in square metres, {@code > 0}. The member count is the owners' head count and the total
   * weight is their area, the two dimensions of Civil Code art. 278.
   */
  FLOOR_AREA;

  /** {@return whether every member's weight must be exactly 1 under this weighting} */
  public boolean hasUnitWeights() {
    return this != FLOOR_AREA;
  }
}
