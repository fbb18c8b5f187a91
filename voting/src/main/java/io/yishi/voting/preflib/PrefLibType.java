package io.yishi.voting.preflib;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.voting.ranked.Profile;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The four PrefLib data types for ordinal preferences: strict or with ties, complete or
 * incomplete. The type is the file's extension and its {@code # DATA TYPE} header line.
 *
 * <p>An order is <em>complete</em> when it lists every alternative and <em>incomplete</em> when
 * it leaves some out (the ones left out share the last place); it has <em>ties</em> when one of
 * its tiers, written in braces such as {@code {1,2}}, holds two or more alternatives.
 */
public enum PrefLibType {
  /** Strict orders, complete: {@code .soc}. */
  SOC("soc", false, false),
  /** Strict orders, incomplete: {@code .soi}. */
  SOI("soi", false, true),
  /** Orders with ties, complete: {@code .toc}. */
  TOC("toc", true, false),
  /** Orders with ties, incomplete: {@code .toi}. */
  TOI("toi", true, true);

  private final String extension;
  private final boolean ties;
  private final boolean incomplete;

  PrefLibType(String extension, boolean ties, boolean incomplete) {
    this.extension = extension;
    this.ties = ties;
    this.incomplete = incomplete;
  }

  /**
   * {@return the file extension without the dot, lower case, e.g. {@code "soc"}; also the value
   * of the {@code # DATA TYPE} header line}
   */
  public String extension() {
    return extension;
  }

  /** {@return whether orders may have ties: true for {@code toc} and {@code toi}} */
  public boolean allowsTies() {
    return ties;
  }

  /** {@return whether orders may leave alternatives out: true for {@code soi} and {@code toi}} */
  public boolean allowsIncomplete() {
    return incomplete;
  }

  /**
   * {@return whether every ballot of the profile fits this type}: no ties unless {@link
   * #allowsTies()}, no left-out candidates unless {@link #allowsIncomplete()}
   *
   * @param profile the profile to check
   */
  public boolean holds(Profile profile) {
    checkNotNull(profile, "profile");
    if (ties && incomplete) {
      return true;
    }
    for (int b = 0; b < profile.distinctBallots(); b++) {
      if ((!incomplete && profile.isTruncated(b)) || (!ties && hasTies(profile, b))) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@return the strictest type that holds every ballot of the profile}: {@code SOC} if all are
   * strict and complete, {@code SOI} if all are strict, {@code TOC} if all are complete, else
   * {@code TOI}
   *
   * @param profile the profile to classify
   */
  public static PrefLibType of(Profile profile) {
    checkNotNull(profile, "profile");
    boolean anyTies = false;
    boolean anyTruncated = false;
    for (int b = 0; b < profile.distinctBallots() && !(anyTies && anyTruncated); b++) {
      anyTruncated |= profile.isTruncated(b);
      anyTies = anyTies || hasTies(profile, b);
    }
    if (anyTies) {
      return anyTruncated ? TOI : TOC;
    }
    return anyTruncated ? SOI : SOC;
  }

  /**
   * {@return the type whose extension this is}, ignoring case and a leading dot: {@code "soc"},
   * {@code ".SOI"}; empty for anything else
   *
   * @param extension the extension, e.g. {@code "toi"}
   */
  public static Optional<PrefLibType> fromExtension(String extension) {
    checkNotNull(extension, "extension");
    String e = extension.startsWith(".") ? extension.substring(1) : extension;
    for (PrefLibType type : values()) {
      if (type.extension.equals(e.toLowerCase(Locale.ROOT))) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the type that the file's name ends in}, e.g. {@code TOI} for {@code parking.toi};
   * empty if the name has no PrefLib extension
   *
   * @param file the file; only its name is looked at
   */
  public static Optional<PrefLibType> fromFileName(Path file) {
    checkNotNull(file, "file");
    Path name = file.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String s = name.toString();
    int dot = s.lastIndexOf('.');
    return dot < 0 ? Optional.empty() : fromExtension(s.substring(dot + 1));
  }

  /**
   * Whether a ballot has a tier of two or more candidates. Ranks run from 0 with no gaps, so a
   * complete ballot is strict when its highest rank is {@code m - 1}; a truncated one, whose
   * highest rank is the shared tier of the left-out candidates, when the ranked candidates
   * number that rank.
   */
  private static boolean hasTies(Profile profile, int b) {
    int m = profile.candidateCount();
    int max = -1;
    int atMax = 0;
    for (int c = 0; c < m; c++) {
      int r = profile.rank(b, c);
      if (r > max) {
        max = r;
        atMax = 1;
      } else if (r == max) {
        atMax++;
      }
    }
    return profile.isTruncated(b) ? m - atMax != max : max != m - 1;
  }
}
