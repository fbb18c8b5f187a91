package io.yishi.core.electorate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.community.HouseholdId;
import io.yishi.core.community.ResidentId;
import io.yishi.core.community.UnitId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MemberIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"r-wang", "h1", "r-li+r-wang", "a+b+c", "王芳"})
  void acceptsIdsAndIdsJoinedByPlus(String value) {
    assertThat(MemberId.of(value)).hasToString(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "-x", "a b"})
  void rejectsMalformedIdNamingValue(String value) {
    assertThatThrownBy(() -> MemberId.of(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("member id")
        .hasMessageContaining("'" + value + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"+a", "a+", "a++b", "a+ b"})
  void rejectsMalformedJointIdNamingWholeValue(String value) {
    assertThatThrownBy(() -> MemberId.of(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("member id '" + value + "'");
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> MemberId.of((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("member id");
  }

  @Test
  void reusesCommunityIds() {
    assertThat(MemberId.of(new ResidentId("r-1"))).isEqualTo(MemberId.of("r-1"));
    assertThat(MemberId.of(new HouseholdId("h-1"))).isEqualTo(MemberId.of("h-1"));
    assertThat(MemberId.of(new UnitId("u-1"))).isEqualTo(MemberId.of("u-1"));
  }

  @Test
  void ownersIdIsTheSoleOwnersIdOrSortedCoOwnersJoinedByPlus() {
    ResidentId wang = new ResidentId("r-wang");
    ResidentId li = new ResidentId("r-li");
    assertThat(MemberId.ofOwners(Set.of(wang))).isEqualTo(MemberId.of("r-wang"));
    assertThat(MemberId.ofOwners(Set.of(wang, li))).isEqualTo(MemberId.of("r-li+r-wang"));
    assertThat(MemberId.ofOwners(Set.of(li, wang))).isEqualTo(MemberId.of("r-li+r-wang"));
  }

  @Test
  void rejectsEmptyOwners() {
    assertThatThrownBy(() -> MemberId.ofOwners(Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("member id: owners must not be empty");
  }
}
