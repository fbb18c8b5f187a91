package io.yishi.voting.preflib;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import io.yishi.voting.cardinal.ApprovalProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One PrefLib categorical file ({@code .cat}): each voter sorts the alternatives into ordered
 * categories, such as "Yes" and "No" for approval data. Read and written by {@link
 * PrefLibCategorical}.
 *
 * <p>The header holds the descriptive {@code # KEY: value} lines ({@code TITLE}, {@code
 * DESCRIPTION}, …) as {@link PrefLibFile#header()} does; the lines the file's content determines
 * ({@code DATA TYPE}, {@code NUMBER ALTERNATIVES}, {@code NUMBER VOTERS}, {@code NUMBER UNIQUE
 * PREFERENCES}, {@code NUMBER CATEGORIES}, {@code CATEGORY NAME i}, {@code ALTERNATIVE NAME i})
 * are not kept in it. Alternatives and categories are numbered from 0 here (from 1 in the file).
 *
 * <pre>{@code
 * CategoricalFile file = PrefLibCategorical.read(Path.of("00026-00000001.cat"));
 * ApprovalProfile approvals = file.toApprovalProfile();   // the first category is approval
 * }</pre>
 *
 * @param header the descriptive header lines, insertion-ordered
 * @param alternatives the alternatives' names, alternative {@code i} of the file (from 1) at
 *     index {@code i - 1}
 * @param categories the categories' names, best first (for approval data: approved first)
 * @param preferences the distinct preferences with their counts, in file order
 */
public record CategoricalFile(Map<String, String> header, List<String> alternatives,
    List<String> categories, List<Preference> preferences) {

  private static final Set<String> DETERMINED = Set.of("DATA TYPE", "NUMBER ALTERNATIVES",
      "NUMBER VOTERS", "NUMBER UNIQUE PREFERENCES", "NUMBER CATEGORIES");

  /**
   * Checks and copies.
   *
   * @param header the descriptive header lines; keys non-blank, without ':' or line breaks, not
   *     one the content determines; values without line breaks
   * @param alternatives the alternatives' names, at least one, without line breaks or surrounding
   *     spaces
   * @param categories the categories' names, at least one, likewise
   * @param preferences the preferences; each has one group per category and its alternatives in
   *     range
   * @throws IllegalArgumentException naming the part that breaks these rules
   */
  public CategoricalFile {
    ImmutableMap.Builder<String, String> copy = ImmutableMap.builder();
    for (Map.Entry<String, String> e : header.entrySet()) {
      String key = checkNotNull(e.getKey(), "header key");
      String value = checkNotNull(e.getValue(), "header value of '%s'", key);
      checkArgument(!key.isBlank() && key.equals(key.strip()) && key.indexOf(':') < 0
          && !breaks(key), "header: key '%s' must be non-blank, without surrounding spaces, ':'"
          + " or line breaks", key);
      checkArgument(!DETERMINED.contains(key) && !key.startsWith("ALTERNATIVE NAME")
          && !key.startsWith("CATEGORY NAME"),
          "header: key '%s' is written from the file's content, not from the header", key);
      checkArgument(!breaks(value), "header: value of '%s' must not break lines", key);
      copy.put(key, value.strip());
    }
    header = copy.buildOrThrow();
    alternatives = List.copyOf(alternatives);
    categories = List.copyOf(categories);
    checkArgument(!alternatives.isEmpty(), "alternatives: at least one is needed");
    checkArgument(!categories.isEmpty(), "categories: at least one is needed");
    for (String name : alternatives) {
      checkArgument(name.equals(name.strip()) && !breaks(name), "alternatives: name '%s' has"
          + " surrounding spaces or a line break, which a PrefLib file cannot keep", name);
    }
    for (String name : categories) {
      checkArgument(name.equals(name.strip()) && !breaks(name), "categories: name '%s' has"
          + " surrounding spaces or a line break, which a PrefLib file cannot keep", name);
    }
    preferences = List.copyOf(preferences);
    for (Preference p : preferences) {
      checkArgument(p.groups().size() == categories.size(),
          "preferences: %s has %s groups, the file has %s categories", p, p.groups().size(),
          categories.size());
      for (List<Integer> group : p.groups()) {
        for (int a : group) {
          checkArgument(a < alternatives.size(),
              "preferences: %s names alternative %s of %s", p, a, alternatives.size());
        }
      }
    }
  }

  /** {@return the number of voters: the sum of the preferences' counts} */
  public long voters() {
    long n = 0;
    for (Preference p : preferences) {
      n = Math.addExact(n, p.count());
    }
    return n;
  }

  /**
   * {@return the approval profile of this file: each voter approves the alternatives of the first
   * category (PrefLib's approval data sets name it "Yes") and no others}
   *
   * @throws IllegalArgumentException if two alternatives share a name, which a profile refuses
   */
  public ApprovalProfile toApprovalProfile() {
    ApprovalProfile.Builder builder = ApprovalProfile.builder(alternatives);
    for (Preference p : preferences) {
      builder.add(p.groups().get(0).stream().mapToInt(Integer::intValue).toArray(), p.count());
    }
    return builder.build();
  }

  /**
   * {@return a file with the categories "Yes" (approved) and "No" (the rest) holding an approval
   * profile, one preference per distinct approval set, in the profile's order, empty header}
   *
   * @param profile the approval ballots
   */
  public static CategoricalFile of(ApprovalProfile profile) {
    int m = profile.candidateCount();
    List<Preference> preferences = new ArrayList<>();
    for (int b = 0; b < profile.distinctBallots(); b++) {
      List<Integer> yes = new ArrayList<>();
      List<Integer> no = new ArrayList<>();
      for (int c = 0; c < m; c++) {
        (profile.approves(b, c) ? yes : no).add(c);
      }
      preferences.add(new Preference(profile.count(b), List.of(yes, no)));
    }
    return new CategoricalFile(Map.of(), profile.candidates(), List.of("Yes", "No"),
        preferences);
  }

  /**
   * {@return a copy with one header line set, added at the end or replaced in place}
   *
   * @param key the key, e.g. {@code "TITLE"}
   * @param value the value; may be empty
   * @throws IllegalArgumentException if the key or value cannot be written
   */
  public CategoricalFile withHeader(String key, String value) {
    Map<String, String> changed = new java.util.LinkedHashMap<>(header);
    changed.put(checkNotNull(key, "key"), checkNotNull(value, "value"));
    return new CategoricalFile(changed, alternatives, categories, preferences);
  }

  private static boolean breaks(String s) {
    return s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
  }

  /**
   * One distinct preference: how many voters sorted the alternatives into these groups, one
   * group per category, best category first. An alternative may be left out of every group (some
   * files list only the approved); none may be in two.
   *
   * @param count how many voters, at least 1
   * @param groups the alternatives (from 0) in each category, each group sorted
   */
  public record Preference(long count, List<List<Integer>> groups) {

    /**
     * Checks, sorts each group and copies.
     *
     * @param count how many voters, at least 1
     * @param groups the alternatives (from 0) in each category
     * @throws IllegalArgumentException if the count is below 1, an alternative is negative or in
     *     two groups
     */
    public Preference {
      checkArgument(count >= 1, "preference: count must be at least 1, was %s", count);
      List<List<Integer>> sorted = new ArrayList<>();
      java.util.Set<Integer> seen = new java.util.HashSet<>();
      for (List<Integer> group : groups) {
        Integer[] g = group.toArray(new Integer[0]);
        Arrays.sort(g);
        for (Integer a : g) {
          checkArgument(checkNotNull(a, "groups") >= 0,
              "preference: alternative must be 0 or more, was %s", a);
          checkArgument(seen.add(a), "preference: alternative %s is in two categories", a);
        }
        sorted.add(List.of(g));
      }
      groups = List.copyOf(sorted);
    }
  }
}
