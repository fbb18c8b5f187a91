package io.yishi.voting.sortition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SortitionProblemTest {

  static Pool pool() {
    return new Pool(List.of(
        Volunteer.of("a", Map.of("gender", "f", "tenure", "owner")),
        Volunteer.of("b", Map.of("gender", "m", "tenure", "owner")),
        Volunteer.of("c", Map.of("gender", "f", "tenure", "tenant")),
        Volunteer.of("d", Map.of("gender", "m", "tenure", "tenant"))));
  }

  static List<Quota> quotas() {
    return List.of(Quota.of("gender", "f", 1, 1), Quota.of("gender", "m", 1, 1),
        Quota.of("tenure", "owner", 1, 2), Quota.of("tenure", "tenant", 0, 2));
  }

  @Test
  void acceptsAWellFormedProblemAndListsItsFeaturesInQuotaOrder() {
    SortitionProblem p = SortitionProblem.of(pool(), quotas(), 2);

    assertThat(p.features()).containsExactly("gender", "tenure");
    assertThat(p.pool().size()).isEqualTo(4);
    assertThat(p.oneMemberPerHousehold()).isFalse();
  }

  @Test
  void aVolunteerWithoutHouseholdLivesAlone() {
    assertThat(Volunteer.of("a", Map.of()).household()).isNull();
    assertThat(new Volunteer("a", Map.of(), " ").household()).isNull();
    assertThat(new Volunteer("a", Map.of(), "flat-3").household()).isEqualTo("flat-3");
    // a household of one never meets a household whose id is another volunteer's id
    assertThat(Volunteer.of("17", Map.of()).householdKey())
        .isNotEqualTo(new Volunteer("42", Map.of(), "17").householdKey());
    assertThat(new Volunteer("42", Map.of(), "17").householdKey())
        .isEqualTo(new Volunteer("43", Map.of(), "17").householdKey());
  }

  static Stream<Arguments> badProblems() {
    return Stream.of(
        Arguments.of((Runnable) () -> SortitionProblem.of(pool(), quotas(), 5), "panelSize",
            "must be in [1, 4]"),
        Arguments.of((Runnable) () -> SortitionProblem.of(pool(), quotas(), 0), "panelSize",
            "was 0"),
        Arguments.of((Runnable) () -> SortitionProblem.of(pool(), List.of(), 2), "quotas",
            "at least one"),
        Arguments.of((Runnable) () -> SortitionProblem.of(pool(),
            List.of(Quota.of("gender", "f", 1, 1), Quota.of("gender", "f", 0, 1)), 2),
            "quotas", "one quota only"),
        Arguments.of((Runnable) () -> SortitionProblem.of(new Pool(List.of(
            Volunteer.of("a", Map.of("gender", "F", "tenure", "owner")))), quotas(), 1),
            "volunteers[a].features.gender", "'F'"),
        Arguments.of((Runnable) () -> SortitionProblem.of(new Pool(List.of(
            Volunteer.of("a", Map.of("gender", "f")))), quotas(), 1),
            "volunteers[a].features", "was tenure"),
        Arguments.of((Runnable) () -> Quota.of("age", "old", 3, 2), "quotas[age=old].max",
            "must be ≥ min (3)"),
        Arguments.of((Runnable) () -> Quota.of("age", "old", -1, 2), "quotas[age=old].min",
            "≥ 0"),
        Arguments.of((Runnable) () -> new Quota("age", "old", 1, 2, 2, null),
            "quotas[age=old].minFlex", "[0, 1]"),
        Arguments.of((Runnable) () -> new Quota("age", "old", 1, 2, 0, 1),
            "quotas[age=old].maxFlex", "≥ max (2)"),
        Arguments.of((Runnable) () -> new Pool(List.of(Volunteer.of("a", Map.of()),
            Volunteer.of("a", Map.of()))), "pool", "unique"),
        Arguments.of((Runnable) () -> new Pool(List.of()), "pool", "at least one"));
  }

  @ParameterizedTest
  @MethodSource("badProblems")
  void refusesBadInputNamingFieldValueAndRule(Runnable make, String field, String message) {
    assertThatThrownBy(make::run)
        .isInstanceOf(SortitionInputException.class)
        .hasMessageStartingWith(field)
        .hasMessageContaining(message);
  }
}
