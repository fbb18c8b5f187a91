package io.yishi.mediation.dispute;

import static io.yishi.mediation.dispute.Neighbours.LI;
import static io.yishi.mediation.dispute.Neighbours.REGISTRY;
import static io.yishi.mediation.dispute.Neighbours.START;
import static io.yishi.mediation.dispute.Neighbours.WANG;
import static io.yishi.mediation.dispute.Neighbours.ZHANG;
import static io.yishi.mediation.dispute.Neighbours.ZHAO;
import static io.yishi.mediation.dispute.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.core.consultation.ConsultationEvent.FactRecorded;
import io.yishi.core.spi.Parameters;
import io.yishi.mediation.dispute.MediationAction.AcceptCase;
import io.yishi.mediation.dispute.MediationAction.ApplyForConfirmation;
import io.yishi.mediation.dispute.MediationAction.ConsentToMediation;
import io.yishi.mediation.dispute.MediationAction.DesignateMediators;
import io.yishi.mediation.dispute.MediationAction.DraftAgreement;
import io.yishi.mediation.dispute.MediationAction.OpenSession;
import io.yishi.mediation.dispute.MediationAction.RecordOralAgreement;
import io.yishi.mediation.dispute.MediationAction.RecordPerformance;
import io.yishi.mediation.dispute.MediationAction.SealAgreement;
import io.yishi.mediation.dispute.MediationAction.SignAgreement;
import io.yishi.mediation.dispute.MediationFact.AgreementInForce;
import io.yishi.mediation.dispute.Neighbours.HandClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a written or oral agreement must say (RULES.md §3.5, Art. 28-30), drafts replacing
 * drafts, and oral agreements in force as reached.
 */
class AgreementContentTest {

  private static final LocalDate DUE = Scenarios.DUE;
  private static final String FACTS = "502's drain leaked into 402";
  private static final String DUTIES = "502 is responsible";

  private static Term term(String party, String manner, LocalDate due) {
    return new Term(party, "repairs the drain", manner, due, "");
  }

  private static AgreementContent content(List<String> matters, List<Term> terms) {
    return new AgreementContent(FACTS, matters, DUTIES, terms);
  }

  private static MediationCase designated(Parameters parameters, HandClock clock) {
    MediationCase c = MediationCase.apply(Neighbours.leak(), ZHANG, "flat-402", parameters,
        clock, REGISTRY);
    c.submit(new AcceptCase(LI));
    c.submit(new ConsentToMediation(WANG, "flat-502"));
    c.submit(new DesignateMediators(LI, List.of(ZHAO), ZHAO));
    return c;
  }

