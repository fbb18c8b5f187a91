package io.yishi.core.simulation.population;

import io.yishi.core.community.Building;
import io.yishi.core.community.BuildingId;
import io.yishi.core.community.Community;
import io.yishi.core.community.Household;
import io.yishi.core.community.HouseholdId;
import io.yishi.core.community.Resident;
import io.yishi.core.community.ResidentId;
import io.yishi.core.community.Role;
import io.yishi.core.community.Unit;
import io.yishi.core.electorate.Electorate;
import io.yishi.core.electorate.Eligibility;
import io.yishi.core.electorate.Member;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.electorate.Scope;
import io.yishi.core.electorate.Weighting;
import io.yishi.core.json.YishiJson;
import io.yishi.core.simulation.Population;
import io.yishi.core.simulation.PopulationModel;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The voters of a real community, id {@code community}: the community's JSON description (as
 * Yishi writes a {@link Community}) given as the parameter {@code community}, and who votes.
 * Nothing is drawn: the same community gives the same population.
 *
 * <p>Parameters:
 *
 * <ul>
 *   <li>{@code community}: the community, required;
 *   <li>{@code electorate}: {@code owners} (default: the owners' electorate of the whole
 *       community, each distinct owner set once, weighted by exclusive area; SPC interpretation
 *       on building distinct ownership, arts. 8–9), {@code residents} (adults) or {@code
 *       households} (with an adult member);
 *   <li>{@code on}: the date on which adulthood is reckoned, ISO {@code yyyy-mm-dd}, default
 *       {@code 2026-01-01}.
 * </ul>
 *
 * <p>Groups: every role's id ({@code owner}, {@code tenant}, {@code party-member}, …; an owner
 * set's roles are its residents' roles together, and an owners' electorate puts everyone in
 * {@code owner}), every estate's id, and {@code old-estate} or {@code new-estate} by the estate's
 * kind. A voter is placed in the building and estate of their home, an owner set in those of its
 * first unit; residents without a home each get a building and estate of their own.
 */
public final class CommunityPopulationModel implements PopulationModel {

  private static final List<ParameterSpec> PARAMETERS = List.of(
      ParameterSpec.of("community", "a community's JSON description", "required",
          "The community whose voters to take."),
      Electorates.SPEC,
      ParameterSpec.of("on", "date yyyy-mm-dd", "2026-01-01",
          "The date on which adulthood is reckoned."));

  /** Creates the model; it holds no state. */
  public CommunityPopulationModel() {}

  @Override
  public String id() {
    return "community";
  }

  @Override
  public String description() {
    return "The owners, adult residents or households of a community read from its JSON"
        + " description.";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return PARAMETERS;
  }

  @Override
  public Population population(Parameters parameters, SplittableRandom random) {
    parameters.checkKnown(id(), parameters());
    Object raw = parameters.get("community").orElseThrow(() -> new InvalidParameterException(
        "community", null, "is required: the community's JSON description"));
    Community community;
    try {
      community = YishiJson.convert(raw, Community.class);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("community", "(description)",
          "is not a community's JSON description: " + e.getMessage());
    }
    LocalDate on;
    String date = parameters.text("on", "2026-01-01");
    try {
      on = LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException("on", date, "must be a date yyyy-mm-dd");
    }
    return of(community, Electorates.read(parameters), on);
  }

  static Population of(Community community, Electorates electorate, LocalDate on) {
    Places places = new Places(community);
    try {
      switch (electorate) {
        case OWNERS:
          return owners(community, places);
        case RESIDENTS:
          return residents(community, places,
              Electorate.of(community, Eligibility.adults(), Weighting.PER_PERSON, on));
        case HOUSEHOLDS:
          return households(community, places,
              Electorate.of(community, Eligibility.adults(), Weighting.PER_HOUSEHOLD, on));
        default:
          throw new AssertionError(electorate);
      }
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("electorate", electorate.name().toLowerCase(
          Locale.ROOT), e.getMessage());
    }
  }

