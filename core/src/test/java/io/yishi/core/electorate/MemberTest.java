package io.yishi.core.electorate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MemberTest {

  private static final MemberId WANG = MemberId.of("r-wang");

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.000", "-1", "-80.5"})
  void rejectsNonPositiveWeightNamingMemberAndValue(String weight) {
    assertThatThrownBy(() -> Member.of(WANG, new BigDecimal(weight)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("member r-wang: weight must be positive, was " + weight);
  }

  @Test
  void weightsEqualInValueMakeEqualMembers() {
    assertThat(Member.of(WANG, new BigDecimal("80.0")))
        .isEqualTo(Member.of(WANG, new BigDecimal("80.00")))
        .isEqualTo(new Member(WANG, new BigDecimal("80")));
  }

  @Test
  void defaultWeightIsOne() {
    assertThat(Member.of(WANG).weight()).isEqualTo(BigDecimal.ONE);
    assertThat(Member.of(WANG, new BigDecimal("1.000"))).isEqualTo(Member.of(WANG));
  }

  @Test
  void rejectsNullComponentsNamingThem() {
    assertThatThrownBy(() -> new Member(WANG, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("weight");
    assertThatThrownBy(() -> new Member(null, BigDecimal.ONE))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id");
  }
}
