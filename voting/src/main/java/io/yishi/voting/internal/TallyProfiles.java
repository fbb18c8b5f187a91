package io.yishi.voting.internal;

import io.yishi.core.simulation.RankingTally;
import io.yishi.voting.ranked.Profile;
import java.util.ArrayList;
import java.util.List;

/** The profile of a simulated tally, shared by the ranked and committee rules deciding on it. */
public final class TallyProfiles {

  private TallyProfiles() {}

  /**
   * {@return the profile of a tally over the candidates "0", "1", …}; rules deciding on one
   * tally share it through {@link RankingTally#derived}, keyed by {@code Profile.class}
   *
   * @param tally the tally
   */
  public static Profile of(RankingTally tally) {
    List<String> names = new ArrayList<>(tally.options());
    for (int i = 0; i < tally.options(); i++) {
      names.add(Integer.toString(i));
    }
    Profile.Builder builder = Profile.builder(names);
    int[] order = new int[tally.options()];
    for (int code = 0; code < tally.rankings(); code++) {
      long count = tally.count(code);
      if (count > 0) {
        for (int i = 0; i < order.length; i++) {
          order[i] = tally.optionAt(code, i);
        }
        builder.addOrder(order, count);
      }
    }
    return builder.build();
  }
}
