package io.yishi.mediation.dispute;

import static io.yishi.mediation.dispute.Neighbours.LI;
import static io.yishi.mediation.dispute.Neighbours.REGISTRY;
import static io.yishi.mediation.dispute.Neighbours.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.community.ResidentId;
import io.yishi.core.consultation.Command;
import io.yishi.core.consultation.Consultation;
import io.yishi.core.consultation.ConsultationId;
import io.yishi.core.consultation.ConsultationSpec;
import io.yishi.core.consultation.EventLog;
import io.yishi.core.consultation.TamperedLogException;
import io.yishi.core.electorate.Electorate;
import io.yishi.core.electorate.Member;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.electorate.Scope;
import io.yishi.core.electorate.Weighting;
import io.yishi.core.issue.Category;
import io.yishi.core.issue.Issue;
import io.yishi.core.issue.IssueId;
import io.yishi.core.json.YishiJson;
import io.yishi.core.method.interest.InterestAction.CloseRound;
import io.yishi.core.method.interest.InterestAction.DeclareGroup;
import io.yishi.core.method.interest.InterestAction.OpenRound;
import io.yishi.core.method.interest.InterestAction.ProposeOption;
import io.yishi.core.method.interest.InterestAction.RateOption;
import io.yishi.core.method.interest.InterestAction.StartEvaluation;
import io.yishi.core.method.interest.InterestAction.StateInterest;
import io.yishi.core.method.interest.InterestAction.StatePosition;
import io.yishi.core.method.interest.InterestRoundsState;
import io.yishi.core.spi.Action;
import io.yishi.core.spi.DecisionRule;
import io.yishi.core.spi.Parameters;
import io.yishi.mediation.dispute.MediationAction.ConsentToMediation;
import io.yishi.mediation.dispute.MediationAction.TakeUpCase;
import io.yishi.mediation.dispute.Neighbours.HandClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Interest rounds between shop tenants and residents that end without agreement hand the issue
 * to mediation (RULES.md §2, step 8); the committee takes the referred dispute up (§3.5, Art.
 * 17). The rounds are driven through core's public API only.
 */
class ReferralTest {

  private static final ResidentId WORKER = new ResidentId("r-worker");
  private static final ResidentId SHOP_1 = new ResidentId("r-shop-1");
  private static final ResidentId SHOP_2 = new ResidentId("r-shop-2");
  private static final ResidentId RES_1 = new ResidentId("r-res-1");
  private static final ResidentId RES_2 = new ResidentId("r-res-2");

  private static void act(Consultation c, Action a) {
    c.submit(new Command.Act(a));
  }

  private static InterestRoundsState rounds(Consultation c) {
    return (InterestRoundsState) c.state().methodState().orElseThrow();
  }

  /** One round's interest rounds, prepared and open, the bay proposed and under evaluation. */
  private static Consultation evaluating(HandClock clock) {
    List<Member> members = new ArrayList<>();
    for (ResidentId r : List.of(WORKER, SHOP_1, SHOP_2, RES_1, RES_2)) {
      members.add(Member.of(MemberId.of(r)));
    }
    Consultation c = Consultation.open(ConsultationSpec.builder()
        .id(new ConsultationId("loading-rounds"))
        .title("Deliveries on Stairwell Road")
        .issue(new Issue(new IssueId("loading"), "Deliveries on Stairwell Road",
            Category.PARKING, Scope.community()))
        .method("interest-rounds")
        .methodParameters(Parameters.of(Map.of("rounds", 1, "fallback", "mediation",
            "facilitators", List.of(WORKER.value()))))
        .rule(DecisionRule.NONE)
        .electorate(Electorate.of(Weighting.PER_PERSON, members))
        .build(), clock, REGISTRY);
    act(c, new DeclareGroup(WORKER, "shops", "Shop tenants", List.of(SHOP_1, SHOP_2),
        List.of(SHOP_1)));
    act(c, new DeclareGroup(WORKER, "residents", "Residents of stairwell 3",
        List.of(RES_1, RES_2), List.of()));
    c.submit(new Command.AdvancePhase(WORKER, "interests"));
    act(c, new StatePosition(SHOP_1, "shops", "a loading bay at the door"));
    act(c, new StateInterest(SHOP_1, "shops", "loading", "unload deliveries by 10:00", 2));
    act(c, new StateInterest(RES_2, "residents", "quiet", "no engines before 7:00", 1));
    act(c, new StateInterest(RES_1, "residents", "safe-walking", "children walk safely", 1));
    c.submit(new Command.AdvancePhase(WORKER, "rounds"));
    act(c, new OpenRound(WORKER));
    act(c, new ProposeOption(SHOP_1, "bay", "Loading bay", "a bay at the door, 6:00-10:00",
        List.of("loading"), null));
    act(c, new StartEvaluation(WORKER, List.of("noise rules")));
    act(c, new RateOption(SHOP_1, "shops", "bay", Map.of("loading", 9)));
    act(c, new RateOption(RES_1, "residents", "bay", Map.of("quiet", 2, "safe-walking", 4)));
    return c;
  }

  /** The rounds closed without agreement: the issue is handed to mediation. */
  private static Consultation handedOver(HandClock clock) {
    Consultation c = evaluating(clock);
    act(c, new CloseRound(WORKER));
    assertThat(rounds(c).mediation()).as("handed to mediation").isNotNull();
    return c;
  }

