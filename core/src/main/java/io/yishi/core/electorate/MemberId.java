package io.yishi.core.electorate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.community.HouseholdId;
import io.yishi.core.community.ResidentId;
import io.yishi.core.community.UnitId;
import io.yishi.core.internal.Identifiers;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Identifies a member of an {@link Electorate}: whoever casts one ballot.
 *
 * <p>The value is an id (1 to 128 letters, digits, {@code .}, {@code _}, {@code :} or {@code -},
 * starting with a letter or digit), or several such ids joined by {@code '+'} when co-owners
 * count as one member of an owners' electorate, e.g. {@code "r-0042+r-0043"} (see {@link
 * #ofOwners(Set)}). Electorates built from a community reuse the resident, household or unit id,
 * so a host can tell from a member id who may cast its ballot.
 *
 * @param value the id as written
 */
public record MemberId(String value) implements Comparable<MemberId> {

  /**
   * Checks the format.
   *
   * @param value the id as written
   * @throws IllegalArgumentException naming the value if it is not an id or ids joined by
   *     {@code '+'}
   * @throws NullPointerException if {@code value} is null
   */
  public MemberId {
    checkNotNull(value, "member id");
    if (value.indexOf('+') < 0) {
      Identifiers.check("member id", value);
    } else {
      for (String part : value.split("\\+", -1)) {
        Identifiers.check("member id '" + value + "', part", part);
      }
    }
  }

  /**
   * {@return the member id with this value}
   *
   * @param value an id, or several ids joined by {@code '+'} for co-owners counted as one
   * @throws IllegalArgumentException naming the value if it is malformed
   */
  public static MemberId of(String value) {
    return new MemberId(value);
  }

  /**
   * {@return the member id of a resident voting in person, the resident's id}
   *
   * @param resident the resident
   */
  public static MemberId of(ResidentId resident) {
    return new MemberId(resident.value());
  }

  /**
   * {@return the member id of a household voting as one, the household's id}
   *
   * @param household the household
   */
  public static MemberId of(HouseholdId household) {
    return new MemberId(household.value());
  }

  /**
   * {@return the member id of a unit voting as one, the unit's id}
   *
   * @param unit the unit
   */
  public static MemberId of(UnitId unit) {
    return new MemberId(unit.value());
  }

  /**
   * {@return the member id under which these owners count as one owner}: the resident id of a
   * sole owner, or the co-owners' ids sorted and joined by {@code '+'}, so the same owners always
   * get the same id
   *
   * @param owners the owners of one unit, at least one
   * @throws IllegalArgumentException if {@code owners} is empty
   */
  public static MemberId ofOwners(Set<ResidentId> owners) {
    checkArgument(!owners.isEmpty(), "member id: owners must not be empty");
    return new MemberId(
        owners.stream().map(ResidentId::value).sorted().collect(Collectors.joining("+")));
  }

  /** {@return the value itself, so that ids print as they are written in messages} */
  @Override
  public String toString() {
    return value;
  }

  /** Orders ids by their text, so that maps keyed by ids write and hash in a stable order. */
  @Override
  public int compareTo(MemberId other) {
    return value.compareTo(other.value);
  }
}
