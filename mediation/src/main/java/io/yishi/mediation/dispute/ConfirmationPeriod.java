package io.yishi.mediation.dispute;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;

/**
 * The period in which the parties may jointly apply for judicial confirmation of a written
 * agreement (RULES.md §3.5, People's Mediation Law Art. 33: within 30 days from the agreement's
 * effect), counted as the Civil Code counts periods: the day the agreement takes effect is not
 * counted, day 1 is the next day (Art. 201); a last day that falls on a statutory rest day or
 * holiday moves to the first working day after it (Art. 203); the last day ends at midnight.
 *
 * <p>Which days are rest days is the host's calendar: weekends (unless {@code
 * weekendsAreRestDays} is off), every date in {@code holidays}, but no date in {@code
 * makeUpWorkdays}, the weekend days worked in exchange for a holiday.
 *
 * @param days the length of the period in days, 1 to 3650; 30 under Art. 33
 * @param zone the time zone in which days are counted, e.g. {@code Asia/Shanghai}
 * @param holidays statutory holidays
 * @param makeUpWorkdays weekend days that are working days
 * @param weekendsAreRestDays whether Saturdays and Sundays are rest days
 */
public record ConfirmationPeriod(int days, ZoneId zone, Set<LocalDate> holidays,
    Set<LocalDate> makeUpWorkdays, boolean weekendsAreRestDays) {

  /**
   * Checks the length and copies the calendars.
   *
   * @param days the length of the period in days, 1 to 3650
   * @param zone the time zone in which days are counted
   * @param holidays statutory holidays
   * @param makeUpWorkdays weekend days that are working days
   * @param weekendsAreRestDays whether Saturdays and Sundays are rest days
   * @throws IllegalArgumentException if {@code days} is outside 1 to 3650
   */
  public ConfirmationPeriod {
    checkArgument(days >= 1 && days <= 3650,
        "confirmationDays: must be from 1 to 3650, was %s", days);
    checkNotNull(zone, "zone");
    holidays = Set.copyOf(new TreeSet<>(holidays));
    makeUpWorkdays = Set.copyOf(new TreeSet<>(makeUpWorkdays));
  }

  /** {@return the 30-day period of Art. 33 in China Standard Time, weekends as rest days} */
  public static ConfirmationPeriod statutory() {
    return new ConfirmationPeriod(30, ZoneId.of("Asia/Shanghai"), Set.of(), Set.of(), true);
  }

  /**
   * {@return whether the day is a rest day or holiday}
   *
   * @param day the day
   */
  public boolean isRestDay(LocalDate day) {
    if (makeUpWorkdays.contains(day)) {
      return false;
    }
    if (holidays.contains(day)) {
      return true;
    }
    DayOfWeek d = day.getDayOfWeek();
    return weekendsAreRestDays && (d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY);
  }

  /**
   * {@return the period's last day for an agreement in force at {@code effectiveAt}}: the day of
   * effect plus {@code days}, moved past rest days
   *
   * @param effectiveAt when the agreement took effect
   */
  public LocalDate lastDay(Instant effectiveAt) {
    LocalDate last = LocalDate.ofInstant(effectiveAt, zone).plusDays(days);
    while (isRestDay(last)) {
      last = last.plusDays(1);
    }
    return last;
  }

  /**
   * {@return the first instant at which an application is too late}: the midnight that ends the
   * last day
   *
   * @param effectiveAt when the agreement took effect
   */
  public Instant deadline(Instant effectiveAt) {
    return lastDay(effectiveAt).plusDays(1).atStartOfDay(zone).toInstant();
  }
}
