package io.yishi.core.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoleTest {

  @Test
  void builtInRolesHaveStableIds() {
    assertThat(
            new Role[] {
              Role.PARTY_MEMBER,
              Role.BUILDING_LEADER,
              Role.RESIDENT_REPRESENTATIVE,
              Role.VETERAN,
              Role.CLUB_LEADER,
              Role.VOLUNTEER,
              Role.OWNER,
              Role.TENANT,
              Role.MEDIATOR,
              Role.FACILITATOR
            })
        .extracting(Role::id)
        .containsExactly(
            "party-member",
            "building-leader",
            "resident-representative",
            "veteran",
            "club-leader",
            "volunteer",
            "owner",
            "tenant",
            "mediator",
            "facilitator");
  }

  @Test
  void hostDefinedRoleWithBuiltInIdIsTheBuiltInRole() {
    assertThat(Role.of("volunteer")).isEqualTo(Role.VOLUNTEER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"garden-club-treasurer", "floor2-warden", "x", "a1-b2-c3"})
  void acceptsHostDefinedRoles(String id) {
    assertThat(Role.of(id).id()).isEqualTo(id);
    assertThat(Role.of(id)).hasToString(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Party-Member", "party_member", "party--member", "member-", "1st", "楼长"})
  void rejectsIdsThatAreNotLowerCaseHyphenatedWords(String id) {
    assertThatThrownBy(() -> Role.of(id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("role id")
        .hasMessageContaining("'" + id + "'");
  }

  @Test
  void rejectsBlankAndOverlongIds() {
    assertThatThrownBy(() -> Role.of(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("role id: ''");
    String tooLong = "a".repeat(129);
    assertThatThrownBy(() -> Role.of(tooLong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(tooLong);
  }
}
