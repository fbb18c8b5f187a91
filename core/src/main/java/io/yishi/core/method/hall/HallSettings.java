package io.yishi.core.method.hall;

import io.yishi.core.Fraction;
import io.yishi.core.community.ResidentId;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The hall's parameters, read and checked once. */
record HallSettings(@Nullable Instant opensAt, @Nullable Instant closesAt, Duration period,
    Duration verification, AdmissionQuorum quorum, Forward forward, int topN, int supportLimit,
    boolean hideSupports, List<ResidentId> committee, List<ResidentId> moderators) {

  /** Which ideas go to the committee at the close. */
  enum Forward {
    ADMITTED,
    TOP
  }

  static HallSettings of(Parameters p) {
    Instant opensAt = instant(p, "opensAt");
    Instant closesAt = instant(p, "closesAt");
    if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
      throw new InvalidParameterException("closesAt", closesAt.toString(),
          "must be after opensAt (" + opensAt + ")");
    }
    long periodDays = p.integer("periodDays", 30);
    if (periodDays < 1 || periodDays > 366) {
      throw new InvalidParameterException("periodDays", periodDays, "must be 1 to 366 days");
    }
    long verificationDays = p.integer("verificationDays", 0);
    if (verificationDays < 0 || verificationDays > 90) {
      throw new InvalidParameterException("verificationDays", verificationDays,
          "must be 0 to 90 days");
    }
    long count = p.integer("quorumCount", 10);
    if (count < 0) {
      throw new InvalidParameterException("quorumCount", count, "must be >= 0");
    }
    Fraction share = p.fraction("quorumShare", Fraction.of(1, 20));
    if (!share.isProper()) {
      throw new InvalidParameterException("quorumShare", share.toString(), "must be at most 1");
    }
    AdmissionQuorum.Basis basis = p.choice("quorumBasis", AdmissionQuorum.Basis.class,
        AdmissionQuorum.Basis.LARGER);
    long topN = p.integer("topN", 3);
    if (topN < 1 || topN > 1000) {
      throw new InvalidParameterException("topN", topN, "must be 1 to 1000");
    }
    long limit = p.integer("supportLimit", 0);
    if (limit < 0 || limit > 1000) {
      throw new InvalidParameterException("supportLimit", limit,
          "must be 0 (no cap) to 1000 supports per person");
    }
    return new HallSettings(opensAt, closesAt, Duration.ofDays(periodDays),
        Duration.ofDays(verificationDays), new AdmissionQuorum(basis, count, share),
        p.choice("forward", Forward.class, Forward.ADMITTED), (int) topN, (int) limit,
        p.flag("hideSupports", false), residents(p, "committee"), residents(p, "moderators"));
  }

  private static @Nullable Instant instant(Parameters p, String name) {
    String text = p.text(name, "");
    if (text.isEmpty()) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException(name, text,
          "must be an ISO-8601 instant such as \"2024-06-01T00:00:00Z\"", e);
    }
  }

  private static List<ResidentId> residents(Parameters p, String name) {
    List<ResidentId> ids = new ArrayList<>();
    for (String text : p.texts(name, List.of())) {
      try {
        ids.add(new ResidentId(text));
      } catch (IllegalArgumentException e) {
        throw new InvalidParameterException(name, text, "must list resident ids", e);
      }
    }
    return List.copyOf(ids);
  }

  /** Moderators named, else the committee; empty means the portal alone decides who moderates. */
  List<ResidentId> moderatorsOrCommittee() {
    return moderators.isEmpty() ? committee : moderators;
  }
}
