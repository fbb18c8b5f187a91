package io.yishi.voting.sortition;

import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.voting.sortition.internal.Instance;
import io.yishi.voting.sortition.internal.Solver;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Maximin gives a chance to every volunteer some compliant panel seats, also when the climbs
 * from panel to panel stall before they reach them all and the integer program must find the
 * rest (on this pool 22 of 262 groups of interchangeable volunteers).
 */
class CoverageTest {

  @Test
  void everyVolunteerSomePanelSeatsGetsAChance() {
    SortitionProblem p = Pools.evenShares(2025, 400, 20);
    Instance in = new Instance(p);

    PanelDistribution d = SortitionProperties.run("maximin", p, 1);

    Boolean[] seatable = new Boolean[in.groupCount()];
    for (int i = 0; i < p.pool().size(); i++) {
      String id = p.pool().volunteers().get(i).id();
      int g = in.groupOf[i];
      if (seatable[g] == null) {
        seatable[g] = Solver.panelWith(in, g) != null;
      }
      assertThat(d.probability(id) > 0).as("volunteer %s", id).isEqualTo(seatable[g]);
    }
    assertThat(d.minimum()).isGreaterThan(0.03);
  }

  @Test
  void theIntegerProgramSeatsTheGroupAskedFor() {
    SortitionProblem p = Pools.evenShares(2025, 400, 20);
    Instance in = new Instance(p);

    for (int g = 0; g < in.groupCount(); g += 37) {
      int[] seats = Solver.panelWith(in, g);

      assertThat(seats).as("group %d", g).isNotNull();
      assertThat(seats[g]).isPositive();
      assertThat(in.meetsQuotas(seats)).isTrue();
    }
  }

  @Test
  void theIntegerProgramSaysWhenNoPanelCanSeatAGroup() {
    // no volunteer over 60 may sit: w3 and w4 can be on no panel, the others can
    SortitionProblem p = SortitionProblem.of(SortitionCheckTest.pool(), List.of(
        Quota.of("gender", "f", 1, 3), Quota.of("gender", "m", 1, 2),
        Quota.of("age", "young", 0, 3), Quota.of("age", "old", 0, 0)), 3);
    Instance in = new Instance(p);

    for (int i = 0; i < p.pool().size(); i++) {
      Volunteer v = p.pool().volunteers().get(i);
      assertThat(Solver.panelWith(in, in.groupOf[i]) != null).as("volunteer %s", v.id())
          .isEqualTo(v.features().get("age").equals("young"));
    }
    assertThat(SortitionProperties.run("maximin", p, 1).probability("w3")).isZero();
  }
}
