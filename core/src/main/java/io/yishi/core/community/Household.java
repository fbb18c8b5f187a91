package io.yishi.core.community;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Comparator;
import java.util.Set;

/**
 * The people who live together in one unit (户), whether they own it or rent it.
 *
 * <p>Where a decision counts households rather than people, the {@code representative} casts the
 * household's vote ({@link io.yishi.core.electorate.Weighting#PER_HOUSEHOLD}). Several households
 * may live in one unit; a resident belongs to at most one household, and {@link
 * Community.Builder#build()} checks that the household's members name it as theirs.
 *
 * @param id the household's id, unique within its community
 * @param home the unit the household lives in
 * @param members the residents of the household, not empty; copied, unmodifiable, iterated in
 *     order of id
 * @param representative the member who speaks and votes for the household (户代表)
 */
public record Household(
    HouseholdId id, UnitId home, Set<ResidentId> members, ResidentId representative) {

  private static final Comparator<ResidentId> BY_ID = Comparator.comparing(ResidentId::value);

  /**
   * Checks the components.
   *
   * @param id the household's id, unique within its community
   * @param home the unit the household lives in
   * @param members the residents of the household, not empty; copied, unmodifiable, iterated in
   *     order of id
   * @param representative the member who speaks and votes for the household (户代表)
   * @throws IllegalArgumentException naming the household if {@code members} is empty or does
   *     not contain {@code representative}
   * @throws NullPointerException if a component or a member is null
   */
  public Household {
    checkNotNull(id, "id");
    checkNotNull(home, "home");
    checkNotNull(members, "members");
    checkNotNull(representative, "representative");
    members = ImmutableSortedSet.copyOf(BY_ID, members);
    checkArgument(!members.isEmpty(), "household %s: members must not be empty", id);
    checkArgument(
        members.contains(representative),
        "household %s: representative '%s' must be one of the members %s",
        id,
        representative,
        members);
  }
}
