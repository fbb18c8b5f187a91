package io.yishi.core.simulation.population;

import io.yishi.core.electorate.Weighting;
import io.yishi.core.internal.Read;
import io.yishi.core.simulation.Population;
import io.yishi.core.simulation.PopulationModel;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * A synthetic community shaped like Lixiong, id {@code lixiong}: old estates of small flats in
 * walk-up buildings, new estates of larger flats in towers, some flats let to tenants, a few
 * owners holding two flats, and the roles found in such a community.
 *
 * <p>Each estate holds {@code estateBuildings} buildings of {@code buildingUnits} units (old:
 * 12 of 24; new: 10 of 60); the last estate of each kind may be smaller. A unit's exclusive area
 * is normal around its kind's mean (old 60 m², sd 12; new 105 m², sd 25), at least 20 m², to the
 * hundredth. An owner's first unit is let with probability {@code tenantShare}; with probability
 * {@code multiUnitShare} the owner also holds the next unit of the estate, always let, and then
 * counts once, with both areas (SPC interpretation on building distinct ownership, art. 9); no
 * owner holds more than two. An owner-occupied unit houses the owner, a partner (70%) and an adult
 * child (20%); a let unit one or two adult tenants (one household voice).
 *
 * <p>Parameters:
 *
 * <ul>
 *   <li>{@code units}: how many units, 30 to 1,000,000, default 1,000;
 *   <li>{@code oldShare}: the share of units in old estates, in [0, 1], default 0.4;
 *   <li>{@code tenantShare}: the chance that an owner's first unit is let, in [0, 1], default
 *       0.2 (second units are always let);
 *   <li>{@code multiUnitShare}: each owner's chance of holding a second unit, in [0, 0.5],
 *       default 0.05;
 *   <li>{@code electorate}: {@code owners} (default; weighted by area), {@code residents}
 *       (adults) or {@code households}.
 * </ul>
 *
 * <p>Groups: {@code owner}, {@code tenant}, {@code old-estate}, {@code new-estate}, each
 * estate's id ({@code old-1}, {@code new-1}, …), {@code landlord} (an owner letting a unit; among
 * residents and households, an owner who lives in one unit and lets the other), {@code
 * multi-unit-owner}, and the roles {@code party-member} (12% of adults),
 * {@code building-leader} (one per building), {@code veteran} (4%) and {@code volunteer} (8%).
 */
public final class LixiongPopulationModel implements PopulationModel {

  private static final int OLD_BUILDINGS = 12;
  private static final int OLD_UNITS = 24;
  private static final int NEW_BUILDINGS = 10;
  private static final int NEW_UNITS = 60;

  private static final List<ParameterSpec> PARAMETERS = List.of(
      ParameterSpec.of("units", "integer in [30, 1000000]", "1000", "How many units (flats)."),
      ParameterSpec.of("oldShare", "number in [0, 1]", "0.4",
          "The share of units in old estates."),
      ParameterSpec.of("tenantShare", "number in [0, 1]", "0.2",
          "The chance that an owner's first unit is let to tenants."),
      ParameterSpec.of("multiUnitShare", "number in [0, 0.5]", "0.05",
          "Each owner's chance of holding a second unit, which is let."),
      Electorates.SPEC);

  /** Creates the model; it holds no state. */
  public LixiongPopulationModel() {}

  @Override
  public String id() {
    return "lixiong";
  }

  @Override
  public String description() {
    return "A synthetic community like Lixiong: old and new estates, floor areas, owners and"
        + " tenants, roles.";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return PARAMETERS;
  }

  @Override
  public Population population(Parameters parameters, SplittableRandom random) {
    parameters.checkKnown(id(), parameters());
    long units = parameters.integer("units", 1000);
    if (units < 30 || units > 1_000_000) {
      throw new InvalidParameterException("units", units, "must be in [30, 1000000]");
    }
    double oldShare = Read.number(parameters, "oldShare", 0.4, 0, 1);
    double tenantShare = Read.number(parameters, "tenantShare", 0.2, 0, 1);
    double multiUnitShare = Read.number(parameters, "multiUnitShare", 0.05, 0, 0.5);
    Electorates electorate = Electorates.read(parameters);
    int oldUnits = (int) Math.round(units * oldShare);
    Population.Builder population = electorate == Electorates.OWNERS
        ? Population.builder(Weighting.FLOOR_AREA, 2)
        : Population.builder(Weighting.PER_PERSON, 0);
    for (String group : List.of("owner", "tenant", "old-estate", "new-estate", "landlord",
        "multi-unit-owner", "party-member", "building-leader", "veteran", "volunteer")) {
      population.group(group);
    }
    Counter counter = new Counter();
    build(population, random, counter, true, oldUnits, tenantShare, multiUnitShare, electorate);
    build(population, random, counter, false, (int) units - oldUnits, tenantShare,
        multiUnitShare, electorate);
    return population.build();
  }

