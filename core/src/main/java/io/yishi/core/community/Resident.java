package io.yishi.core.community;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One person known to the community: an owner, a tenant, a family member, a backbone participant.
 *
 * <p>Where the person lives comes from the household; what the person owns comes from {@link
 * Unit#owners()}. An owner who lives elsewhere, or the developer holding unsold units, is a
 * resident without a household.
 *
 * @param id the resident's id, unique within its community
 * @param name the name used in the community, not blank
 * @param birthDate the date of birth, used for age-based eligibility such as {@link
 *     #isAdultOn(LocalDate)}
 * @param household the household the resident lives in, or {@code null} if none is recorded
 * @param roles the roles the resident holds, possibly empty; copied, unmodifiable, iterated in
 *     order of id
 */
public record Resident(
    ResidentId id,
    String name,
    LocalDate birthDate,
    @Nullable HouseholdId household,
    Set<Role> roles) {

  private static final Comparator<Role> BY_ID = Comparator.comparing(Role::id);

  /** The age of majority in years (Civil Code art. 17). */
  private static final int AGE_OF_MAJORITY = 18;

  /**
   * Checks the components.
   *
   * @param id the resident's id, unique within its community
   * @param name the name used in the community, not blank
   * @param birthDate the date of birth, used for age-based eligibility such as {@link
   *     #isAdultOn(LocalDate)}
   * @param household the household the resident lives in, or {@code null} if none is recorded
   * @param roles the roles the resident holds, possibly empty; copied, unmodifiable, iterated in
   *     order of id
   * @throws IllegalArgumentException naming the resident if {@code name} is blank
   * @throws NullPointerException if a component other than {@code household}, or a role, is null
   */
  public Resident {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(birthDate, "birthDate");
    checkNotNull(roles, "roles");
    checkArgument(!name.isBlank(), "resident %s: name must not be blank, was '%s'", id, name);
    roles = ImmutableSortedSet.copyOf(BY_ID, roles);
  }

  /** {@return the household the resident lives in, or empty if none is recorded} */
  public Optional<HouseholdId> householdId() {
    return Optional.ofNullable(household);
  }

  /**
   * {@return whether the resident is 18 or older on {@code date}}, counting the 18th birthday
   * itself as adult (Civil Code art. 17). Someone born on 29 February becomes adult on
   * 28 February of a common year, as {@link LocalDate#plusYears(long)} counts.
   *
   * @param date the day on which age is reckoned, e.g. the day of the vote
   */
  public boolean isAdultOn(LocalDate date) {
    checkNotNull(date, "date");
    return !birthDate.plusYears(AGE_OF_MAJORITY).isAfter(date);
  }

  /**
   * {@return whether the resident holds {@code role}}
   *
   * @param role the role asked about
   */
  public boolean hasRole(Role role) {
    checkNotNull(role, "role");
    return roles.contains(role);
  }
}
