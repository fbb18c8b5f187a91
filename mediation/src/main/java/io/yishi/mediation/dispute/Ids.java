package io.yishi.mediation.dispute;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Pattern;

/** The id format of parties, matters and cases: the one every Yishi id shares. */
final class Ids {

  private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._:\\-]{0,127}");

  private Ids() {}

  static String check(String kind, String value) {
    checkNotNull(value, "%s", kind);
    if (!ID.matcher(value).matches()) {
      throw new IllegalArgumentException(kind + ": '" + value + "' is not a valid id (1-128"
          + " letters, digits, '.', '_', ':' or '-', starting with a letter or digit)");
    }
    return value;
  }
}
