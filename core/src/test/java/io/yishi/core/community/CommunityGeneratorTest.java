package io.yishi.core.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommunityGeneratorTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, -7})
  void sameSeedGivesEqualCommunity(long seed) {
    assertThat(CommunityGenerator.generate(seed, 5, 8))
        .as("seed %d", seed)
        .isEqualTo(CommunityGenerator.generate(seed, 5, 8));
  }

  @Test
  void differentSeedsGiveDifferentCommunities() {
    assertThat(CommunityGenerator.generate(1, 5, 8).units())
        .isNotEqualTo(CommunityGenerator.generate(2, 5, 8).units());
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void hasRequestedSizeAndServiceCircle(long seed) {
    Community community = CommunityGenerator.generate(seed, 7, 4);
    assertThat(community.buildings()).as("seed %d", seed).hasSize(7);
    assertThat(community.units()).as("seed %d", seed).hasSize(28);
    assertThat(community.estates()).as("seed %d", seed).hasSize(3);
    assertThat(community.venues().stream().filter(v -> v.kind() == VenueKind.CENTRE))
        .as("seed %d", seed)
        .hasSize(1);
  }

  @Test
  void coversEveryOwnershipPatternInALargeCommunity() {
    Community community = CommunityGenerator.generate(11, 12, 20);
    ResidentId developer = CommunityGenerator.DEVELOPER;
    assertThat(community.units()).as("unowned units").anyMatch(u -> u.owners().isEmpty());
    assertThat(community.unitsOwnedBy(developer)).as("developer's units").hasSizeGreaterThan(1);
    assertThat(community.units()).as("co-owned units").anyMatch(u -> u.owners().size() == 2);
    Map<Set<ResidentId>, Long> unitsPerOwnerSet =
        community.units().stream()
            .filter(u -> u.isOwned() && !u.owners().contains(developer))
            .collect(Collectors.groupingBy(Unit::owners, Collectors.counting()));
    assertThat(unitsPerOwnerSet.values()).as("multi-unit owners").anyMatch(n -> n > 1);
    assertThat(community.residents())
        .as("owners living elsewhere")
        .anyMatch(
            r ->
                r.household() == null
                    && !r.id().equals(developer)
                    && !community.unitsOwnedBy(r.id()).isEmpty());
    assertThat(community.residents())
        .as("children")
        .anyMatch(r -> !r.isAdultOn(LocalDate.of(2025, 1, 1)));
  }
}
