package io.yishi.core.electorate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.community.BuildingId;
import io.yishi.core.community.Community;
import io.yishi.core.community.EstateId;
import io.yishi.core.community.Unit;
import java.util.List;

/**
 * The part of a community whose units an owners' decision concerns: the whole community, one
 * estate or one building (Civil Code art. 278 speaks of the owners of a management area; a
 * building's owners decide matters of that building alone).
 *
 * <p>Create one with {@link #community()}, {@link #estate(EstateId)} or {@link
 * #building(BuildingId)}, and pass it to {@link Electorate#owners(Community, Scope)}.
 */
public sealed interface Scope permits Scope.WholeCommunity, Scope.OfEstate, Scope.OfBuilding {

  /** {@return the scope of every unit of the community} */
  static Scope community() {
    return new WholeCommunity();
  }

  /**
   * {@return the scope of the units in all buildings of this estate}
   *
   * @param estate the estate; it is checked against a community only when {@link #units} is
   *     called
   */
  static Scope estate(EstateId estate) {
    return new OfEstate(estate);
  }

  /**
   * {@return the scope of the units of this building}
   *
   * @param building the building; it is checked against a community only when {@link #units} is
   *     called
   */
  static Scope building(BuildingId building) {
    return new OfBuilding(building);
  }

  /**
   * {@return the units of {@code community} in this scope, in the community's order}
   *
   * @param community the community whose units are selected
   * @throws IllegalArgumentException naming the estate or building if it is not in the community
   */
  List<Unit> units(Community community);

  /** {@return a phrase naming the scope, e.g. {@code "building b1"}} */
  String describe();

  /** Every unit of the community. */
  record WholeCommunity() implements Scope {
    /** {@return all units of {@code community}} */
    @Override
    public List<Unit> units(Community community) {
      return community.units();
    }

    /** {@return {@code "the whole community"}} */
    @Override
    public String describe() {
      return "the whole community";
    }
  }

  /**
   * The units in all buildings of one estate.
   *
   * @param estate the estate
   */
  record OfEstate(EstateId estate) implements Scope {
    /**
     * Checks the component.
     *
     * @param estate the estate
     * @throws NullPointerException if {@code estate} is null
     */
    public OfEstate {
      checkNotNull(estate, "estate");
    }

    /**
     * {@return the units of the estate's buildings}
     *
     * @throws IllegalArgumentException naming the estate if it is not in the community
     */
    @Override
    public List<Unit> units(Community community) {
      checkArgument(
          community.estate(estate).isPresent(),
          "scope: estate '%s' is not in community %s",
          estate,
          community.id());
      return community.unitsIn(estate);
    }

    /** {@return e.g. {@code "estate e1"}} */
    @Override
    public String describe() {
      return "estate " + estate;
    }
  }

  /**
   * The units of one building.
   *
   * @param building the building
   */
  record OfBuilding(BuildingId building) implements Scope {
    /**
     * Checks the component.
     *
     * @param building the building
     * @throws NullPointerException if {@code building} is null
     */
    public OfBuilding {
      checkNotNull(building, "building");
    }

    /**
     * {@return the building's units}
     *
     * @throws IllegalArgumentException naming the building if it is not in the community
     */
    @Override
    public List<Unit> units(Community community) {
      checkArgument(
          community.building(building).isPresent(),
          "scope: building '%s' is not in community %s",
          building,
          community.id());
      return community.unitsIn(building);
    }

    /** {@return e.g. {@code "building b1"}} */
    @Override
    public String describe() {
      return "building " + building;
    }
  }
}
