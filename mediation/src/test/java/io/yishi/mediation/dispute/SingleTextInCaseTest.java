package io.yishi.mediation.dispute;

import static io.yishi.mediation.dispute.Neighbours.CHEN;
import static io.yishi.mediation.dispute.Neighbours.LI;
import static io.yishi.mediation.dispute.Neighbours.REGISTRY;
import static io.yishi.mediation.dispute.Neighbours.START;
import static io.yishi.mediation.dispute.Neighbours.WANG;
import static io.yishi.mediation.dispute.Neighbours.WANG_SON;
import static io.yishi.mediation.dispute.Neighbours.ZHANG;
import static io.yishi.mediation.dispute.Neighbours.ZHAO;
import static io.yishi.mediation.dispute.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.core.consultation.EventLog;
import io.yishi.core.json.YishiJson;
import io.yishi.mediation.dispute.MediationAction.AcceptSingleText;
import io.yishi.mediation.dispute.MediationAction.CriticiseSingleText;
import io.yishi.mediation.dispute.MediationAction.ProposeSingleText;
import io.yishi.mediation.dispute.MediationAction.RequestRecusal;
import io.yishi.mediation.dispute.MediationAction.ReviseSingleText;
import io.yishi.mediation.dispute.Neighbours.HandClock;
import io.yishi.mediation.negotiation.SingleText;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mediators work the leak out with a single negotiating text inside the case. */
class SingleTextInCaseTest {

  private static final String V1 = "502 fixes its drain within two weeks";
  private static final String V2 = "502 fixes its drain within two weeks and pays 1,200 yuan for"
      + " 402's ceiling";

  @Test
  void aRevisionAnsweringTheCriticismIsAcceptedByBothParties() throws Exception {
    HandClock clock = new HandClock(START);
    MediationCase c = Scenarios.designated(clock);
    assertThat(c.allowed()).contains("propose-single-text");

    c.submit(new ProposeSingleText(ZHAO, V1));
    assertThat(c.allowed()).contains("accept-single-text", "criticise-single-text")
        .doesNotContain("propose-single-text", "revise-single-text");
    clock.advance(Duration.ofDays(1));
    c.submit(new AcceptSingleText(WANG_SON, "flat-502", 1));
    c.submit(new CriticiseSingleText(ZHANG, "flat-402", 1, "who pays for my ceiling?"));
    assertThat(c.allowed()).contains("revise-single-text");
    clock.advance(Duration.ofDays(1));
    c.submit(new ReviseSingleText(CHEN, List.of("c1"), V2));
    c.submit(new AcceptSingleText(ZHANG, "flat-402", 2));
    c.submit(new AcceptSingleText(WANG, "flat-502", 2));

    SingleText text = c.state().singleText();
    assertThat(text.status()).isEqualTo(SingleText.Status.AGREED);
    assertThat(text.agreed().orElseThrow().text()).isEqualTo(V2);
    assertThat(text.answeredBy("c1").orElseThrow().number()).isEqualTo(2);
    assertThat(c.recordFor(ZHANG).explain()).anySatisfy(line -> assertThat(line)
        .contains("r-chen revises the text, answering [c1]"));

    EventLog back = YishiJson.mapper().readValue(YishiJson.mapper().writeValueAsString(c.log()),
        EventLog.class);
    assertThat(MediationCase.replay(back, clock, REGISTRY).state()).isEqualTo(c.state());
  }

  @Test
  void theTextsRulesAreRefusedAsTheCasesActionsChangingNothing() {
    HandClock clock = new HandClock(START);
    MediationCase c = Scenarios.designated(clock);
    refused(c, new AcceptSingleText(ZHANG, "flat-402", 1),
        "accept-single-text.kind", "no single text");
    refused(c, new ProposeSingleText(ZHANG, V1), "propose-single-text.by", "assigned mediator");
    c.submit(new ProposeSingleText(ZHAO, V1));
    refused(c, new ProposeSingleText(ZHAO, V2), "propose-single-text.kind", "proposed already");
    refused(c, new AcceptSingleText(ZHANG, "flat-502", 1),
        "accept-single-text.by", "does not act for party");
    refused(c, new AcceptSingleText(ZHANG, "flat-402", 2), "accept-single-text.version",
        "current version 1");
    refused(c, new ReviseSingleText(ZHAO, List.of("c1"), V2), "revise-single-text.kind",
        "once every party has responded");
    c.submit(new CriticiseSingleText(ZHANG, "flat-402", 1, "who pays for my ceiling?"));
    refused(c, new AcceptSingleText(ZHANG, "flat-402", 1), "accept-single-text.by",
        "responds once per round");
    c.submit(new CriticiseSingleText(WANG, "flat-502", 1, "two weeks is too short"));
    refused(c, new ReviseSingleText(ZHAO, List.of("c9"), V2), "revise-single-text.answers",
        "c9");
    refused(c, new ReviseSingleText(ZHAO, List.of("c1"), V1), "revise-single-text.text",
        "must change the text");

    c.submit(new RequestRecusal(ZHANG, "flat-402", ZHAO, "he is the Wangs' cousin"));
    refused(c, new ReviseSingleText(CHEN, List.of("c1", "c2"), V2), "revise-single-text.kind",
        "replace [r-zhao]");
    refused(c, new CriticiseSingleText(WANG, "flat-502", 1, "again"), "criticise-single-text.kind",
        "replace [r-zhao]");
    c.submit(new MediationAction.ReplaceMediator(LI, ZHAO, Neighbours.SUN));
    c.submit(new ReviseSingleText(Neighbours.SUN, List.of("c1", "c2"), V2));
    assertThat(c.state().singleText().current().orElseThrow().answers())
        .containsExactly("c1", "c2");
  }

  @Test
  void theTextEndsWithoutAgreementWhenTheRoundsRunOut() {
    HandClock clock = new HandClock(START);
    MediationCase c = MediationCase.apply(Neighbours.leak(), ZHANG, "flat-402",
        Neighbours.parameters("singleTextRounds", 1), clock, REGISTRY);
    c.submit(new MediationAction.AcceptCase(LI));
    c.submit(new MediationAction.ConsentToMediation(WANG, "flat-502"));
    c.submit(new MediationAction.DesignateMediators(LI, List.of(ZHAO), ZHAO));
    c.submit(new ProposeSingleText(ZHAO, V1));
    c.submit(new AcceptSingleText(WANG, "flat-502", 1));
    c.submit(new CriticiseSingleText(ZHANG, "flat-402", 1, "who pays?"));

    assertThat(c.state().singleText().status()).isEqualTo(SingleText.Status.NO_AGREEMENT);
    assertThat(c.allowed()).doesNotContain("revise-single-text", "propose-single-text")
        .contains("terminate-mediation", "draft-agreement");
    refused(c, new ReviseSingleText(ZHAO, List.of("c1"), V2), "revise-single-text.kind",
        "nothing follows the end");
  }
}
