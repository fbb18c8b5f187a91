package io.yishi.voting.sortition.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pipage rounding keeps every panel's expected tickets at M times its probability, each count
 * within one of it, and the total at exactly M. With few tickets plain rounding would be off by
 * up to half a ticket a panel, which the means below would show.
 */
class LotteryTest {

  @ParameterizedTest(name = "M = {0}")
  @ValueSource(ints = {3, 5, 7})
  void roundingIsUnbiasedAndAlwaysGivesMTickets(int tickets) {
    SplittableRandom setup = new SplittableRandom(tickets);
    double[] p = new double[5];
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      p[i] = setup.nextDouble();
      sum += p[i];
    }
    for (int i = 0; i < p.length; i++) {
      p[i] /= sum;
    }
    int draws = 40_000;
    double[] mean = new double[p.length];
    for (int seed = 0; seed < draws; seed++) {
      int[] t = Lottery.round(p, tickets, new SplittableRandom(seed));
      assertThat(Arrays.stream(t).sum()).isEqualTo(tickets);
      for (int i = 0; i < p.length; i++) {
        assertThat((double) t[i]).isBetween(Math.floor(tickets * p[i] - 1e-9),
            Math.ceil(tickets * p[i] + 1e-9));
        mean[i] += t[i] / (double) draws;
      }
    }
    // a count's variance is at most 1/4, so the mean's standard error is below 0.0025: 0.012
    // is almost five of them
    for (int i = 0; i < p.length; i++) {
      assertThat(mean[i]).as("panel %d", i).isCloseTo(tickets * p[i], within(0.012));
    }
  }
}
