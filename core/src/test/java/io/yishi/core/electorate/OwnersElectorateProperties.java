package io.yishi.core.electorate;

import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.core.community.Community;
import io.yishi.core.community.CommunityGenerator;
import io.yishi.core.community.ResidentId;
import io.yishi.core.community.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * For random communities, the owners' electorate of every scope weighs exactly the owned area in
 * scope and counts exactly the distinct owner sets (SPC interpretation art. 9).
 */
class OwnersElectorateProperties {

  /** The whole community, one random estate and one random building of it. */
  private static List<Scope> scopes(Community community, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return List.of(
        Scope.community(),
        Scope.estate(community.estates().get(random.nextInt(community.estates().size())).id()),
        Scope.building(
            community.buildings().get(random.nextInt(community.buildings().size())).id()));
  }

  private static Community community(long seed) {
    return CommunityGenerator.generate(seed, 1 + (int) (seed % 9), 1 + (int) (seed * 7 % 23));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void totalWeightIsTheOwnedAreaInScopeAndSizeTheDistinctOwnerSets(long seed) {
    Community community = community(seed);
    for (Scope scope : scopes(community, seed)) {
      List<Unit> owned = new ArrayList<>();
      for (Unit unit : scope.units(community)) {
        if (!unit.owners().isEmpty()) {
          owned.add(unit);
        }
      }
      if (owned.isEmpty()) {
        continue; // a tiny scope may have no owner; the error case is tested elsewhere
      }
      BigDecimal area = BigDecimal.ZERO;
      Set<Set<ResidentId>> ownerSets = new HashSet<>();
      for (Unit unit : owned) {
        area = area.add(unit.exclusiveAreaM2());
        ownerSets.add(unit.owners());
      }

      Electorate electorate = Electorate.owners(community, scope);

      assertThat(electorate.totalWeight())
          .as("seed %d, %s", seed, scope.describe())
          .isEqualByComparingTo(area);
      assertThat(electorate.size())
          .as("seed %d, %s", seed, scope.describe())
          .isEqualTo(ownerSets.size());
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void everyMemberWeighsTheAreaOfTheUnitsItsOwnersHoldTogether(long seed) {
    Community community = community(seed);
    Electorate electorate = Electorate.owners(community, Scope.community());
    for (Member member : electorate.members()) {
      BigDecimal area = BigDecimal.ZERO;
      for (Unit unit : community.units()) {
        if (unit.isOwned() && MemberId.ofOwners(unit.owners()).equals(member.id())) {
          area = area.add(unit.exclusiveAreaM2());
        }
      }
      assertThat(member.weight())
          .as("seed %d, member %s", seed, member.id())
          .isEqualByComparingTo(area);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void scopesPartitionTheCommunitysOwnedArea(long seed) {
    Community community = community(seed);
    BigDecimal whole = Electorate.owners(community, Scope.community()).totalWeight();
    BigDecimal byBuilding = BigDecimal.ZERO;
    for (var building : community.buildings()) {
      if (community.unitsIn(building.id()).stream().anyMatch(Unit::isOwned)) {
        byBuilding =
            byBuilding.add(
                Electorate.owners(community, Scope.building(building.id())).totalWeight());
      }
    }
    assertThat(byBuilding).as("seed %d", seed).isEqualByComparingTo(whole);
  }
}
