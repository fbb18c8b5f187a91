package io.yishi.mediation.dispute;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One term of an agreement: what a party undertakes, how, by when and where (RULES.md §3.5, Art.
 * 29 (3): the agreed content and the manner and time limit of performance).
 *
 * @param party the id of the party that undertakes it
 * @param obligation what the party undertakes, not blank
 * @param manner how it is performed, e.g. "pays by bank transfer"; required in a written
 *     agreement unless the method's {@code requireWrittenContent} is off
 * @param due the last day of performance; required in a written agreement unless {@code
 *     requireWrittenContent} is off
 * @param place where it is performed; may be empty
 */
public record Term(String party, String obligation, String manner, @Nullable LocalDate due,
    String place) {

  /**
   * Refuses nulls (but {@code due}); the rules on values are the method's.
   *
   * @param party the id of the party that undertakes it
   * @param obligation what the party undertakes
   * @param manner how it is performed; may be empty
   * @param due the last day of performance, or null
   * @param place where it is performed; may be empty
   */
  public Term {
    checkNotNull(party, "party");
    checkNotNull(obligation, "obligation");
    checkNotNull(manner, "manner");
    checkNotNull(place, "place");
  }
}
