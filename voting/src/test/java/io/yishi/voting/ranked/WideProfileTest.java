package io.yishi.voting.ranked;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Profiles over more than 15 candidates use wider keys; they must count exactly the same. */
class WideProfileTest {

  @ParameterizedTest(name = "{0} candidates")
  @ValueSource(ints = {16, 20, 31, 64, 127})
  void wideProfilesCountDuplicatesTiesAndTruncationExactly(int m) {
    List<String> names = IntStream.range(0, m).mapToObj(i -> "c" + i).toList();
    SplittableRandom random = new SplittableRandom(m);
    Profile.Builder builder = Profile.builder(names);
    Map<List<Set<String>>, Long> expected = new java.util.HashMap<>();
    for (int v = 0; v < 300; v++) {
      int listed = 1 + random.nextInt(Math.min(m, 6));
      List<Integer> pool = new ArrayList<>(IntStream.range(0, m).boxed().toList());
      java.util.Collections.shuffle(pool, new java.util.Random(random.nextInt(5)));
      // few distinct rankings, so that duplicates are common
      List<int[]> tiers = new ArrayList<>();
      List<Set<String>> named = new ArrayList<>();
      int k = 0;
      while (k < listed) {
        int size = Math.min(listed - k, 1 + (k % 2));
        int[] tier = new int[size];
        Set<String> set = new java.util.HashSet<>();
        for (int j = 0; j < size; j++) {
          tier[j] = pool.get(k + j);
          set.add(names.get(tier[j]));
        }
        tiers.add(tier);
        named.add(Set.copyOf(set));
        k += size;
      }
      long count = 1 + random.nextInt(3);
      builder.add(tiers.toArray(new int[0][]), count);
      expected.merge(List.copyOf(named), count, Long::sum);
    }
    Profile profile = builder.build();

    assertThat(profile.asMap()).as("%d candidates", m).isEqualTo(expected);
    assertThat(profile.merge(profile).voters()).isEqualTo(2 * profile.voters());
    assertThat(profile.merge(profile).distinctBallots()).isEqualTo(profile.distinctBallots());
  }
}
