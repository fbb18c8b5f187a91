package io.yishi.core.simulation.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.yishi.core.electorate.Weighting;
import io.yishi.core.plugin.PluginKind;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.simulation.Population;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LixiongPopulationModelTest {

  private static final PluginRegistry REGISTRY = PluginRegistry.load();

  private static Population draw(Map<String, ?> parameters, long seed) {
    return REGISTRY.populationModel("lixiong").population(Parameters.of(parameters),
        new SplittableRandom(seed));
  }

  @Test
  void isFoundAsAPopulationModelBesideTheCommunityModel() {
    assertThat(REGISTRY.ids(PluginKind.POPULATION_MODEL)).contains("lixiong", "community");
    assertThat(PluginKind.of(new LixiongPopulationModel()))
        .isEqualTo(PluginKind.POPULATION_MODEL);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void ownersCountOnceWithTheAreaOfEveryUnitTheyHold(long seed) {
    Population owners = draw(Map.of("units", 20_000), seed);
    assertThat(owners.weighting()).isEqualTo(Weighting.FLOOR_AREA);
    assertThat(owners.weightScale()).isEqualTo(2);
    // a second unit for 5% of owners: 20,000 / 1.05 owners, binomial sd about 30
    assertThat(owners.size()).isCloseTo((int) (20_000 / 1.05), within(150));
    assertThat(owners.groupSize("multi-unit-owner")).isCloseTo((int) (20_000 * 0.05 / 1.05),
        within(150));
    assertThat(owners.groupSize("owner")).isEqualTo(owners.size());
    assertThat(owners.groupSize("tenant")).isZero();
    // 40% of units old at 60 m², 60% new at 105 m²: mean 87 m² a unit, sd of the total < 0.3%
    double meanArea = owners.totalWeight() / 100.0 / 20_000;
    assertThat(meanArea).isCloseTo(0.4 * 60 + 0.6 * 105, within(1.0));
    assertThat(owners.groupSize("old-estate") + owners.groupSize("new-estate"))
        .isEqualTo(owners.size());
    // landlords: 20% of first units let, plus every multi-unit owner
    double landlords = owners.groupSize("landlord") / (double) owners.size();
    assertThat(landlords).isCloseTo(0.2 + 0.05 * 0.8, within(0.02));
  }

  @Test
  void halfTheOwnersHoldASecondUnitAtShareOneHalfAndNoneAThird() {
    Population owners = draw(Map.of("units", 30_000, "multiUnitShare", 0.5), 8);
    // each owner holds 1 + Bernoulli(1/2) units, so 30,000 / 1.5 owners (sd about 60), half of
    // them with two; a chain of third units would leave fewer owners and more multi-unit ones
    assertThat(owners.size()).isCloseTo(20_000, within(250));
    assertThat(owners.groupSize("multi-unit-owner") / (double) owners.size())
        .isCloseTo(0.5, within(0.015));
  }

  @Test
  void landlordsAmongResidentsLiveInOneUnitAndLetTheOther() {
    Population residents = draw(Map.of("units", 5000, "electorate", "residents",
        "multiUnitShare", 0.1), 12);
    // 5,000 / 1.1 owners, 80% living in their first unit, 10% of those letting a second:
    // some 364 (sd 18)
    assertThat(residents.groupSize("landlord")).isBetween(300, 430);
    for (int i = 0; i < residents.size(); i++) {
      if (residents.inGroup("landlord", i)) {
        assertThat(residents.inGroup("owner", i)).isTrue();
        assertThat(residents.inGroup("multi-unit-owner", i)).isTrue();
      }
    }
  }

  @Test
  void residentsAndHouseholdsAreHeadsWithTenantsAmongThem() {
    Population residents = draw(Map.of("units", 5000, "electorate", "residents"), 9);
    Population households = draw(Map.of("units", 5000, "electorate", "households"), 9);
    assertThat(residents.weighting()).isEqualTo(Weighting.PER_PERSON);
    assertThat(residents.totalWeight()).isEqualTo(residents.size());
    assertThat(households.size()).isEqualTo(5000);
    assertThat(households.groupSize("owner") + households.groupSize("tenant")).isEqualTo(5000);
    // owner-occupied units house 1.9 adults on average, let ones 1.5
    double adults = residents.size() / 5000.0;
    assertThat(adults).isBetween(1.7, 1.95);
    assertThat(residents.groupSize("tenant")).isGreaterThan(households.groupSize("tenant"));
  }

  @Test
  void buildingsHoldTwentyFourOldOrSixtyNewUnitsWithinTheirEstate() {
    Population households = draw(Map.of("units", 1000, "electorate", "households",
        "tenantShare", 0), 4);
    Map<Integer, Integer> perBuilding = new java.util.HashMap<>();
    Set<Integer> estates = new HashSet<>();
    for (int i = 0; i < households.size(); i++) {
      perBuilding.merge(households.building(i), 1, Integer::sum);
      estates.add(households.estate(i));
    }
    // 400 old units: 12 buildings of 24 in the first old estate, then 4 of 24 and one of 16;
    // 600 new units: one estate of 10 buildings of 60
    assertThat(perBuilding.values()).allSatisfy(n -> assertThat(n).isIn(24, 16, 60));
    assertThat(perBuilding).hasSize(12 + 5 + 10);
    assertThat(estates).hasSize(3);
  }

  @Test
  void theSameSeedDrawsTheSameCommunity() {
    Population a = draw(Map.of("units", 3000), 11);
    Population b = draw(Map.of("units", 3000), 11);
    assertThat(b.size()).isEqualTo(a.size());
    assertThat(b.totalWeight()).isEqualTo(a.totalWeight());
    for (int i = 0; i < a.size(); i += 97) {
      assertThat(b.weight(i)).isEqualTo(a.weight(i));
      assertThat(b.inGroup("party-member", i)).isEqualTo(a.inGroup("party-member", i));
    }
  }

  @Test
  void aDistrictOfAMillionUnitsIsDrawn() {
    Population district = draw(Map.of("units", 1_000_000), 1);
    assertThat(district.size()).isBetween(940_000, 965_000);
  }

  @Test
  void refusesBadParametersNamingThem() {
    assertThatThrownBy(() -> draw(Map.of("units", 29), 1))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("units");
    assertThatThrownBy(() -> draw(Map.of("tenantShare", 1.5), 1))
        .hasMessageContaining("tenantShare");
    assertThatThrownBy(() -> draw(Map.of("electorate", "cats"), 1))
        .hasMessageContaining("electorate").hasMessageContaining("cats");
    assertThatThrownBy(() -> draw(Map.of("floors", 3), 1)).hasMessageContaining("floors");
  }
}
