package io.yishi.core.electorate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.community.BuildingId;
import io.yishi.core.community.Community;
import io.yishi.core.community.EstateId;
import io.yishi.core.community.Resident;
import io.yishi.core.community.Role;
import io.yishi.core.community.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which residents of a community may take part: a condition built from small pieces.
 *
 * <p>Start from the static factories and combine them; each condition can {@link #describe()}
 * itself for explanations:
 *
 * <pre>{@code
 * Eligibility who = Eligibility.adults()
 *     .and(Eligibility.livesInBuilding(b1))
 *     .and(Eligibility.withRole(Role.PARTY_MEMBER));
 * who.describe();  // "adults living in building b1 and holding role party-member"
 * who.test(resident, community, LocalDate.of(2025, 3, 1));
 * }</pre>
 *
 * <p>Where a resident lives is the home unit of the resident's household ({@link
 * Community#homeOf}); what a resident owns is every unit listing the resident among its {@link
 * Unit#owners()}, alone or jointly. Roles such as {@link Role#OWNER} are labels and play no part
 * in the ownership conditions.
 *
 * <p>The cases are public records so that they can be inspected and serialised; conditions are
 * immutable values, equal when built from equal parts.
 */
public sealed interface Eligibility
    permits Eligibility.Everyone,
        Eligibility.Adults,
        Eligibility.WithRole,
        Eligibility.LivesInEstate,
        Eligibility.LivesInBuilding,
        Eligibility.OwnsUnitInEstate,
        Eligibility.OwnsUnitInBuilding,
        Eligibility.OwnsAnyUnit,
        Eligibility.AllOf,
        Eligibility.AnyOf,
        Eligibility.Not {

  /**
   * {@return whether {@code resident} meets the condition}
   *
   * @param resident the resident, normally one of {@code community}'s
   * @param community the community, for where the resident lives and what the resident owns
   * @param on the reference date, for conditions that depend on age
   */
  boolean test(Resident resident, Community community, LocalDate on);

  /**
   * {@return a phrase naming who meets the condition, for explanations}, e.g. {@code "adults
   * living in building b1 and holding role party-member"}
   */
  default String describe() {
    return Phrases.describe(this);
  }

  /**
   * {@return the condition that both this one and {@code other} hold}
   *
   * @param other the second condition
   */
  default Eligibility and(Eligibility other) {
    return Eligibility.and(this, other);
  }

  /** {@return the condition every resident meets} */
  static Eligibility everyone() {
    return new Everyone();
  }

  /** {@return the condition of being 18 or older on the reference date (Civil Code art. 17)} */
  static Eligibility adults() {
    return new Adults();
  }

  /**
   * {@return the condition of holding {@code role}}
   *
   * @param role the role
   */
  static Eligibility withRole(Role role) {
    return new WithRole(role);
  }

  /**
   * {@return the condition of living in a unit of {@code estate}}
   *
   * @param estate the estate
   */
  static Eligibility livesInEstate(EstateId estate) {
    return new LivesInEstate(estate);
  }

  /**
   * {@return the condition of living in a unit of {@code building}}
   *
   * @param building the building
   */
  static Eligibility livesInBuilding(BuildingId building) {
    return new LivesInBuilding(building);
  }

  /**
   * {@return the condition of owning, alone or jointly, at least one unit in {@code estate}}
   *
   * @param estate the estate
   */
  static Eligibility ownsUnitInEstate(EstateId estate) {
    return new OwnsUnitInEstate(estate);
  }

  /**
   * {@return the condition of owning, alone or jointly, at least one unit in {@code building}}
   *
   * @param building the building
   */
  static Eligibility ownsUnitInBuilding(BuildingId building) {
    return new OwnsUnitInBuilding(building);
  }

  /** {@return the condition of owning, alone or jointly, at least one unit of the community} */
  static Eligibility ownsAnyUnit() {
    return new OwnsAnyUnit();
  }

  /**
   * {@return the condition that all of {@code conditions} hold}; nested {@link AllOf}s are
   * flattened, and a single condition is returned as it is. For one condition and another,
   * {@code a.and(b)} reads best; Java resolves {@code Eligibility.and(a)} to the instance method,
   * so the static form needs at least two arguments.
   *
   * @param conditions the conditions, at least one
   * @throws IllegalArgumentException if {@code conditions} is empty
   */
  static Eligibility and(Eligibility... conditions) {
    checkArgument(conditions.length > 0, "and: needs at least one condition");
    List<Eligibility> flat = new ArrayList<>();
    for (Eligibility condition : conditions) {
      checkNotNull(condition, "condition");
      if (condition instanceof AllOf) {
        flat.addAll(((AllOf) condition).conditions());
      } else {
        flat.add(condition);
      }
    }
    return flat.size() == 1 ? flat.get(0) : new AllOf(flat);
  }

  /**
   * {@return the condition that at least one of {@code conditions} holds}; nested {@link AnyOf}s
   * are flattened, and a single condition is returned as it is
   *
   * @param conditions the conditions, at least one
   * @throws IllegalArgumentException if {@code conditions} is empty
   */
  static Eligibility or(Eligibility... conditions) {
    checkArgument(conditions.length > 0, "or: needs at least one condition");
    List<Eligibility> flat = new ArrayList<>();
    for (Eligibility condition : conditions) {
      checkNotNull(condition, "condition");
      if (condition instanceof AnyOf) {
        flat.addAll(((AnyOf) condition).conditions());
      } else {
        flat.add(condition);
      }
    }
    return flat.size() == 1 ? flat.get(0) : new AnyOf(flat);
  }

  /**
   * {@return the condition that {@code condition} does not hold}; {@code not(not(c))} is c
   *
   * @param condition the condition to negate
   */
  static Eligibility not(Eligibility condition) {
    checkNotNull(condition, "condition");
    return condition instanceof Not ? ((Not) condition).condition() : new Not(condition);
  }

  /** Every resident. */
  record Everyone() implements Eligibility {
    /** {@return {@code true}} */
    @Override
    public boolean test(Resident resident, Community community, LocalDate on) {
      return true;
    }
  }

  /** Residents aged 18 or older on the reference date, the birthday itself included. */
  record Adults() implements Eligibility {
    /** {@return whether the resident is an adult on {@code on}} */
    @Override
    public boolean test(Resident resident, Community community, LocalDate on) {
      return resident.isAdultOn(on);
    }
  }

  /**
   * Residents holding a role.
   *
   * @param role the role
   */
  record WithRole(Role role) implements Eligibility {
    /**
     * Checks the component.
     *
     * @param role the role
     * @throws NullPointerException if {@code role} is null
     */
    public WithRole {
      checkNotNull(role, "role");
    }

    /** {@return whether the resident holds the role} */
    @Override
    public boolean test(Resident resident, Community community, LocalDate on) {
      return resident.hasRole(role);
    }
  }

  /**
   * Residents whose household's home is in an estate.
   *
   * @param estate the estate
   */
  record LivesInEstate(EstateId estate) implements Eligibility {
    /**
     * Checks the component.
     *
     * @param estate the estate
     * @throws NullPointerException if {@code estate} is null
     */
    public LivesInEstate {
      checkNotNull(estate, "estate");
    }

    /** {@return whether the resident's home unit is in the estate} */
    @Override
    public boolean test(Resident resident, Community community, LocalDate on) {
      Optional<Unit> home = community.homeOf(resident.id());
      return home.isPresent()
          && community.estateOf(home.get().id()).map(e -> e.id().equals(estate)).orElse(false);
    }
  }

  /**
   * Residents whose household's home is in a building.
   *
   * @param building the building
   */
  record LivesInBuilding(BuildingId building) implements Eligibility {
    /**
     * Checks the component.
     *
     * @param building the building
     * @throws NullPointerException if {@code building} is null
     */
    public LivesInBuilding {
      checkNotNull(building, "building");
    }

    /** {@return whether the resident's home unit is in the building} */
    @Override
    public boolean test(Resident resident, Community community, LocalDate on) {
      return community.homeOf(resident.id()).map(u -> u.building().equals(building)).orElse(false);
    }
  }

  /**
   * Residents owning, alone or jointly, a unit in an estate.
   *
   * @param estate the estate
   */
  record OwnsUnitInEstate(EstateId estate) implements Eligibility {
    /**
     * Checks the component.
     *
     * @param estate the estate
     * @throws NullPointerException if {@code estate} is null
     */
    public OwnsUnitInEstate {
      checkNotNull(estate, "estate");
    }

    /** {@return whether the resident owns a unit in the estate} */
    @Override
    public boolean test(Resident resident, Community community, LocalDate on) {
      for (Unit unit : community.unitsOwnedBy(resident.id())) {
        if (community.estateOf(unit.id()).map(e -> e.id().equals(estate)).orElse(false)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Residents owning, alone or jointly, a unit in a building.
   *
   * @param building the building
   */
  record OwnsUnitInBuilding(BuildingId building) implements Eligibility {
    /**
     * Checks the component.
     *
     * @param building the building
     * @throws NullPointerException if {@code building} is null
     */
    public OwnsUnitInBuilding {
      checkNotNull(building, "building");
    }

    /** {@return whether the resident owns a unit in the building} */
    @Override
    public boolean test(Resident resident, Community community, LocalDate on) {
      for (Unit unit : community.unitsOwnedBy(resident.id())) {
        if (unit.building().equals(building)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Residents owning, alone or jointly, at least one unit of the community. */
  record OwnsAnyUnit() implements Eligibility {
    /** {@return whether the resident owns a unit} */
    @Override
    public boolean test(Resident resident, Community community, LocalDate on) {
      return !community.unitsOwnedBy(resident.id()).isEmpty();
    }
  }

  /**
   * Residents meeting every one of several conditions.
   *
   * @param conditions the conditions, not empty; copied, in order
   */
  record AllOf(List<Eligibility> conditions) implements Eligibility {
    /**
     * Checks and copies the component.
     *
     * @param conditions the conditions, not empty; copied, in order
     * @throws IllegalArgumentException if {@code conditions} is empty
     * @throws NullPointerException if {@code conditions} or a condition is null
     */
    public AllOf {
      conditions = List.copyOf(conditions);
      checkArgument(!conditions.isEmpty(), "all-of: conditions must not be empty");
    }

    /** {@return whether the resident meets every condition, tested in order} */
    @Override
    public boolean test(Resident resident, Community community, LocalDate on) {
      for (Eligibility condition : conditions) {
        if (!condition.test(resident, community, on)) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * Residents meeting at least one of several conditions.
   *
   * @param conditions the conditions, not empty; copied, in order
   */
  record AnyOf(List<Eligibility> conditions) implements Eligibility {
    /**
     * Checks and copies the component.
     *
     * @param conditions the conditions, not empty; copied, in order
     * @throws IllegalArgumentException if {@code conditions} is empty
     * @throws NullPointerException if {@code conditions} or a condition is null
     */
    public AnyOf {
      conditions = List.copyOf(conditions);
      checkArgument(!conditions.isEmpty(), "any-of: conditions must not be empty");
    }

    /** {@return whether the resident meets at least one condition, tested in order} */
    @Override
    public boolean test(Resident resident, Community community, LocalDate on) {
      for (Eligibility condition : conditions) {
        if (condition.test(resident, community, on)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Residents not meeting a condition.
   *
   * @param condition the condition negated
   */
  record Not(Eligibility condition) implements Eligibility {
    /**
     * Checks the component.
     *
     * @param condition the condition negated
     * @throws NullPointerException if {@code condition} is null
     */
    public Not {
      checkNotNull(condition, "condition");
    }

    /** {@return whether the resident does not meet the condition} */
    @Override
    public boolean test(Resident resident, Community community, LocalDate on) {
      return !condition.test(resident, community, on);
    }
  }
}
