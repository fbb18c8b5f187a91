package io.yishi.mediation.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The Civil Code's way of counting the confirmation period, on its own (Art. 201, 203). */
class ConfirmationPeriodTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Set<LocalDate> MAY_DAY = Set.of(LocalDate.parse("2025-05-01"),
      LocalDate.parse("2025-05-02"), LocalDate.parse("2025-05-05"));
  private static final Set<LocalDate> MAKE_UP = Set.of(LocalDate.parse("2025-04-27"));
  private static final ConfirmationPeriod CALENDAR_2025 =
      new ConfirmationPeriod(30, SHANGHAI, MAY_DAY, MAKE_UP, true);

  private static Instant noonIn(String day, ZoneId zone) {
    return LocalDate.parse(day).atTime(12, 0).atZone(zone).toInstant();
  }

  @Test
  void theStatutoryPeriodIs30DaysInChinaStandardTimeWithWeekendsAsRestDays() {
    ConfirmationPeriod p = ConfirmationPeriod.statutory();
    assertThat(p.days()).isEqualTo(30);
    assertThat(p.zone()).isEqualTo(SHANGHAI);
    assertThat(p.holidays()).isEmpty();
    assertThat(p.makeUpWorkdays()).isEmpty();
    assertThat(p.isRestDay(LocalDate.parse("2025-04-05"))).isTrue();    // Saturday
    assertThat(p.isRestDay(LocalDate.parse("2025-04-06"))).isTrue();    // Sunday
    assertThat(p.isRestDay(LocalDate.parse("2025-05-01"))).isFalse();   // no holidays known
  }

  @ParameterizedTest(name = "{0}: rest day {1}")
  @CsvSource({
      "2025-04-25, false",   // Friday
      "2025-04-26, true",    // Saturday
      "2025-04-27, false",   // Sunday, worked in exchange for the May Day holidays
      "2025-05-01, true",    // Thursday, holiday
      "2025-05-02, true",    // Friday, holiday
      "2025-05-03, true",    // Saturday
      "2025-05-05, true",    // Monday, holiday
      "2025-05-06, false"})  // Tuesday
  void restDaysAreWeekendsAndHolidaysButNotMakeUpWorkdays(LocalDate day, boolean rest) {
    assertThat(CALENDAR_2025.isRestDay(day)).isEqualTo(rest);
  }

  @ParameterizedTest(name = "in force {0}: last day {1}")
  @CsvSource({
      "2025-03-04, 2025-04-03",   // day 30 a Thursday
      "2025-03-06, 2025-04-07",   // Saturday to Monday
      "2025-03-07, 2025-04-07",   // Sunday to Monday
      "2025-03-28, 2025-04-27",   // the make-up Sunday is a working day
      "2025-04-01, 2025-05-06",   // 1, 2 May, the weekend and 5 May are passed over
      "2025-04-02, 2025-05-06",
      "2025-04-03, 2025-05-06",
      "2025-04-04, 2025-05-06",
      "2025-04-05, 2025-05-06",
      "2025-04-06, 2025-05-06"})
  void theLastDayIsDayNMovedToTheNextWorkingDay(String inForce, LocalDate last) {
    assertThat(CALENDAR_2025.lastDay(noonIn(inForce, SHANGHAI))).isEqualTo(last);
  }

  @Test
  void theDayOfEffectIsTheDayInTheZoneNotInUtc() {
    Instant lateWednesday = Instant.parse("2025-03-05T15:30:00Z");   // 23:30 CST
    Instant earlyThursday = Instant.parse("2025-03-05T16:30:00Z");   // 00:30 CST
    assertThat(CALENDAR_2025.lastDay(lateWednesday)).isEqualTo("2025-04-04");
    assertThat(CALENDAR_2025.lastDay(earlyThursday)).isEqualTo("2025-04-07");
    ConfirmationPeriod utc = new ConfirmationPeriod(30, ZoneOffset.UTC, Set.of(), Set.of(),
        true);
    assertThat(utc.lastDay(earlyThursday)).isEqualTo("2025-04-04");
  }

  @Test
  void theDeadlineIsTheMidnightEndingTheLastDayInTheZone() {
    Instant sealed = noonIn("2025-03-06", SHANGHAI);
    assertThat(CALENDAR_2025.deadline(sealed)).isEqualTo(Instant.parse("2025-04-07T16:00:00Z"));
    ConfirmationPeriod utc = new ConfirmationPeriod(30, ZoneOffset.UTC, Set.of(), Set.of(),
        true);
    assertThat(utc.deadline(Instant.parse("2025-03-06T12:00:00Z")))
        .isEqualTo(Instant.parse("2025-04-08T00:00:00Z"));
  }

  @Test
  void withoutWeekendRestDaysOnlyHolidaysMoveTheLastDay() {
    ConfirmationPeriod p = new ConfirmationPeriod(30, SHANGHAI, MAY_DAY, Set.of(), false);
    assertThat(p.isRestDay(LocalDate.parse("2025-04-05"))).isFalse();
    assertThat(p.lastDay(noonIn("2025-03-06", SHANGHAI))).isEqualTo("2025-04-05");
    assertThat(p.lastDay(noonIn("2025-04-01", SHANGHAI))).isEqualTo("2025-05-03");
  }

  @Test
  void aMakeUpWorkdayOverridesAHolidayOnTheSameDate() {
    LocalDate both = LocalDate.parse("2025-05-01");
    ConfirmationPeriod p = new ConfirmationPeriod(1, SHANGHAI, Set.of(both), Set.of(both), true);
    assertThat(p.isRestDay(both)).isFalse();
    assertThat(p.lastDay(noonIn("2025-04-30", SHANGHAI))).isEqualTo(both);
  }

  @Test
  void aOneDayPeriodFromAFridayEndsOnMonday() {
    ConfirmationPeriod p = new ConfirmationPeriod(1, SHANGHAI, Set.of(), Set.of(), true);
    assertThat(p.lastDay(noonIn("2025-03-07", SHANGHAI))).isEqualTo("2025-03-10");
    assertThat(p.lastDay(noonIn("2025-03-06", SHANGHAI))).isEqualTo("2025-03-07");
  }

  @Test
  void theLengthIsFrom1To3650Days() {
    assertThatThrownBy(() -> new ConfirmationPeriod(0, SHANGHAI, Set.of(), Set.of(), true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("confirmationDays").hasMessageContaining("was 0");
    assertThatThrownBy(() -> new ConfirmationPeriod(3651, SHANGHAI, Set.of(), Set.of(), true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 3651");
    assertThat(new ConfirmationPeriod(3650, SHANGHAI, Set.of(), Set.of(), true).days())
        .isEqualTo(3650);
    assertThatThrownBy(() -> new ConfirmationPeriod(30, null, Set.of(), Set.of(), true))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("zone");
  }

  @Test
  void theCalendarsAreCopied() {
    Set<LocalDate> holidays = new HashSet<>(MAY_DAY);
    ConfirmationPeriod p = new ConfirmationPeriod(30, SHANGHAI, holidays, MAKE_UP, true);
    holidays.clear();
    assertThat(p.holidays()).isEqualTo(MAY_DAY);
    assertThatThrownBy(() -> p.holidays().add(LocalDate.parse("2025-10-01")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 200);
  }

  /**
   * Over random calendars and instants: the last day is never before day N, is a working day,
   * every day between day N and it is a rest day, and the deadline is the next midnight.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theLastDayIsTheFirstWorkingDayFromDayN(long seed) {
    Random random = new Random(seed);
    LocalDate base = LocalDate.parse("2025-01-01").plusDays(random.nextInt(365));
    Set<LocalDate> holidays = new HashSet<>();
    Set<LocalDate> makeUp = new HashSet<>();
    for (int i = 0; i < 40; i++) {
      LocalDate d = base.plusDays(random.nextInt(120));
      boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY
          || d.getDayOfWeek() == DayOfWeek.SUNDAY;
      (weekend && random.nextInt(3) == 0 ? makeUp : holidays).add(d);
    }
    int days = 1 + random.nextInt(60);
    ZoneId zone = random.nextBoolean() ? SHANGHAI : ZoneOffset.ofHours(random.nextInt(27) - 12);
    ConfirmationPeriod p = new ConfirmationPeriod(days, zone, holidays, makeUp,
        random.nextInt(4) > 0);
    Instant at = base.atStartOfDay(zone).toInstant().plusSeconds(random.nextInt(86_400));

    LocalDate dayN = LocalDate.ofInstant(at, zone).plusDays(days);
    LocalDate last = p.lastDay(at);
    assertThat(last).isAfterOrEqualTo(dayN);
    assertThat(p.isRestDay(last)).isFalse();
    for (LocalDate d = dayN; d.isBefore(last); d = d.plusDays(1)) {
      assertThat(p.isRestDay(d)).as("%s, passed over", d).isTrue();
    }
    assertThat(p.deadline(at)).isEqualTo(last.plusDays(1).atStartOfDay(zone).toInstant());
    assertThat(p.deadline(at)).isAfter(at);
  }
}