  /** Running numbers of households, buildings and estates. */
  private static final class Counter {
    int household;
    int building;
    int estate;
  }

  private static void build(Population.Builder population, SplittableRandom random,
      Counter counter, boolean old, int units, double tenantShare, double multiUnitShare,
      Electorates electorate) {
    int perBuilding = old ? OLD_UNITS : NEW_UNITS;
    int perEstate = perBuilding * (old ? OLD_BUILDINGS : NEW_BUILDINGS);
    String kind = old ? "old" : "new";
    int placed = 0;
    int estateNo = 0;
    while (placed < units) {
      int estateUnits = Math.min(perEstate, units - placed);
      estateNo++;
      String estate = kind + "-" + estateNo;
      int estateIndex = counter.estate++;
      List<Holding> holdings = new ArrayList<>();
      Holding awaitingSecond = null;
      for (int u = 0; u < estateUnits; u++) {
        if (u % perBuilding == 0) {
          counter.building++;
        }
        int building = counter.building - 1;
        long area = area(random, old);
        boolean leader = u % perBuilding == 0;
        int household = counter.household++;
        boolean let;
        if (awaitingSecond != null) {
          // the previous owner's second unit, let: the owner counts once, with both areas
          awaitingSecond.area += area;
          awaitingSecond.multiUnit = true;
          awaitingSecond.landlord = true;
          awaitingSecond = null;
          let = true;
        } else {
          let = random.nextDouble() < tenantShare;
          Holding holding = new Holding(area, household, building, leader, let);
          holdings.add(holding);
          if (random.nextDouble() < multiUnitShare) {
            awaitingSecond = holding;
          }
        }
        if (electorate == Electorates.OWNERS) {
          continue;
        }
        if (let) {
          int adults = electorate == Electorates.RESIDENTS ? 1 + random.nextInt(2) : 1;
          for (int a = 0; a < adults; a++) {
            population.voter(1, household, building, estateIndex,
                groups(random, kind, estate, "tenant", false));
          }
        } else if (electorate == Electorates.RESIDENTS) {
          // the owner joins once the estate is done, when it is known whether they let a unit
          if (random.nextDouble() < 0.7) {
            population.voter(1, household, building, estateIndex,
                groups(random, kind, estate, null, false));
          }
          if (random.nextDouble() < 0.2) {
            population.voter(1, household, building, estateIndex,
                groups(random, kind, estate, null, false));
          }
        }
      }
      for (Holding h : holdings) {
        if (electorate != Electorates.OWNERS && h.livesElsewhere) {
          continue;
        }
        List<String> groups = groups(random, kind, estate, "owner", h.leader);
        if (h.multiUnit) {
          groups.add("multi-unit-owner");
        }
        if (h.landlord) {
          groups.add("landlord");
        }
        population.voter(electorate == Electorates.OWNERS ? h.area : 1, h.household, h.building,
            estateIndex, groups);
      }
      placed += estateUnits;
    }
  }

  /**
   * An owner's units in one estate: their summed area, the first unit's household and building,
   * and whether the owner lives elsewhere (the first unit let), holds two, or lets one.
   */
  private static final class Holding {
    long area;
    final int household;
    final int building;
    final boolean leader;
    final boolean livesElsewhere;
    boolean multiUnit;
    boolean landlord;

    Holding(long area, int household, int building, boolean leader, boolean livesElsewhere) {
      this.area = area;
      this.household = household;
      this.building = building;
      this.leader = leader;
      this.livesElsewhere = livesElsewhere;
      this.landlord = livesElsewhere;
    }
  }

  /** {@return a unit's area in hundredths of a square metre} */
  private static long area(SplittableRandom random, boolean old) {
    double mean = old ? 60 : 105;
    double sd = old ? 12 : 25;
    return Math.max(20_00, Math.round((mean + sd * random.nextGaussian()) * 100));
  }

  private static List<String> groups(SplittableRandom random, String kind, String estate,
      @Nullable String tenure, boolean leader) {
    List<String> groups = new ArrayList<>();
    groups.add(kind + "-estate");
    groups.add(estate);
    if (tenure != null) {
      groups.add(tenure);
    }
    if (leader) {
      groups.add("building-leader");
    }
    if (random.nextDouble() < 0.12) {
      groups.add("party-member");
    }
    if (random.nextDouble() < 0.04) {
      groups.add("veteran");
    }
    if (random.nextDouble() < 0.08) {
      groups.add("volunteer");
    }
    return groups;
  }
}
