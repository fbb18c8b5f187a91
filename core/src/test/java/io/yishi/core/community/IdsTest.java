package io.yishi.core.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IdsTest {

  static Stream<Arguments> idTypes() {
    return Stream.of(
        Arguments.of("community id", (Function<String, Object>) CommunityId::new),
        Arguments.of("estate id", (Function<String, Object>) EstateId::new),
        Arguments.of("building id", (Function<String, Object>) BuildingId::new),
        Arguments.of("unit id", (Function<String, Object>) UnitId::new),
        Arguments.of("household id", (Function<String, Object>) HouseholdId::new),
        Arguments.of("resident id", (Function<String, Object>) ResidentId::new),
        Arguments.of("venue id", (Function<String, Object>) VenueId::new));
  }

  static Stream<Arguments> malformed() {
    return idTypes()
        .flatMap(
            a ->
                Stream.of("", " ", "-lead", "has space", "a/b", "x".repeat(129))
                    .map(bad -> Arguments.of(a.get()[0], a.get()[1], bad)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idTypes")
  void acceptsWellFormedValuesAndPrintsThemAsWritten(String kind, Function<String, Object> make) {
    assertThat(make.apply("b-3-1502")).hasToString("b-3-1502");
    assertThat(make.apply("华苑:3栋_1.2")).hasToString("华苑:3栋_1.2");
    assertThat(make.apply("x".repeat(128))).hasToString("x".repeat(128));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idTypes")
  void equalsByValue(String kind, Function<String, Object> make) {
    assertThat(make.apply("u1")).isEqualTo(make.apply("u1")).isNotEqualTo(make.apply("U1"));
    assertThat(make.apply("u1")).hasSameHashCodeAs(make.apply("u1"));
  }

  @ParameterizedTest(name = "{0} ''{2}''")
  @MethodSource("malformed")
  void rejectsMalformedValueNamingKindAndValue(
      String kind, Function<String, Object> make, String bad) {
    assertThatThrownBy(() -> make.apply(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(kind)
        .hasMessageContaining("'" + bad + "'");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idTypes")
  void rejectsNullNamingKind(String kind, Function<String, Object> make) {
    assertThatThrownBy(() -> make.apply(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining(kind);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idTypes")
  void factoryMatchesConstructor(String kind, Function<String, Object> make) {
    Object viaFactory =
        switch (kind) {
          case "community id" -> CommunityId.of("x1");
          case "estate id" -> EstateId.of("x1");
          case "building id" -> BuildingId.of("x1");
          case "unit id" -> UnitId.of("x1");
          case "household id" -> HouseholdId.of("x1");
          case "resident id" -> ResidentId.of("x1");
          default -> VenueId.of("x1");
        };
    assertThat(viaFactory).isEqualTo(make.apply("x1"));
  }
}
