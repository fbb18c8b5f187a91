package io.yishi.core.community;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Generates random but valid communities from a seed, for property tests: the same seed and sizes
 * always give an equal community.
 *
 * <p>Estates hold up to three buildings each and alternate at random between old and new; each
 * estate has a sub-centre (new) or an activity room (old), and the community has one centre and one
 * online hall. Units are 30.00–150.00 m². Their ownership mixes every case the owners' electorate
 * must handle: unknown owners (about 8 %), the developer resident {@code r-dev} (about 12 %), an
 * owner set seen before, so multi-unit buyers and co-owner pairs owning several units (about 15 %),
 * new co-owner pairs (about 20 %) and new sole owners. About 85 % of units have a household of one
 * to four members, made of some of the unit's new owners and of tenants or family; owners who do
 * not live there have no household. Residents are born between 1940 and 2022 (owners before 2001)
 * and hold a few random roles.
 */
public final class CommunityGenerator {

  private static final List<Role> ROLES =
      List.of(
          Role.PARTY_MEMBER,
          Role.BUILDING_LEADER,
          Role.RESIDENT_REPRESENTATIVE,
          Role.VETERAN,
          Role.CLUB_LEADER,
          Role.VOLUNTEER,
          Role.MEDIATOR,
          Role.FACILITATOR);

  /** The developer, who holds the unsold units. */
  public static final ResidentId DEVELOPER = new ResidentId("r-dev");

  private CommunityGenerator() {}

  /**
   * {@return a random valid community}
   *
   * @param seed the seed; equal seeds and sizes give equal communities
   * @param buildings the number of buildings, {@code >= 1}
   * @param unitsPerBuilding the number of units in each building, {@code >= 1}
   */
  public static Community generate(long seed, int buildings, int unitsPerBuilding) {
    checkArgument(buildings >= 1, "buildings must be >= 1, was %s", buildings);
    checkArgument(unitsPerBuilding >= 1, "unitsPerBuilding must be >= 1, was %s", unitsPerBuilding);
    return new Run(seed).generate(buildings, unitsPerBuilding);
  }

  private static final class Run {
    private final SplittableRandom random;
    private final Community.Builder builder;
    private final List<Set<ResidentId>> ownerSets = new ArrayList<>();
    private int nextResident = 1;

    Run(long seed) {
      this.random = new SplittableRandom(seed);
      this.builder = Community.builder(new CommunityId("gen-" + seed), "Generated " + seed);
    }

    Community generate(int buildings, int unitsPerBuilding) {
      int estates = (buildings + 2) / 3;
      builder.venue(new Venue(new VenueId("v-centre"), "Centre", VenueKind.CENTRE, null));
      for (int e = 1; e <= estates; e++) {
        EstateId estate = new EstateId("e" + e);
        EstateKind kind = random.nextBoolean() ? EstateKind.OLD : EstateKind.NEW;
        builder.estate(new Estate(estate, "Estate " + e, kind));
        VenueKind venue = kind == EstateKind.OLD ? VenueKind.ACTIVITY_ROOM : VenueKind.SUB_CENTRE;
        builder.venue(new Venue(new VenueId("v-e" + e), "Venue of estate " + e, venue, estate));
      }
      builder.venue(new Venue(new VenueId("v-online"), "Online hall", VenueKind.ONLINE_HALL, null));
      builder.resident(
          new Resident(DEVELOPER, "Developer", LocalDate.of(1990, 1, 1), null, Set.of()));
      for (int b = 1; b <= buildings; b++) {
        BuildingId building = new BuildingId("b" + b);
        builder.building(new Building(building, new EstateId("e" + ((b - 1) / 3 + 1)), "B" + b));
        for (int u = 1; u <= unitsPerBuilding; u++) {
          unit(new UnitId("u" + b + "-" + u), building);
        }
      }
      return builder.build();
    }

    private void unit(UnitId id, BuildingId building) {
      BigDecimal area = BigDecimal.valueOf(3000 + random.nextInt(12_001), 2);
      Set<ResidentId> owners;
      List<ResidentId> newOwners = new ArrayList<>();
      double p = random.nextDouble();
      if (p < 0.08) {
        owners = Set.of();
      } else if (p < 0.20) {
        owners = Set.of(DEVELOPER);
      } else if (p < 0.35 && !ownerSets.isEmpty()) {
        owners = ownerSets.get(random.nextInt(ownerSets.size()));
      } else {
        newOwners.add(newResidentId());
        if (p < 0.55) {
          newOwners.add(newResidentId());
        }
        owners = Set.copyOf(newOwners);
        ownerSets.add(owners);
      }
      builder.unit(new Unit(id, building, area, owners));

      Set<ResidentId> livingHere = new LinkedHashSet<>();
      HouseholdId household = null;
      if (random.nextDouble() < 0.85) {
        household = new HouseholdId("h-" + id.value());
        if (random.nextDouble() < 0.8) {
          livingHere.addAll(newOwners);
        }
        int others = livingHere.isEmpty() ? 1 + random.nextInt(3) : random.nextInt(3);
        for (int i = 0; i < others; i++) {
          ResidentId other = newResidentId();
          livingHere.add(other);
          resident(other, household, 1940, 2022, Role.TENANT);
        }
        ResidentId representative = livingHere.iterator().next();
        builder.household(new Household(household, id, livingHere, representative));
      }
      for (ResidentId owner : newOwners) {
        resident(owner, livingHere.contains(owner) ? household : null, 1940, 2000, Role.OWNER);
      }
    }

    private ResidentId newResidentId() {
      return new ResidentId("r" + nextResident++);
    }

    private void resident(
        ResidentId id, @Nullable HouseholdId household, int fromYear, int toYear, Role label) {
      LocalDate born =
          LocalDate.of(fromYear, 1, 1).plusDays(random.nextInt(365 * (toYear - fromYear)));
      Set<Role> roles = new HashSet<>();
      if (random.nextDouble() < 0.5) {
        roles.add(label);
      }
      while (random.nextDouble() < 0.3) {
        roles.add(ROLES.get(random.nextInt(ROLES.size())));
      }
      builder.resident(new Resident(id, "Resident " + id.value(), born, household, roles));
    }
  }
}
