package io.yishi.core.community;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A community (社区) as one immutable, consistent whole: its estates, buildings, units,
 * households, residents and venues.
 *
 * <p>Build one with {@link #builder(CommunityId, String)}, or with {@link #of} when all parts are
 * at hand (as JSON deserialisation has them). Both check the whole before anything is created:
 *
 * <ul>
 *   <li>ids are unique within each kind of item;
 *   <li>every building's estate, every unit's building, every household's home unit and every
 *       venue's estate is in the community;
 *   <li>every unit owner and every household member is a resident of the community;
 *   <li>a resident's household, if any, is in the community and lists the resident as a member,
 *       and every member of a household names that household as theirs (so a resident lives in
 *       at most one household);
 *   <li>there is at most one {@link VenueKind#CENTRE}.
 * </ul>
 *
 * <p>A violation is an {@link IllegalArgumentException} naming the item and the offending value,
 * e.g. {@code unit u-3: building 'b9' is not in the community}.
 *
 * <pre>{@code
 * Community lixiong = Community.builder(new CommunityId("lixiong"), "立雄社区")
 *     .estate(new Estate(huayuan, "华苑小区", EstateKind.OLD))
 *     .building(new Building(b1, huayuan, "1栋"))
 *     .unit(new Unit(u101, b1, new BigDecimal("86.5"), Set.of(wang)))
 *     .resident(new Resident(wang, "王芳", LocalDate.of(1968, 3, 1), null, Set.of(Role.OWNER)))
 *     .build();
 * }</pre>
 *
 * <p>Items keep the order in which they were added. Lookups by id and the derived indexes
 * ({@link #unitsOwnedBy}, {@link #unitsIn(BuildingId)}, {@link #unitsIn(EstateId)}, {@link
 * #estateOf}) take constant time apart from the size of the result. Two communities are equal
 * when their ids, names and item lists (in order) are equal. Instances are immutable and safe to
 * share between threads.
 */
public final class Community {

  private final CommunityId id;
  private final String name;
  private final ImmutableMap<EstateId, Estate> estates;
  private final ImmutableMap<BuildingId, Building> buildings;
  private final ImmutableMap<UnitId, Unit> units;
  private final ImmutableMap<HouseholdId, Household> households;
  private final ImmutableMap<ResidentId, Resident> residents;
  private final ImmutableMap<VenueId, Venue> venues;
  private final ImmutableListMultimap<ResidentId, Unit> unitsByOwner;
  private final ImmutableListMultimap<BuildingId, Unit> unitsByBuilding;
  private final ImmutableListMultimap<EstateId, Unit> unitsByEstate;

  private Community(Builder b) {
    checkArgument(
        !b.name.isBlank(), "community %s: name must not be blank, was '%s'", b.id, b.name);
    this.id = b.id;
    this.name = b.name;
    this.estates = index(b.id, "estate", b.estates, Estate::id);
    this.buildings = index(b.id, "building", b.buildings, Building::id);
    this.units = index(b.id, "unit", b.units, Unit::id);
    this.households = index(b.id, "household", b.households, Household::id);
    this.residents = index(b.id, "resident", b.residents, Resident::id);
    this.venues = index(b.id, "venue", b.venues, Venue::id);
    checkReferences();

    ImmutableListMultimap.Builder<ResidentId, Unit> byOwner = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<BuildingId, Unit> byBuilding = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<EstateId, Unit> byEstate = ImmutableListMultimap.builder();
    for (Unit unit : units.values()) {
      for (ResidentId owner : unit.owners()) {
        byOwner.put(owner, unit);
      }
      byBuilding.put(unit.building(), unit);
      byEstate.put(buildings.get(unit.building()).estate(), unit);
    }
    this.unitsByOwner = byOwner.build();
    this.unitsByBuilding = byBuilding.build();
    this.unitsByEstate = byEstate.build();
  }

  private static <K, V> ImmutableMap<K, V> index(
      CommunityId community, String kind, List<V> items, Function<V, K> idOf) {
    Map<K, V> map = new LinkedHashMap<>();
    for (V item : items) {
      K key = idOf.apply(item);
      checkArgument(
          map.putIfAbsent(key, item) == null,
          "%s %s: id appears more than once in community %s",
          kind,
          key,
          community);
    }
    return ImmutableMap.copyOf(map);
  }

  private void checkReferences() {
    for (Building building : buildings.values()) {
      checkArgument(
          estates.containsKey(building.estate()),
          "building %s: estate '%s' is not in the community",
          building.id(),
          building.estate());
    }
    for (Unit unit : units.values()) {
      checkArgument(
          buildings.containsKey(unit.building()),
          "unit %s: building '%s' is not in the community",
          unit.id(),
          unit.building());
      for (ResidentId owner : unit.owners()) {
        checkArgument(
            residents.containsKey(owner),
            "unit %s: owner '%s' is not a resident of the community",
            unit.id(),
            owner);
      }
    }
    for (Household household : households.values()) {
      checkArgument(
          units.containsKey(household.home()),
          "household %s: home unit '%s' is not in the community",
          household.id(),
          household.home());
      for (ResidentId memberId : household.members()) {
        Resident member = residents.get(memberId);
        checkArgument(
            member != null,
            "household %s: member '%s' is not a resident of the community",
            household.id(),
            memberId);
        HouseholdId named = member.household();
        checkArgument(
            named != null,
            "household %s: member '%s' names no household, expected '%s'",
            household.id(),
            memberId,
            household.id());
        checkArgument(
            household.id().equals(named),
            "household %s: member '%s' names household '%s' instead",
            household.id(),
            memberId,
            named);
      }
    }
    for (Resident resident : residents.values()) {
      HouseholdId householdId = resident.household();
      if (householdId != null) {
        Household household = households.get(householdId);
        checkArgument(
            household != null,
            "resident %s: household '%s' is not in the community",
            resident.id(),
            householdId);
        checkArgument(
            household.members().contains(resident.id()),
            "resident %s: household '%s' does not list the resident as a member",
            resident.id(),
            householdId);
      }
    }
    VenueId centre = null;
    for (Venue venue : venues.values()) {
      EstateId estate = venue.estate();
      checkArgument(
          estate == null || estates.containsKey(estate),
          "venue %s: estate '%s' is not in the community",
          venue.id(),
          estate);
      if (venue.kind() == VenueKind.CENTRE) {
        checkArgument(
            centre == null,
            "venue %s: a community has at most one CENTRE, and '%s' is already one",
            venue.id(),
            centre);
        centre = venue.id();
      }
    }
  }

  /**
   * {@return a builder for a community with this id and name}
   *
   * @param id the community's id
   * @param name the name residents use, not blank (checked by {@link Builder#build()})
   */
  public static Builder builder(CommunityId id, String name) {
    return new Builder(id, name);
  }

  /**
   * {@return the community made of these parts}, checked exactly as {@link Builder#build()}
   * checks it; the lists keep their order.
   *
   * @param id the community's id
   * @param name the name residents use, not blank
   * @param estates the estates, ids unique
   * @param buildings the buildings, each in one of {@code estates}
   * @param units the units, each in one of {@code buildings} and owned by residents of the
   *     community
   * @param households the households, each living in one of {@code units}
   * @param residents the residents, each in at most one of {@code households}
   * @param venues the venues, each in one of {@code estates} or in none
   * @throws IllegalArgumentException naming the item and the value if the parts are inconsistent
   *     (see the class description) or {@code name} is blank
   * @throws NullPointerException if an argument or a list element is null
   */
  public static Community of(
      CommunityId id,
      String name,
      List<Estate> estates,
      List<Building> buildings,
      List<Unit> units,
      List<Household> households,
      List<Resident> residents,
      List<Venue> venues) {
    Builder builder = builder(id, name);
    estates.forEach(builder::estate);
    buildings.forEach(builder::building);
    units.forEach(builder::unit);
    households.forEach(builder::household);
    residents.forEach(builder::resident);
    venues.forEach(builder::venue);
    return builder.build();
  }

  /** {@return a builder holding everything in this community, to add more and build anew} */
  public Builder toBuilder() {
    Builder builder = new Builder(id, name);
    builder.estates.addAll(estates.values());
    builder.buildings.addAll(buildings.values());
    builder.units.addAll(units.values());
    builder.households.addAll(households.values());
    builder.residents.addAll(residents.values());
    builder.venues.addAll(venues.values());
    return builder;
  }

  /** {@return the community's id} */
  public CommunityId id() {
    return id;
  }

  /** {@return the community's name, not blank} */
  public String name() {
    return name;
  }

  /** {@return the estates, in the order they were added} */
  public List<Estate> estates() {
    return estates.values().asList();
  }

  /** {@return the buildings, in the order they were added} */
  public List<Building> buildings() {
    return buildings.values().asList();
  }

  /** {@return the units, in the order they were added} */
  public List<Unit> units() {
    return units.values().asList();
  }

  /** {@return the households, in the order they were added} */
  public List<Household> households() {
    return households.values().asList();
  }

  /** {@return the residents, in the order they were added} */
  public List<Resident> residents() {
    return residents.values().asList();
  }

  /** {@return the venues, in the order they were added} */
  public List<Venue> venues() {
    return venues.values().asList();
  }

  /**
   * {@return the estate with this id, or empty if the community has none}
   *
   * @param id the estate's id
   */
  public Optional<Estate> estate(EstateId id) {
    return Optional.ofNullable(estates.get(checkNotNull(id, "id")));
  }

  /**
   * {@return the building with this id, or empty if the community has none}
   *
   * @param id the building's id
   */
  public Optional<Building> building(BuildingId id) {
    return Optional.ofNullable(buildings.get(checkNotNull(id, "id")));
  }

  /**
   * {@return the unit with this id, or empty if the community has none}
   *
   * @param id the unit's id
   */
  public Optional<Unit> unit(UnitId id) {
    return Optional.ofNullable(units.get(checkNotNull(id, "id")));
  }

  /**
   * {@return the household with this id, or empty if the community has none}
   *
   * @param id the household's id
   */
  public Optional<Household> household(HouseholdId id) {
    return Optional.ofNullable(households.get(checkNotNull(id, "id")));
  }

  /**
   * {@return the resident with this id, or empty if the community has none}
   *
   * @param id the resident's id
   */
  public Optional<Resident> resident(ResidentId id) {
    return Optional.ofNullable(residents.get(checkNotNull(id, "id")));
  }

  /**
   * {@return the venue with this id, or empty if the community has none}
   *
   * @param id the venue's id
   */
  public Optional<Venue> venue(VenueId id) {
    return Optional.ofNullable(venues.get(checkNotNull(id, "id")));
  }

  /**
   * {@return the units this resident owns, alone or jointly, in the order they were added}; empty
   * if the resident owns none or is not in the community
   *
   * @param resident the owner asked about
   */
  public List<Unit> unitsOwnedBy(ResidentId resident) {
    return unitsByOwner.get(checkNotNull(resident, "resident"));
  }

  /**
   * {@return the units in this building, in the order they were added}; empty if the building
   * has none or is not in the community
   *
   * @param building the building asked about
   */
  public List<Unit> unitsIn(BuildingId building) {
    return unitsByBuilding.get(checkNotNull(building, "building"));
  }

  /**
   * {@return the units in all buildings of this estate, in the order they were added}; empty if
   * the estate has none or is not in the community
   *
   * @param estate the estate asked about
   */
  public List<Unit> unitsIn(EstateId estate) {
    return unitsByEstate.get(checkNotNull(estate, "estate"));
  }

  /**
   * {@return the estate the unit's building belongs to}, or empty if the unit is not in the
   * community
   *
   * @param unit the unit asked about
   */
  public Optional<Estate> estateOf(UnitId unit) {
    Unit found = units.get(checkNotNull(unit, "unit"));
    return found == null
        ? Optional.empty()
        : Optional.of(estates.get(buildings.get(found.building()).estate()));
  }

  /**
   * {@return the unit the resident lives in}: the home of the resident's household; empty if the
   * resident has no household or is not in the community
   *
   * @param resident the resident asked about
   */
  public Optional<Unit> homeOf(ResidentId resident) {
    Resident found = residents.get(checkNotNull(resident, "resident"));
    if (found == null || found.household() == null) {
      return Optional.empty();
    }
    return Optional.of(units.get(households.get(found.household()).home()));
  }

  /**
   * {@return whether {@code o} is a community with the same id, name and items in the same
   * order}
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Community)) {
      return false;
    }
    Community that = (Community) o;
    return id.equals(that.id)
        && name.equals(that.name)
        && estates().equals(that.estates())
        && buildings().equals(that.buildings())
        && units().equals(that.units())
        && households().equals(that.households())
        && residents().equals(that.residents())
        && venues().equals(that.venues());
  }

  /** {@return a hash code consistent with {@link #equals(Object)}} */
  @Override
  public int hashCode() {
    return Objects.hash(
        id, name, estates(), buildings(), units(), households(), residents(), venues());
  }

  /** {@return a one-line summary with the id, the name and how many of each item there are} */
  @Override
  public String toString() {
    return "Community[" + id + " '" + name + "': " + estates.size() + " estates, "
        + buildings.size() + " buildings, " + units.size() + " units, "
        + households.size() + " households, " + residents.size() + " residents, "
        + venues.size() + " venues]";
  }

  /**
   * Collects the parts of a community, then checks and builds it with {@link #build()}.
   *
   * <p>Each method adds one item at the end of its kind's list and returns this builder; nothing
   * is checked until {@link #build()}, so items may be added in any order. A builder is not safe
   * for use by several threads at once, and may build several communities.
   */
  public static final class Builder {
    private final CommunityId id;
    private final String name;
    private final List<Estate> estates = new ArrayList<>();
    private final List<Building> buildings = new ArrayList<>();
    private final List<Unit> units = new ArrayList<>();
    private final List<Household> households = new ArrayList<>();
    private final List<Resident> residents = new ArrayList<>();
    private final List<Venue> venues = new ArrayList<>();

    private Builder(CommunityId id, String name) {
      this.id = checkNotNull(id, "id");
      this.name = checkNotNull(name, "name");
    }

    /**
     * Adds an estate.
     *
     * @param estate the estate; its id must be new to the community when it is built
     * @return this builder
     */
    public Builder estate(Estate estate) {
      estates.add(checkNotNull(estate, "estate"));
      return this;
    }

    /**
     * Adds a building; its estate must be in the community when it is built.
     *
     * @param building the building
     * @return this builder
     */
    public Builder building(Building building) {
      buildings.add(checkNotNull(building, "building"));
      return this;
    }

    /**
     * Adds a unit; its building and its owners must be in the community when it is built.
     *
     * @param unit the unit
     * @return this builder
     */
    public Builder unit(Unit unit) {
      units.add(checkNotNull(unit, "unit"));
      return this;
    }

    /**
     * Adds a household; its home unit and its members must be in the community when it is
     * built, and each member must name this household.
     *
     * @param household the household
     * @return this builder
     */
    public Builder household(Household household) {
      households.add(checkNotNull(household, "household"));
      return this;
    }

    /**
     * Adds a resident; the resident's household, if any, must list the resident.
     *
     * @param resident the resident
     * @return this builder
     */
    public Builder resident(Resident resident) {
      residents.add(checkNotNull(resident, "resident"));
      return this;
    }

    /**
     * Adds a venue; its estate, if any, must be in the community when it is built.
     *
     * @param venue the venue
     * @return this builder
     */
    public Builder venue(Venue venue) {
      venues.add(checkNotNull(venue, "venue"));
      return this;
    }

    /**
     * {@return the community}, after checking the whole as the {@linkplain Community class
     * description} lists
     *
     * @throws IllegalArgumentException naming the item and the offending value for the first
     *     violation found, e.g. {@code unit u-3: building 'b9' is not in the community}, or if the
     *     name is blank
     */
    public Community build() {
      return new Community(this);
    }
  }
}
