package io.yishi.core.community;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import io.yishi.core.internal.Decimals;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Set;

/**
 * A unit of a building that can be owned (专有部分), such as a flat, a shop or a parking space;
 * floor area in square metres, exact.
 *
 * <p>The exclusive area is what an owners' decision weighs (Civil Code art. 278). Under the SPC
 * interpretation art. 8 (RULES.md §3.1) it is the area in the real-estate register, else the
 * surveyed area, else the area in the sale contract; the host chooses which figure to supply.
 * The area is normalised to its smallest non-negative scale ({@link
 * BigDecimal#stripTrailingZeros()}, but {@code 200} stays {@code 200} rather than {@code 2E+2}),
 * so units of {@code 80.0} and {@code 80.00} m² are equal values.
 *
 * <p>{@code owners} are the residents who own the unit; several owners own it jointly (共有). An
 * empty set means unsold or unknown: such a unit counts for no one in an owners' decision. The
 * developer holding unsold units is modelled as one resident owning them.
 *
 * @param id the unit's id, unique within its community
 * @param building the building the unit is in; {@link Community.Builder#build()} checks that it
 *     exists
 * @param exclusiveAreaM2 the exclusive floor area in square metres, {@code > 0}
 * @param owners the owning residents, possibly empty; copied, unmodifiable, iterated in order of
 *     id so that equal units print and serialise identically
 */
public record Unit(
    UnitId id, BuildingId building, BigDecimal exclusiveAreaM2, Set<ResidentId> owners) {

  private static final Comparator<ResidentId> BY_ID = Comparator.comparing(ResidentId::value);

  /**
   * Checks and normalises the components.
   *
   * @param id the unit's id, unique within its community
   * @param building the building the unit is in; {@link Community.Builder#build()} checks that it
   *     exists
   * @param exclusiveAreaM2 the exclusive floor area in square metres, {@code > 0}
   * @param owners the owning residents, possibly empty; copied, unmodifiable, iterated in order of
   *     id so that equal units print and serialise identically
   * @throws IllegalArgumentException naming the unit and the value if {@code exclusiveAreaM2} is
   *     zero or negative
   * @throws NullPointerException if a component or an owner is null
   */
  public Unit {
    checkNotNull(id, "id");
    checkNotNull(building, "building");
    checkNotNull(exclusiveAreaM2, "exclusiveAreaM2");
    checkNotNull(owners, "owners");
    checkArgument(
        exclusiveAreaM2.signum() > 0,
        "unit %s: exclusiveAreaM2 must be positive, was %s",
        id,
        exclusiveAreaM2);
    exclusiveAreaM2 = Decimals.normalise(exclusiveAreaM2); // 80.0 and 80.00 are equal values
    // Sorted rather than Set.copyOf: equal units must iterate, print and hash-chain identically.
    owners = ImmutableSortedSet.copyOf(BY_ID, owners);
  }

  // Without the setScale, 200 would become 2E+2 and print so in messages and JSON.

  /** {@return whether at least one resident owns the unit} */
  public boolean isOwned() {
    return !owners.isEmpty();
  }
}
