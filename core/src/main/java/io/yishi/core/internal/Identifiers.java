package io.yishi.core.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Pattern;

/** Checks the format every identifier in Yishi shares. */
public final class Identifiers {

  /**
   * Letters or digits (any script), then up to 127 more of letters, digits, {@code . _ : -}.
   * Chinese names are allowed as ids so that a community's own labels can be used unchanged.
   */
  private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._:\\-]{0,127}");

  private Identifiers() {}

  /**
   * Returns {@code value} if it is a well-formed identifier.
   *
   * @param kind what the identifier names, used in the message, e.g. {@code "unit id"}
   * @param value the identifier to check
   * @return {@code value}, unchanged
   * @throws IllegalArgumentException naming the kind and the value if it is malformed
   * @throws NullPointerException if {@code value} is null
   */
  public static String check(String kind, String value) {
    checkNotNull(value, "%s", kind);
    if (!ID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          kind + ": '" + value + "' is not a valid id (1-128 letters, digits, '.', '_', ':' or"
              + " '-', starting with a letter or digit)");
    }
    return value;
  }
}