  @Test
  void roundsWithoutAgreementBecomeADisputeWhosePartiesAreTheGroups() {
    HandClock clock = new HandClock(START);
    Consultation rounds = handedOver(clock);
    Dispute d = Dispute.fromInterestRounds(rounds, "loading-2025", "Deliveries at the door");

    assertThat(d.category()).isEqualTo(Category.PARKING);
    assertThat(d.partyIds()).containsExactly("shops", "residents");
    Party shops = d.party("shops").orElseThrow();
    assertThat(shops.kind()).isEqualTo(Party.Kind.GROUP);
    assertThat(shops.name()).isEqualTo("Shop tenants");
    assertThat(shops.members()).as("its representatives").containsExactly(SHOP_1);
    assertThat(d.party("residents").orElseThrow().members()).as("no representatives: members")
        .containsExactly(RES_1, RES_2);
    assertThat(d.matters()).extracting(Matter::id).containsExactly("quiet", "safe-walking");
    assertThat(d.matters()).extracting(Matter::description)
        .containsExactly("no engines before 7:00", "children walk safely");
    assertThat(d.positions()).containsExactly(
        new Position("shops", List.of("a loading bay at the door"),
            List.of("unload deliveries by 10:00")),
        new Position("residents",
            List.of("took part in interest rounds loading-rounds without agreement"),
            List.of("no engines before 7:00", "children walk safely")));

    Referral r = d.referral();
    assertThat(r.consultation()).isEqualTo(new ConsultationId("loading-rounds"));
    assertThat(r.method()).isEqualTo("interest-rounds");
    assertThat(r.headHash()).isEqualTo(rounds.log().headHash());
    assertThat(r.round()).isEqualTo(1);
    assertThat(r.options()).containsExactly("bay");
    assertThat(r.holdouts()).containsExactly("residents");
    assertThat(r.unresolved()).containsExactly("quiet", "safe-walking");
    rounds.log().verify(r.headHash());
  }

  @Test
  void theCommitteeTakesTheReferredDisputeUpAndTheCaseRecordsTheReferral() throws Exception {
    HandClock clock = new HandClock(START);
    Consultation rounds = handedOver(clock);
    Dispute d = Dispute.fromInterestRounds(rounds, "loading-2025", "Deliveries at the door");
    MediationCase c = MediationCase.takeUp(d, LI, "referred by interest rounds",
        Neighbours.parameters(), clock, REGISTRY);

    CaseState s = c.state();
    assertThat(s.status()).isEqualTo(CaseStatus.APPLIED);
    assertThat(s.accepted()).isTrue();
    assertThat(s.applicant()).isNull();
    assertThat(s.dispute()).isEqualTo(d);
    assertThat(s.dispute().referral().headHash()).isEqualTo(rounds.log().headHash());
    assertThat(s.last()).isEqualTo(new TakeUpCase(LI, d, "referred by interest rounds"));
    assertThat(c.consultation().id()).isEqualTo(new ConsultationId("loading-2025"));

    c.submit(new ConsentToMediation(SHOP_1, "shops"));
    c.submit(new ConsentToMediation(RES_2, "residents"));
    assertThat(c.state().status()).isEqualTo(CaseStatus.IN_MEDIATION);
    assertThat(c.recordFor(RES_1).role()).isEqualTo(CaseRecord.Role.PARTY);

    // the referral survives the case's log read back from JSON and replayed
    String json = YishiJson.mapper().writeValueAsString(c.log());
    MediationCase replayed = MediationCase.replay(
        YishiJson.mapper().readValue(json, EventLog.class), clock, REGISTRY);
    assertThat(replayed.state()).isEqualTo(c.state());
    assertThat(replayed.state().dispute().referral()).isEqualTo(d.referral());
  }

  @Test
  void theReferralPinsTheRoundsLogAsItStoodWhenHandedOver() {
    HandClock clock = new HandClock(START);
    Consultation rounds = handedOver(clock);
    Referral r = Dispute.fromInterestRounds(rounds, "loading-2025", "Deliveries").referral();
    rounds.submit(new Command.AdvancePhase(WORKER, "report"));
    assertThatThrownBy(() -> rounds.log().verify(r.headHash()))
        .isInstanceOf(TamperedLogException.class);
  }

  @Test
  void roundsThatHaveNotHandedTheIssueOverAreRefused() {
    HandClock clock = new HandClock(START);
    Consultation rounds = evaluating(clock);
    assertThatThrownBy(() -> Dispute.fromInterestRounds(rounds, "loading-2025", "Deliveries"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("consultation loading-rounds")
        .hasMessageContaining("has not handed its issue to mediation");
  }

  @Test
  void aConsultationRunWithAnotherMethodIsRefused() {
    HandClock clock = new HandClock(START);
    MediationCase c = Scenarios.designated(clock);
    assertThatThrownBy(() -> Dispute.fromInterestRounds(c.consultation(), "again", "Again"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is run with 'mediation', not interest-rounds");
    // and the rounds' log is no mediation case
    Consultation rounds = handedOver(clock);
    assertThatThrownBy(() -> MediationCase.replay(rounds.log(), clock, REGISTRY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a mediation case");
  }
}
