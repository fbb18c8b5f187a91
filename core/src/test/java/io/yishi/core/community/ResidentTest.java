package io.yishi.core.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentTest {

  private static final ResidentId WANG = new ResidentId("r-wang");
  private static final HouseholdId H1 = new HouseholdId("h1");

  private static Resident bornOn(LocalDate birthDate) {
    return new Resident(WANG, "王芳", birthDate, null, Set.of());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void rejectsBlankName(String name) {
    assertThatThrownBy(() -> new Resident(WANG, name, LocalDate.of(1960, 1, 1), H1, Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("resident r-wang")
        .hasMessageContaining("name")
        .hasMessageContaining("'" + name + "'");
  }

  @Test
  void householdIsOptional() {
    assertThat(bornOn(LocalDate.of(1960, 1, 1)).householdId()).isEmpty();
    assertThat(new Resident(WANG, "王芳", LocalDate.of(1960, 1, 1), H1, Set.of()).householdId())
        .contains(H1);
  }

  @Test
  void holdsOnlyItsRolesAndCopiesThem() {
    Set<Role> roles = new HashSet<>(Set.of(Role.PARTY_MEMBER));
    Resident resident = new Resident(WANG, "王芳", LocalDate.of(1960, 1, 1), null, roles);
    roles.add(Role.VETERAN);
    assertThat(resident.hasRole(Role.PARTY_MEMBER)).isTrue();
    assertThat(resident.hasRole(Role.VETERAN)).isFalse();
    assertThat(resident.hasRole(Role.of("party-member"))).isTrue();
  }

  @Test
  void rolesIterateInIdOrder() {
    Resident resident =
        new Resident(
            WANG,
            "王芳",
            LocalDate.of(1960, 1, 1),
            null,
            Set.of(Role.VOLUNTEER, Role.OWNER, Role.MEDIATOR));
    assertThat(resident.roles()).containsExactly(Role.MEDIATOR, Role.OWNER, Role.VOLUNTEER);
  }

  @Nested
  class Adulthood {
    private final Resident born2007 = bornOn(LocalDate.of(2007, 6, 15));

    @Test
    void isMinorTheDayBeforeTheEighteenthBirthday() {
      assertThat(born2007.isAdultOn(LocalDate.of(2025, 6, 14))).isFalse();
    }

    @Test
    void isAdultOnTheEighteenthBirthday() {
      assertThat(born2007.isAdultOn(LocalDate.of(2025, 6, 15))).isTrue();
    }

    @Test
    void staysAdultAfterwards() {
      assertThat(born2007.isAdultOn(LocalDate.of(2060, 1, 1))).isTrue();
    }

    @Test
    void isMinorBeforeBirth() {
      assertThat(born2007.isAdultOn(LocalDate.of(2000, 1, 1))).isFalse();
    }

    @Test
    void leapDayBabyIsAdultOnTwentyEighthOfFebruaryInACommonYear() {
      Resident leap = bornOn(LocalDate.of(2008, 2, 29));
      assertThat(leap.isAdultOn(LocalDate.of(2026, 2, 27))).isFalse();
      assertThat(leap.isAdultOn(LocalDate.of(2026, 2, 28))).isTrue();
    }
  }
}