  static Stream<Arguments> refusedContent() {
    Term good = term("flat-502", "a licensed plumber", DUE);
    return Stream.of(
        Arguments.of("no matters", content(List.of(), List.of(good)), "content.matters",
            "must name the matters settled"),
        Arguments.of("an unknown matter", content(List.of("leak", "noise"), List.of(good)),
            "content.matters", "must be a matter of the case [leak, repair]"),
        Arguments.of("a matter twice", content(List.of("leak", "leak"), List.of(good)),
            "content.matters", "must not name a matter twice"),
        Arguments.of("no terms", content(List.of("leak"), List.of()), "content.terms",
            "must hold at least one term"),
        Arguments.of("a term for an unknown party", content(List.of("leak"),
            List.of(good, term("flat-302", "a plumber", DUE))), "content.terms[2].party",
            "must be a party of the case [flat-502, flat-402]"),
        Arguments.of("a blank obligation", content(List.of("leak"),
            List.of(new Term("flat-502", " ", "a plumber", DUE, ""))),
            "content.terms[1].obligation", "must not be blank"),
        Arguments.of("blank facts", new AgreementContent(" ", List.of("leak"), DUTIES,
            List.of(good)), "content.facts", "must not be blank"),
        Arguments.of("blank responsibilities", new AgreementContent(FACTS, List.of("leak"), "",
            List.of(good)), "content.responsibilities", "must not be blank"),
        Arguments.of("no manner", content(List.of("leak"), List.of(term("flat-502", "", DUE))),
            "content.terms[1].manner", "must not be blank"),
        Arguments.of("no due date", content(List.of("leak"),
            List.of(good, term("flat-402", "by appointment", null))), "content.terms[2].due",
            "time limit of performance"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedContent")
  void aWrittenDraftIsRefusedWhenItsContentIsIncomplete(String what, AgreementContent content,
      String field, String rule) {
    HandClock clock = new HandClock(START);
    MediationCase c = designated(Neighbours.parameters(), clock);
    refused(c, new DraftAgreement(ZHAO, content), "draft-agreement." + field, rule);
  }

  @Test
  void withoutRequiredWrittenContentFactsResponsibilitiesMannerAndDueDateMayBeLeftOut() {
    HandClock clock = new HandClock(START);
    MediationCase c = designated(Neighbours.parameters("requireWrittenContent", false), clock);
    AgreementContent bare = new AgreementContent("", List.of("leak"), "",
        List.of(new Term("flat-502", "repairs the drain", "", null, "")));
    c.submit(new DraftAgreement(ZHAO, bare));
    assertThat(c.state().draft().content()).isEqualTo(bare);

    // the rest of the content is still required
    refused(c, new DraftAgreement(ZHAO, new AgreementContent("", List.of(), "",
        bare.terms())), "draft-agreement.content.matters", "must name the matters settled");
    refused(c, new DraftAgreement(ZHAO, new AgreementContent("", List.of("leak"), "",
        List.of())), "draft-agreement.content.terms", "at least one term");
  }

  @Test
  void aDueDateBeforeTodayInTheMethodsZoneIsRefused() {
    // 17:00 UTC on 3 March is already 01:00 on 4 March in Shanghai
    HandClock clock = new HandClock(Instant.parse("2025-03-03T17:00:00Z"));
    MediationCase c = designated(Neighbours.parameters(), clock);
    LocalDate yesterday = LocalDate.parse("2025-03-03");
    refused(c, new DraftAgreement(ZHAO, content(List.of("leak"),
        List.of(term("flat-502", "a plumber", yesterday)))), "draft-agreement.content.terms[1].due",
        "must not be before today, 2025-03-04");
    refused(c, new RecordOralAgreement(ZHAO, content(List.of("leak"),
        List.of(term("flat-502", "", yesterday)))),
        "record-oral-agreement.content.terms[1].due", "before today");

    c.submit(new DraftAgreement(ZHAO, content(List.of("leak"),
        List.of(term("flat-502", "a plumber", LocalDate.parse("2025-03-04"))))));
    assertThat(c.state().draft()).isNotNull();
  }

  @Test
  void aNewDraftReplacesTheLastAndItsSignatures() {
    HandClock clock = new HandClock(START);
    MediationCase c = Scenarios.signed(clock);
    assertThat(c.state().draft().signatures()).hasSize(3);
    assertThat(c.state().draft().version()).isEqualTo(1);

    AgreementContent revised = content(List.of("leak"),
        List.of(term("flat-502", "a licensed plumber", DUE)));
    c.submit(new DraftAgreement(ZHAO, revised));
    CaseState.Draft draft = c.state().draft();
    assertThat(draft.version()).isEqualTo(2);
    assertThat(draft.content()).isEqualTo(revised);
    assertThat(draft.signatures()).isEmpty();
    refused(c, new SealAgreement(LI), "seal-agreement.kind", "draft 2 lacks the signatures",
        "flat-502", "flat-402", "presiding mediator r-zhao");
    refused(c, new SealAgreement(ZHANG), "seal-agreement.by",
        "member of the mediation committee");

    c.submit(new SignAgreement(ZHANG));
    c.submit(new SignAgreement(WANG));
    c.submit(new SignAgreement(ZHAO));
    c.submit(new SealAgreement(LI));
    assertThat(c.state().agreement().draft()).isEqualTo(2);
    assertThat(c.state().agreement().content()).isEqualTo(revised);
  }

  @Test
  void eachPartySignsOnceThroughOneMember() {
    HandClock clock = new HandClock(START);
    MediationCase c = Scenarios.designated(clock);
    refused(c, new SignAgreement(ZHANG), "sign-agreement.kind", "no draft to sign");
    c.submit(new DraftAgreement(ZHAO, Neighbours.settlement(DUE)));
    c.submit(new SignAgreement(WANG));
    refused(c, new SignAgreement(Neighbours.WANG_SON), "sign-agreement.by",
        "party flat-502 has signed draft 1 already");
    c.submit(new SignAgreement(ZHAO));
    refused(c, new SignAgreement(ZHAO), "sign-agreement.by", "has signed already");
    refused(c, new SignAgreement(Neighbours.CHEN), "sign-agreement.by",
        "nor the presiding mediator");
  }

  @Test
  void anOralAgreementIsInForceAtOnceWithoutAConfirmationPeriod() {
    HandClock clock = new HandClock(START);
    MediationCase c = Scenarios.heard(clock);
    c.submit(new OpenSession(ZHAO, Session.Form.JOINT, null, false));
    clock.advance(Duration.ofHours(1));
    Instant reached = clock.instant();
    var receipt = c.submit(new RecordOralAgreement(ZHAO, new AgreementContent("", List.of(
        "repair"), "", List.of(new Term("flat-502", "pays 1,200 yuan", "", null, "")))));

    assertThat(receipt.events()).hasSize(2);
    assertThat(((FactRecorded) receipt.events().get(1).event()).fact())
        .isEqualTo(new AgreementInForce(Agreement.Form.ORAL, 0, null, null));
    CaseState s = c.state();
    assertThat(s.status()).isEqualTo(CaseStatus.AGREED);
    assertThat(s.openSession()).isEmpty();
    Agreement oral = s.agreement();
    assertThat(oral.form()).isEqualTo(Agreement.Form.ORAL);
    assertThat(oral.effectiveAt()).isEqualTo(reached);
    assertThat(oral.confirmationLastDay()).isNull();
    assertThat(oral.confirmationDeadline()).isNull();
    assertThat(c.allowed()).contains("record-performance")
        .doesNotContain("apply-for-confirmation");
    refused(c, new ApplyForConfirmation(ZHANG, "flat-402", "Xuhui District People's Court"),
        "apply-for-confirmation.kind", "only a written agreement can be confirmed");

    c.submit(new RecordPerformance(LI, 1, "paid in cash before the committee"));
    assertThat(c.state().status()).isEqualTo(CaseStatus.PERFORMED);
    refused(c, new RecordPerformance(LI, 1, ""), "record-performance.kind",
        "no agreement awaiting performance");
  }

  @Test
  void oralAgreementsMayBeDisallowed() {
    HandClock clock = new HandClock(START);
    MediationCase c = designated(Neighbours.parameters("allowOral", false), clock);
    assertThat(c.allowed()).contains("draft-agreement").doesNotContain("record-oral-agreement");
    refused(c, new RecordOralAgreement(ZHAO, Neighbours.settlement(DUE)),
        "record-oral-agreement.kind", "oral agreements are not allowed", "allowOral");
  }

  @Test
  void performanceIsRecordedTermByTermByTheMediatorOrTheCommittee() {
    HandClock clock = new HandClock(START);
    MediationCase c = Scenarios.settled(clock);
    refused(c, new RecordPerformance(ZHANG, 1, ""), "record-performance.by",
        "mediator of the case or a committee member");
    refused(c, new RecordPerformance(ZHAO, 4, ""), "record-performance.term",
        "must be from 1 to 3");
    refused(c, new RecordPerformance(ZHAO, 0, ""), "record-performance.term",
        "must be from 1 to 3");
    c.submit(new RecordPerformance(ZHAO, 2, ""));
    refused(c, new RecordPerformance(LI, 2, ""), "record-performance.term",
        "was recorded as performed already");
    assertThat(c.state().agreement().performed()).containsExactly(2);
    assertThat(c.state().status()).isEqualTo(CaseStatus.AGREED);
  }
}
