package io.yishi.mediation.dispute;

import static io.yishi.mediation.dispute.Neighbours.LI;
import static io.yishi.mediation.dispute.Neighbours.REGISTRY;
import static io.yishi.mediation.dispute.Neighbours.START;
import static io.yishi.mediation.dispute.Neighbours.WANG;
import static io.yishi.mediation.dispute.Neighbours.ZHANG;
import static io.yishi.mediation.dispute.Neighbours.ZHAO;
import static io.yishi.mediation.dispute.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.consultation.Command;
import io.yishi.core.consultation.ConsultationEvent.FactRecorded;
import io.yishi.core.consultation.Receipt;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import io.yishi.mediation.dispute.MediationAction.ApplyForConfirmation;
import io.yishi.mediation.dispute.MediationAction.DesignateMediators;
import io.yishi.mediation.dispute.MediationAction.DraftAgreement;
import io.yishi.mediation.dispute.MediationAction.RecordPerformance;
import io.yishi.mediation.dispute.MediationAction.SealAgreement;
import io.yishi.mediation.dispute.MediationAction.SignAgreement;
import io.yishi.mediation.dispute.MediationFact.ConfirmationPeriodEnded;
import io.yishi.mediation.dispute.Neighbours.HandClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 30 days in which the parties may jointly apply for judicial confirmation of a written
 * agreement (RULES.md §3.5, Art. 33; Civil Code Art. 201, 203), at the boundaries of days,
 * weekends, the 2025 May Day holidays and a make-up workday, counted in Shanghai while the
 * clock runs in UTC.
 */
class ConfirmationDeadlineTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final String COURT = "Xuhui District People's Court";

  /** {@return the instant of a local time in Shanghai, e.g. "2025-03-06T14:00"} */
  private static Instant cst(String localDateTime) {
    return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
  }

  /** The agreement sealed at each instant, and the last day the parties may apply on. */
  static Stream<Arguments> sealings() {
    return Stream.of(
        Arguments.of("a Tuesday: day 30 a Thursday", cst("2025-03-04T10:00"), "2025-04-03"),
        Arguments.of("day 30 a Saturday moves to Monday", cst("2025-03-06T14:00"),
            "2025-04-07"),
        Arguments.of("day 30 a Sunday moves to Monday", cst("2025-03-07T14:00"), "2025-04-07"),
        Arguments.of("day 30 the make-up workday Sunday 27 April stays", cst("2025-03-28T14:00"),
            "2025-04-27"),
        Arguments.of("day 30 on 1 May moves past the holidays and the weekend to 6 May",
            cst("2025-04-01T09:00"), "2025-05-06"),
        Arguments.of("day 30 on Saturday 3 May moves past Monday 5 May, a holiday",
            cst("2025-04-03T09:00"), "2025-05-06"),
        Arguments.of("day 30 on 5 May, a holiday after a weekend", cst("2025-04-05T09:00"),
            "2025-05-06"),
        Arguments.of("sealed 23:30 CST on Wednesday 5 March", cst("2025-03-05T23:30"),
            "2025-04-04"),
        Arguments.of("sealed 00:30 CST on Thursday 6 March, the same UTC day",
            cst("2025-03-06T00:30"), "2025-04-07"),
        Arguments.of("sealed in the last nanosecond of 5 March CST",
            cst("2025-03-05T23:59:59.999999999"), "2025-04-04"),
        Arguments.of("sealed at midnight starting 6 March CST", cst("2025-03-06T00:00"),
            "2025-04-07"));
  }

  /** A case whose draft both parties and Zhao signed on 3 March, sealed by Li at {@code at}. */
  private static MediationCase sealedAt(HandClock clock, Instant at) {
    MediationCase c = Neighbours.started(clock);
    c.submit(new DesignateMediators(LI, List.of(ZHAO), ZHAO));
    c.submit(new DraftAgreement(ZHAO, Neighbours.settlement(Scenarios.DUE)));
    c.submit(new SignAgreement(ZHANG));
    c.submit(new SignAgreement(WANG));
    c.submit(new SignAgreement(ZHAO));
    assertThat(clock.instant()).isBefore(at);
    clock.set(at);
    c.submit(new SealAgreement(LI));
    return c;
  }

  private static Instant deadline(String lastDay) {
    return LocalDate.parse(lastDay).plusDays(1).atStartOfDay(SHANGHAI).toInstant();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sealings")
  void theLastDayIsDay30MovedPastRestDaysAndEndsAtMidnightInShanghai(String what,
      Instant sealed, String lastDay) {
    HandClock clock = new HandClock(START);
    Agreement agreement = sealedAt(clock, sealed).state().agreement();
    assertThat(agreement.effectiveAt()).isEqualTo(sealed);
    assertThat(agreement.confirmationLastDay()).isEqualTo(LocalDate.parse(lastDay));
    assertThat(agreement.confirmationDeadline()).isEqualTo(deadline(lastDay));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sealings")
  void applicationsInTheLastNanosecondOfTheLastDayAreAccepted(String what, Instant sealed,
      String lastDay) {
    HandClock clock = new HandClock(START);
    MediationCase c = sealedAt(clock, sealed);
    clock.set(deadline(lastDay).minusSeconds(1));
    c.submit(new ApplyForConfirmation(ZHANG, "flat-402", COURT));
    clock.set(deadline(lastDay).minusNanos(1));
    c.submit(new ApplyForConfirmation(WANG, "flat-502", COURT));

    assertThat(c.state().status()).isEqualTo(CaseStatus.CONFIRMATION_REQUESTED);
    assertThat(c.state().confirmationPeriodEnded()).isFalse();
    assertThat(c.state().court()).isEqualTo(COURT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sealings")
  void anApplicationAtTheDeadlineIsRefusedNamingTheLastDay(String what, Instant sealed,
      String lastDay) {
    HandClock clock = new HandClock(START);
    MediationCase c = sealedAt(clock, sealed);
    clock.set(deadline(lastDay));
    refused(c, new ApplyForConfirmation(ZHANG, "flat-402", COURT),
        "apply-for-confirmation.kind", "the period for applying ended with " + lastDay,
        "30 days", "Art. 33");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sealings")
  void afterTheDeadlineTheNextCommandFirstRecordsThatThePeriodEnded(String what,
      Instant sealed, String lastDay) {
    HandClock clock = new HandClock(START);
    MediationCase c = sealedAt(clock, sealed);
    clock.set(deadline(lastDay).minusNanos(1));
    assertThat(c.consultation().submit(new Command.CheckDeadlines(LI)).events()).isEmpty();

    clock.set(deadline(lastDay));
    Receipt receipt = c.submit(new RecordPerformance(ZHAO, 1, "drain repaired"));
    assertThat(receipt.events()).extracting(e -> ((FactRecorded) e.event()).fact())
        .first().isEqualTo(new ConfirmationPeriodEnded(LocalDate.parse(lastDay)));
    assertThat(receipt.events()).extracting(e -> ((FactRecorded) e.event()).fact().type())
        .containsExactly("confirmation-period-ended", "action-taken");
    assertThat(c.state().confirmationPeriodEnded()).isTrue();
    assertThat(c.allowed()).contains("record-performance")
        .doesNotContain("apply-for-confirmation");
    assertThat(c.consultation().submit(new Command.CheckDeadlines(LI)).events()).isEmpty();
  }

  @Test
  void aCheckOfTheDeadlinesRecordsTheEndWhenNothingElseHappens() {
    HandClock clock = new HandClock(START);
    MediationCase c = sealedAt(clock, cst("2025-03-06T14:00"));
    c.submit(new ApplyForConfirmation(ZHANG, "flat-402", COURT));
    clock.set(cst("2025-04-08T00:00"));
    // a refused application records nothing, not even the passing of the deadline
    refused(c, new ApplyForConfirmation(WANG, "flat-502", COURT),
        "apply-for-confirmation.kind", "ended with 2025-04-07");
    assertThat(c.state().confirmationPeriodEnded()).isFalse();

    Receipt receipt = c.consultation().submit(new Command.CheckDeadlines(LI));
    assertThat(receipt.events()).extracting(e -> ((FactRecorded) e.event()).fact())
        .containsExactly(new ConfirmationPeriodEnded(LocalDate.parse("2025-04-07")));
    CaseState s = c.state();
    assertThat(s.confirmationPeriodEnded()).isTrue();
    assertThat(s.status()).isEqualTo(CaseStatus.AGREED);
    assertThat(s.confirmationApplicants()).containsExactly("flat-402");
    refused(c, new ApplyForConfirmation(WANG, "flat-502", COURT),
        "apply-for-confirmation.kind", "ended with 2025-04-07");
  }

  @Test
  void thePeriodEndsAlsoForAPerformedAgreement() {
    HandClock clock = new HandClock(START);
    MediationCase c = sealedAt(clock, cst("2025-03-06T14:00"));
    for (int term = 1; term <= 3; term++) {
      c.submit(new RecordPerformance(ZHAO, term, ""));
    }
    assertThat(c.state().status()).isEqualTo(CaseStatus.PERFORMED);
    assertThat(c.allowed()).contains("apply-for-confirmation");
    clock.set(cst("2025-04-08T00:00"));
    c.consultation().submit(new Command.CheckDeadlines(LI));
    assertThat(c.state().confirmationPeriodEnded()).isTrue();
    assertThat(c.allowed()).doesNotContain("apply-for-confirmation");
  }

  @Test
  void theLengthAndTheCalendarAreParameters() {
    HandClock clock = new HandClock(START);
    Parameters p = Neighbours.parameters().with("confirmationDays", 10)
        .with("weekendsAreRestDays", false).with("zone", "UTC");
    MediationCase c = MediationCase.apply(Neighbours.leak(), ZHANG, "flat-402", p, clock,
        REGISTRY);
    c.submit(new MediationAction.AcceptCase(LI));
    c.submit(new MediationAction.ConsentToMediation(WANG, "flat-502"));
    c.submit(new DesignateMediators(LI, List.of(ZHAO), ZHAO));
    c.submit(new DraftAgreement(ZHAO, Neighbours.settlement(Scenarios.DUE)));
    c.submit(new SignAgreement(ZHANG));
    c.submit(new SignAgreement(WANG));
    c.submit(new SignAgreement(ZHAO));
    // 23:30 UTC on Wednesday 26 March is Thursday in Shanghai, but days count in UTC here;
    // day 10 is Saturday 5 April, a working day with weekendsAreRestDays off
    clock.set(Instant.parse("2025-03-26T23:30:00Z"));
    c.submit(new SealAgreement(LI));
    assertThat(c.state().agreement().confirmationLastDay()).isEqualTo(LocalDate.parse(
        "2025-04-05"));
    assertThat(c.state().agreement().confirmationDeadline())
        .isEqualTo(Instant.parse("2025-04-06T00:00:00Z"));
  }

  @Test
  void badCalendarParametersAreRefusedWhenTheCaseOpens() {
    HandClock clock = new HandClock(START);
    assertThatThrownBy(() -> open(Neighbours.parameters("confirmationDays", 0), clock))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("confirmationDays").hasMessageContaining("1 to 3650");
    assertThatThrownBy(() -> open(Neighbours.parameters("zone", "Mars/Olympus"), clock))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("zone");
    assertThatThrownBy(() -> open(Neighbours.parameters("holidays", List.of("2025-13-01")),
        clock)).isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("holidays").hasMessageContaining("ISO dates");
    assertThatThrownBy(() -> open(Neighbours.parameters("committee", List.of("r-li",
        "r-zhao")), clock)).isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("committee").hasMessageContaining("3 to 9");
  }

  private static MediationCase open(Parameters p, HandClock clock) {
    return MediationCase.apply(Neighbours.leak(), ZHANG, "flat-402", p, clock, REGISTRY);
  }

  @Test
  void anAgreementStaysOpenToApplicationsForTheWholePeriod() {
    HandClock clock = new HandClock(START);
    MediationCase c = sealedAt(clock, cst("2025-03-06T14:00"));
    clock.advance(Duration.ofDays(29));
    assertThat(c.allowed()).contains("apply-for-confirmation");
    c.submit(new ApplyForConfirmation(WANG, "flat-502", COURT));
    refused(c, new ApplyForConfirmation(Neighbours.WANG_SON, "flat-502", COURT),
        "apply-for-confirmation.party", "has applied already");
    refused(c, new ApplyForConfirmation(ZHANG, "flat-402", " "),
        "apply-for-confirmation.court", "must not be blank");
  }
}
