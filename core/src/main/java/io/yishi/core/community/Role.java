package io.yishi.core.community;

import static com.google.common.base.Preconditions.checkArgument;

import io.yishi.core.internal.Identifiers;
import java.util.regex.Pattern;

/**
 * A part a resident plays in community life, such as party member or building leader.
 *
 * <p>Roles are an open set: the constants below are the backbone participants of the Lixiong
 * case (DESIGN.md) and the people who run deliberations; a host application defines its own with
 * {@link #of(String)}, e.g. {@code Role.of("garden-club-treasurer")}. Two roles are equal when
 * their ids are equal, so a host-defined {@code Role.of("volunteer")} is {@link #VOLUNTEER}.
 * Roles are used by {@link io.yishi.core.electorate.Eligibility#withRole(Role)} to select
 * participants; they never carry voting weight by themselves.
 *
 * @param id lower-case words of letters and digits joined by hyphens, e.g. {@code "party-member"}
 */
public record Role(String id) {

  private static final Pattern ROLE_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /** A member of the Communist Party of China, a backbone participant (党员). */
  public static final Role PARTY_MEMBER = new Role("party-member");

  /** A building leader (楼长), who convenes the residents of one building. */
  public static final Role BUILDING_LEADER = new Role("building-leader");

  /** A resident representative (居民代表), elected to speak for neighbours. */
  public static final Role RESIDENT_REPRESENTATIVE = new Role("resident-representative");

  /** A veteran (退役军人), a backbone participant. */
  public static final Role VETERAN = new Role("veteran");

  /** The leader of a residents' club or interest group (社团骨干). */
  public static final Role CLUB_LEADER = new Role("club-leader");

  /** A volunteer (志愿者). */
  public static final Role VOLUNTEER = new Role("volunteer");

  /**
   * An owner (业主), as a label only.
   *
   * <p>Who owns what, and so who belongs to an owners' electorate, comes from {@link
   * Unit#owners()}, never from this role; a resident may hold the role without owning a unit in
   * the community, or own one without holding it.
   */
  public static final Role OWNER = new Role("owner");

  /**
   * A tenant (租户), as a label only.
   *
   * <p>Ownership for electorates comes from {@link Unit#owners()}; this role neither grants nor
   * removes it. Tenants are not owners under the SPC interpretation (RULES.md §3.1).
   */
  public static final Role TENANT = new Role("tenant");

  /** A trusted mediator (调解员) who settles neighbour disputes. */
  public static final Role MEDIATOR = new Role("mediator");

  /** A facilitator who runs a deliberation, such as a team co-creation workshop. */
  public static final Role FACILITATOR = new Role("facilitator");

  /**
   * Checks the id's format.
   *
   * @param id lower-case words of letters and digits joined by hyphens, e.g. {@code "party-member"}
   * @throws IllegalArgumentException naming the id if it is not lower-case words of letters and
   *     digits joined by single hyphens, or longer than 128 characters
   * @throws NullPointerException if {@code id} is null
   */
  public Role {
    Identifiers.check("role id", id);
    checkArgument(
        ROLE_ID.matcher(id).matches(),
        "role id: '%s' is not lower-case words joined by hyphens, e.g. 'party-member'",
        id);
  }

  /**
   * {@return the role with this id}, a built-in one or one the host defines
   *
   * @param id lower-case words of letters and digits joined by hyphens
   * @throws IllegalArgumentException naming the id if it is malformed
   */
  public static Role of(String id) {
    return new Role(id);
  }

  /** {@return the id, e.g. {@code "party-member"}} */
  @Override
  public String toString() {
    return id;
  }
}
