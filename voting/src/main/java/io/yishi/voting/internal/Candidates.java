package io.yishi.voting.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The check every profile makes of its candidates' names. */
public final class Candidates {

  private Candidates() {}

  /**
   * {@return an immutable copy of the names, once checked}
   *
   * @param names the candidates' names: 1 to {@code max}, none blank, none twice
   * @param max the most candidates the profile holds
   * @throws IllegalArgumentException naming the rule the names break
   * @throws NullPointerException if the list is null
   */
  public static List<String> checked(List<String> names, int max) {
    checkNotNull(names, "candidates");
    checkArgument(!names.isEmpty() && names.size() <= max,
        "candidates: must number 1 to %s, were %s", max, names.size());
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      checkArgument(name != null && !name.isBlank(), "candidates: a name is blank, in %s", names);
      checkArgument(seen.add(name), "candidates: '%s' appears twice", name);
    }
    return List.copyOf(names);
  }
}
