package io.yishi.core.simulation.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.community.Building;
import io.yishi.core.community.BuildingId;
import io.yishi.core.community.Community;
import io.yishi.core.community.CommunityId;
import io.yishi.core.community.Estate;
import io.yishi.core.community.EstateId;
import io.yishi.core.community.EstateKind;
import io.yishi.core.community.Household;
import io.yishi.core.community.HouseholdId;
import io.yishi.core.community.Resident;
import io.yishi.core.community.ResidentId;
import io.yishi.core.community.Role;
import io.yishi.core.community.Unit;
import io.yishi.core.community.UnitId;
import io.yishi.core.electorate.Electorate;
import io.yishi.core.electorate.Scope;
import io.yishi.core.electorate.Weighting;
import io.yishi.core.json.YishiJson;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.simulation.Population;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CommunityPopulationModelTest {

  /** Two estates; r1 owns two units (counted once), r2 and r3 own one jointly, u4 is let. */
  static Community community() {
    EstateId old = new EstateId("old");
    EstateId fresh = new EstateId("fresh");
    BuildingId b1 = new BuildingId("b1");
    BuildingId b2 = new BuildingId("b2");
    ResidentId r1 = new ResidentId("r1");
    ResidentId r2 = new ResidentId("r2");
    ResidentId r3 = new ResidentId("r3");
    ResidentId r4 = new ResidentId("r4");
    ResidentId child = new ResidentId("child");
    return Community.builder(new CommunityId("c"), "test")
        .estate(new Estate(old, "Old", EstateKind.OLD))
        .estate(new Estate(fresh, "Fresh", EstateKind.NEW))
        .building(new Building(b1, old, "B1"))
        .building(new Building(b2, fresh, "B2"))
        .unit(new Unit(new UnitId("u1"), b1, new BigDecimal("50.25"), Set.of(r1)))
        .unit(new Unit(new UnitId("u2"), b2, new BigDecimal("90"), Set.of(r1)))
        .unit(new Unit(new UnitId("u3"), b2, new BigDecimal("100.5"), Set.of(r2, r3)))
        .resident(new Resident(r1, "One", LocalDate.of(1960, 1, 1), new HouseholdId("h1"),
            Set.of(Role.OWNER, Role.PARTY_MEMBER)))
        .resident(new Resident(r2, "Two", LocalDate.of(1970, 1, 1), new HouseholdId("h3"),
            Set.of(Role.OWNER)))
        .resident(new Resident(r3, "Three", LocalDate.of(1972, 1, 1), new HouseholdId("h3"),
            Set.of(Role.OWNER)))
        .resident(new Resident(child, "Child", LocalDate.of(2015, 1, 1), new HouseholdId("h3"),
            Set.of()))
        .resident(new Resident(r4, "Four", LocalDate.of(1990, 1, 1), new HouseholdId("h2"),
            Set.of(Role.TENANT)))
        .household(new Household(new HouseholdId("h1"), new UnitId("u1"), Set.of(r1), r1))
        .household(new Household(new HouseholdId("h2"), new UnitId("u2"), Set.of(r4), r4))
        .household(new Household(new HouseholdId("h3"), new UnitId("u3"),
            Set.of(r2, r3, child), r2))
        .build();
  }

  private static Population draw(String electorate) {
    Object description = YishiJson.mapper().convertValue(community(), Object.class);
    return PluginRegistry.load().populationModel("community").population(Parameters.of(Map.of(
        "community", description, "electorate", electorate)), new SplittableRandom(1));
  }

  @Test
  void ownersAreTheOwnersElectorateWeightedByArea() {
    Population owners = draw("owners");
    Electorate expected = Electorate.owners(community(), Scope.community());
    assertThat(owners.size()).isEqualTo(expected.size()).isEqualTo(2);
    assertThat(owners.weighting()).isEqualTo(Weighting.FLOOR_AREA);
    assertThat(owners.totalWeightDecimal()).isEqualByComparingTo(expected.totalWeight());
    assertThat(owners.weight(0)).isEqualTo(14025);  // r1: 50.25 + 90 m², scale 2
    assertThat(owners.inGroup("party-member", 0)).isTrue();
    assertThat(owners.inGroup("old", 0)).isTrue();
    assertThat(owners.inGroup("new-estate", 1)).isTrue();
    assertThat(owners.groupSize("owner")).isEqualTo(2);
  }

  @Test
  void residentsAreAdultsAndHouseholdsHaveOneVoiceEach() {
    Population residents = draw("residents");
    assertThat(residents.size()).isEqualTo(4);  // the child is not an adult
    assertThat(residents.groupSize("tenant")).isEqualTo(1);
    assertThat(residents.household(1)).isEqualTo(residents.household(2));  // r2 and r3
    Population households = draw("households");
    assertThat(households.size()).isEqualTo(3);
    assertThat(households.groupSize("fresh")).isEqualTo(2);
  }

  @Test
  void refusesAMissingOrBrokenDescriptionNamingTheParameter() {
    assertThatThrownBy(() -> PluginRegistry.load().populationModel("community").population(
        Parameters.empty(), new SplittableRandom(1)))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("community");
    assertThatThrownBy(() -> PluginRegistry.load().populationModel("community").population(
        Parameters.of(Map.of("community", Map.of("id", "x"))), new SplittableRandom(1)))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("community");
    Object description = YishiJson.mapper().convertValue(community(), Object.class);
    assertThatThrownBy(() -> PluginRegistry.load().populationModel("community").population(
        Parameters.of(Map.of("community", description, "on", "yesterday")),
        new SplittableRandom(1))).hasMessageContaining("on").hasMessageContaining("yesterday");
  }
}
