package io.yishi.core.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HouseholdTest {

  private static final HouseholdId H1 = new HouseholdId("h1");
  private static final UnitId U101 = new UnitId("u101");
  private static final ResidentId WANG = new ResidentId("r-wang");
  private static final ResidentId LI = new ResidentId("r-li");

  @Test
  void rejectsHouseholdWithoutMembers() {
    assertThatThrownBy(() -> new Household(H1, U101, Set.of(), WANG))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("household h1: members must not be empty");
  }

  @Test
  void rejectsRepresentativeWhoIsNotAMember() {
    assertThatThrownBy(() -> new Household(H1, U101, Set.of(LI), WANG))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("household h1")
        .hasMessageContaining("representative 'r-wang'")
        .hasMessageContaining("[r-li]");
  }

  @Test
  void copiesMembers() {
    Set<ResidentId> members = new HashSet<>(Set.of(WANG, LI));
    Household household = new Household(H1, U101, members, WANG);
    members.clear();
    assertThat(household.members()).containsExactlyInAnyOrder(WANG, LI);
    assertThat(household.representative()).isEqualTo(WANG);
  }

  @Test
  void membersIterateInIdOrder() {
    assertThat(new Household(H1, U101, Set.of(WANG, LI), WANG).members()).containsExactly(LI, WANG);
  }

  @Test
  void equalsByContentWhateverTheMemberOrder() {
    assertThat(new Household(H1, U101, Set.of(WANG, LI), WANG))
        .isEqualTo(new Household(H1, U101, Set.of(LI, WANG), WANG));
  }
}
