package io.yishi.core.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnitTest {

  private static final UnitId U3 = new UnitId("u-3");
  private static final BuildingId B1 = new BuildingId("b1");
  private static final ResidentId WANG = new ResidentId("r-wang");

  @Test
  void rejectsUnitWithZeroArea() {
    assertThatThrownBy(() -> new Unit(U3, B1, BigDecimal.ZERO, Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unit u-3: exclusiveAreaM2 must be positive, was 0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "-0.01", "0.00"})
  void rejectsUnitWithNonPositiveArea(String area) {
    assertThatThrownBy(() -> new Unit(U3, B1, new BigDecimal(area), Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unit u-3")
        .hasMessageContaining("exclusiveAreaM2")
        .hasMessageContaining("was " + area);
  }

  @Test
  void areasEqualInValueMakeEqualUnits() {
    Unit a = new Unit(U3, B1, new BigDecimal("80.0"), Set.of(WANG));
    Unit b = new Unit(U3, B1, new BigDecimal("80.00"), Set.of(WANG));
    Unit c = new Unit(U3, B1, new BigDecimal("80"), Set.of(WANG));
    assertThat(a).isEqualTo(b).isEqualTo(c).hasSameHashCodeAs(b);
    assertThat(a.exclusiveAreaM2()).hasToString("80");
  }

  @Test
  void keepsFractionalAreaExactly() {
    Unit unit = new Unit(U3, B1, new BigDecimal("86.150"), Set.of());
    assertThat(unit.exclusiveAreaM2()).isEqualTo(new BigDecimal("86.15"));
  }

  @Test
  void copiesOwnersAndMakesThemUnmodifiable() {
    Set<ResidentId> owners = new HashSet<>(Set.of(WANG));
    Unit unit = new Unit(U3, B1, BigDecimal.TEN, owners);
    owners.add(new ResidentId("r-li"));
    assertThat(unit.owners()).containsExactly(WANG);
    assertThatThrownBy(() -> unit.owners().add(new ResidentId("r-x")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void ownersIterateInIdOrderWhateverTheInputOrder() {
    ResidentId li = new ResidentId("r-li");
    ResidentId zhou = new ResidentId("r-zhou");
    Unit unit = new Unit(U3, B1, BigDecimal.TEN, new LinkedHashSet<>(List.of(zhou, WANG, li)));
    assertThat(unit.owners()).containsExactly(li, WANG, zhou);
    assertThat(unit)
        .hasToString(new Unit(U3, B1, BigDecimal.TEN, Set.of(li, WANG, zhou)).toString());
  }

  @Test
  void unitWithoutOwnersIsUnowned() {
    assertThat(new Unit(U3, B1, BigDecimal.TEN, Set.of()).isOwned()).isFalse();
    assertThat(new Unit(U3, B1, BigDecimal.TEN, Set.of(WANG)).isOwned()).isTrue();
  }

  @Test
  void rejectsNullComponentsNamingThem() {
    assertThatThrownBy(() -> new Unit(U3, B1, null, Set.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("exclusiveAreaM2");
    assertThatThrownBy(() -> new Unit(U3, null, BigDecimal.ONE, Set.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("building");
    Set<ResidentId> withNull = new HashSet<>();
    withNull.add(null);
    assertThatThrownBy(() -> new Unit(U3, B1, BigDecimal.ONE, withNull))
        .isInstanceOf(NullPointerException.class);
  }
}
