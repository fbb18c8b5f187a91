package io.yishi.voting.sortition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SortitionCheckTest {

  /** Six volunteers: four women and two men; two of the women are over 60. */
  static Pool pool() {
    List<Volunteer> v = new ArrayList<>();
    v.add(new Volunteer("w1", Map.of("gender", "f", "age", "young"), "h1"));
    v.add(new Volunteer("w2", Map.of("gender", "f", "age", "young"), "h2"));
    v.add(new Volunteer("w3", Map.of("gender", "f", "age", "old"), "h3"));
    v.add(new Volunteer("w4", Map.of("gender", "f", "age", "old"), "h3"));
    v.add(new Volunteer("m1", Map.of("gender", "m", "age", "young"), "h4"));
    v.add(new Volunteer("m2", Map.of("gender", "m", "age", "young"), "h5"));
    return new Pool(v);
  }

  @Test
  void feasibleQuotasPass() {
    SortitionProblem p = SortitionProblem.of(pool(), List.of(
        Quota.of("gender", "f", 2, 2), Quota.of("gender", "m", 2, 2),
        Quota.of("age", "young", 0, 4), Quota.of("age", "old", 1, 4)), 4);

    assertThatCode(() -> Sortition.check(p)).doesNotThrowAnyException();
  }

  @Test
  void tooManyMenSuggestsLoweringTheMinimumWithinItsFlex() {
    SortitionProblem p = SortitionProblem.of(pool(), List.of(
        Quota.of("gender", "f", 1, 2), new Quota("gender", "m", 3, 3, 1, 3),
        Quota.of("age", "young", 0, 4), Quota.of("age", "old", 0, 4)), 4);

    InfeasibleQuotasException e = catchThrowableOfType(InfeasibleQuotasException.class,
        () -> Sortition.check(p));

    assertThat(e.changes()).containsExactly("gender=m min 3 → 2");
    assertThat(e.suggested()).extracting(Quota::describe)
        .containsExactly("gender=f [1, 2]", "gender=m [2, 3]", "age=young [0, 4]",
            "age=old [0, 4]");
    assertThat(e.getMessage()).isEqualTo("quotas: cannot all be met by a panel of 4; the"
        + " smallest relaxation within the flexible bounds: gender=m min 3 → 2");
    assertThat(SortitionProblem.of(pool(), e.suggested(), 4)).satisfies(Sortition::check);
  }

  @Test
  void loweringASmallMinimumCostsMoreThanALargeOne() {
    // A panel of 3 cannot hold 3 men (the pool has 2); lowering the men's minimum 3 → 2 costs
    // 1 + 2/3, lowering the old volunteers' minimum 1 → 0 would cost 1 + 2/1 = 3.
    SortitionProblem p = SortitionProblem.of(pool(), List.of(
        Quota.of("gender", "f", 0, 3), Quota.of("gender", "m", 3, 3),
        Quota.of("age", "young", 0, 3), Quota.of("age", "old", 1, 3)), 3);

    InfeasibleQuotasException e = catchThrowableOfType(InfeasibleQuotasException.class,
        () -> Sortition.check(p));

    // men 3 → 2 costs 1 + 2/3 = 1.67, old 1 → 0 costs 3: the men's minimum gives way
    assertThat(e.changes()).containsExactly("gender=m min 3 → 2");
  }

  @Test
  void theHouseholdRuleCanMakeQuotasInfeasible() {
    List<Quota> quotas = List.of(Quota.of("gender", "f", 0, 4), Quota.of("gender", "m", 0, 4),
        Quota.of("age", "young", 0, 0), new Quota("age", "old", 2, 2, 2, 2));
    assertThatCode(() -> Sortition.check(SortitionProblem.of(pool(), quotas, 2)))
        .doesNotThrowAnyException();

    SortitionProblem households = new SortitionProblem(pool(), quotas, 2, true);
    InfeasibleQuotasException e = catchThrowableOfType(InfeasibleQuotasException.class,
        () -> Sortition.check(households));

    assertThat(e.suggested()).isEmpty();
    assertThat(e.getMessage()).contains("no relaxation within the flexible bounds");
  }
}