  private static Population owners(Community community, Places places) {
    Electorate owners = Electorate.owners(community, Scope.community());
    Map<MemberId, Unit> firstUnit = new HashMap<>();
    for (Unit unit : community.units()) {
      if (unit.isOwned()) {
        firstUnit.putIfAbsent(MemberId.ofOwners(unit.owners()), unit);
      }
    }
    Population.Builder population = Population.builder(Weighting.FLOOR_AREA, owners.weightUnit()
        .scale());
    places.declare(population);
    int household = 0;
    for (int i = 0; i < owners.size(); i++) {
      Member member = owners.members().get(i);
      Unit unit = firstUnit.get(member.id());
      List<String> groups = new ArrayList<>();
      groups.add(Role.OWNER.id());
      for (var owner : unit.owners()) {
        community.resident(owner).ifPresent(r -> r.roles().forEach(role -> groups.add(
            role.id())));
      }
      places.add(groups, unit.building());
      population.voter(owners.weightInUnits(i), household++, places.building(unit.building()),
          places.estate(unit.building()), groups);
    }
    return population.build();
  }

  private static Population residents(Community community, Places places,
      Electorate residents) {
    Population.Builder population = Population.builder(Weighting.PER_PERSON, 0);
    places.declare(population);
    Map<String, Integer> households = new HashMap<>();
    for (Member member : residents.members()) {
      Resident resident = community.resident(new ResidentId(
          member.id().value())).orElseThrow();
      List<String> groups = new ArrayList<>();
      resident.roles().forEach(role -> groups.add(role.id()));
      var home = community.homeOf(resident.id());
      int household = households.computeIfAbsent(resident.householdId().map(h -> h.value())
          .orElse("#" + resident.id().value()), k -> households.size());
      if (home.isPresent()) {
        places.add(groups, home.get().building());
        population.voter(1, household, places.building(home.get().building()),
            places.estate(home.get().building()), groups);
      } else {
        population.voter(1, household, places.homeless(), places.homeless(), groups);
      }
    }
    return population.build();
  }

  private static Population households(Community community, Places places,
      Electorate households) {
    Population.Builder population = Population.builder(Weighting.PER_PERSON, 0);
    places.declare(population);
    int index = 0;
    for (Member member : households.members()) {
      Household household = community.household(new HouseholdId(
          member.id().value())).orElseThrow();
      Unit home = community.unit(household.home()).orElseThrow();
      List<String> groups = new ArrayList<>();
      community.resident(household.representative()).ifPresent(r -> r.roles().forEach(
          role -> groups.add(role.id())));
      places.add(groups, home.building());
      population.voter(1, index++, places.building(home.building()),
          places.estate(home.building()), groups);
    }
    return population.build();
  }

  /** Numbers the community's buildings and estates, and names their groups. */
  private static final class Places {
    private final Community community;
    private final Map<String, Integer> buildings = new HashMap<>();
    private final Map<String, Integer> estates = new HashMap<>();
    private int next;

    Places(Community community) {
      this.community = community;
      for (Building b : community.buildings()) {
        buildings.put(b.id().value(), buildings.size());
      }
      community.estates().forEach(e -> estates.put(e.id().value(), estates.size()));
      next = Math.max(buildings.size(), estates.size());
    }

    void declare(Population.Builder population) {
      community.estates().forEach(e -> population.group(e.id().value()));
    }

    int building(BuildingId id) {
      return buildings.get(id.value());
    }

    int estate(BuildingId id) {
      return estates.get(community.building(id).orElseThrow().estate().value());
    }

    int homeless() {
      return next++;
    }

    void add(List<String> groups, BuildingId building) {
      var estate = community.estate(community.building(building).orElseThrow().estate())
          .orElseThrow();
      groups.add(estate.id().value());
      groups.add(estate.kind().name().toLowerCase(Locale.ROOT) + "-estate");
    }
  }
}
