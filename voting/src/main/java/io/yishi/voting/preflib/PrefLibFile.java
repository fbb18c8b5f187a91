package io.yishi.voting.preflib;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import io.yishi.voting.ranked.Profile;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One PrefLib ordinal file: its data type, its descriptive header and its orders as a profile.
 *
 * <p>The header holds the {@code # KEY: value} lines that describe the data — {@code FILE NAME},
 * {@code TITLE}, {@code DESCRIPTION}, {@code MODIFICATION TYPE}, {@code RELATES TO}, {@code
 * RELATED FILES}, {@code PUBLICATION DATE}, {@code MODIFICATION DATE} and any other key — in the
 * order they were written, keys without the leading {@code "# "}, values without surrounding
 * spaces (an empty value is {@code ""}). The lines that the type and the profile determine are
 * not kept in it, since they are written from those: {@code DATA TYPE}, {@code NUMBER
 * ALTERNATIVES}, {@code NUMBER VOTERS}, {@code NUMBER UNIQUE ORDERS} and {@code ALTERNATIVE NAME
 * i}. The alternatives are the profile's candidates: alternative {@code i} of the file (from 1) is
 * candidate {@code i - 1}.
 *
 * <pre>{@code
 * PrefLibFile file = PrefLib.read(Path.of("garbage-room.soc"));
 * Profile profile = file.profile();                  // 30 voters over 4 sites
 * String title = file.header().get("TITLE");
 * PrefLibFile out = PrefLibFile.of(otherProfile).withHeader("TITLE", "Parking");
 * PrefLib.write(out, Path.of("parking." + out.type().extension()));
 * }</pre>
 *
 * @param type the data type; every order of the profile must fit it
 * @param header the descriptive header lines, insertion-ordered; keys non-blank, without {@code
 *     ':'} or line breaks and not one of the determined keys above; values without line breaks
 * @param profile the orders; candidate names without line breaks or surrounding spaces, since a
 *     file could not give them back
 */
public record PrefLibFile(PrefLibType type, Map<String, String> header, Profile profile) {

  private static final Set<String> DETERMINED =
      Set.of("DATA TYPE", "NUMBER ALTERNATIVES", "NUMBER VOTERS", "NUMBER UNIQUE ORDERS");

  /**
   * Checks the parts and copies the header.
   *
   * @param type the data type
   * @param header the descriptive header lines, insertion-ordered
   * @param profile the orders
   * @throws IllegalArgumentException if a header key or value or a candidate name cannot be
   *     written to a file, a header key is one the type or profile determines, or an order of
   *     the profile does not fit the type (a tie in a strict type, a left-out candidate in a
   *     complete one)
   */
  public PrefLibFile {
    checkNotNull(type, "type");
    checkNotNull(header, "header");
    checkNotNull(profile, "profile");
    ImmutableMap.Builder<String, String> copy = ImmutableMap.builder();
    for (Map.Entry<String, String> e : header.entrySet()) {
      String key = checkNotNull(e.getKey(), "header key");
      String value = checkNotNull(e.getValue(), "header value of '%s'", key);
      checkArgument(!key.isBlank() && key.equals(key.strip()) && key.indexOf(':') < 0
          && !hasLineBreak(key),
          "header: key '%s' must be non-blank, without surrounding spaces, ':' or line breaks",
          key);
      checkArgument(!isDetermined(key),
          "header: key '%s' is written from the type and the profile, not from the header", key);
      checkArgument(!hasLineBreak(value), "header: value of '%s' must not break lines, was '%s'",
          key, value);
      copy.put(key, value.strip());
    }
    header = copy.buildOrThrow();
    for (String name : profile.candidates()) {
      checkArgument(name.equals(name.strip()) && !hasLineBreak(name),
          "profile: candidate name '%s' has surrounding spaces or a line break, which a PrefLib"
              + " file cannot keep", name);
    }
    if (!type.holds(profile)) {
      boolean ties = PrefLibType.of(profile).allowsTies() && !type.allowsTies();
      throw new IllegalArgumentException(String.format(
          "profile: has orders %s, which a %s file does not allow",
          ties ? "with ties" : "that leave candidates out", type.extension()));
    }
  }

  /**
   * {@return a file of the strictest type that holds the profile, with an empty header}
   *
   * @param profile the orders
   * @throws IllegalArgumentException if a candidate name has surrounding spaces or a line break
   */
  public static PrefLibFile of(Profile profile) {
    return new PrefLibFile(PrefLibType.of(profile), Map.of(), profile);
  }

  /**
   * {@return a copy with one header line set}: added at the end, or replacing the value in place
   * if the key is there
   *
   * @param key the key, e.g. {@code "TITLE"}
   * @param value the value; may be empty
   * @throws IllegalArgumentException if the key or value cannot be written, or the key is one the
   *     type or profile determines
   */
  public PrefLibFile withHeader(String key, String value) {
    checkNotNull(key, "key");
    checkNotNull(value, "value");
    Map<String, String> changed = new LinkedHashMap<>(header);
    changed.put(key, value);
    return new PrefLibFile(type, changed, profile);
  }

  /** {@return whether the type and the profile determine the header line with this key} */
  static boolean isDetermined(String key) {
    return DETERMINED.contains(key) || key.startsWith("ALTERNATIVE NAME");
  }

  private static boolean hasLineBreak(String s) {
    return s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
  }
}
