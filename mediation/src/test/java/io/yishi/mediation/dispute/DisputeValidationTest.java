package io.yishi.mediation.dispute;

import static io.yishi.mediation.dispute.Neighbours.DOWNSTAIRS;
import static io.yishi.mediation.dispute.Neighbours.UPSTAIRS;
import static io.yishi.mediation.dispute.Neighbours.WANG;
import static io.yishi.mediation.dispute.Neighbours.WANG_SON;
import static io.yishi.mediation.dispute.Neighbours.ZHANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.community.ResidentId;
import io.yishi.core.consultation.ConsultationId;
import io.yishi.core.issue.Category;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A dispute, its parties, matters and positions refuse what cannot be mediated, saying why. */
class DisputeValidationTest {

  private static final List<Matter> MATTERS = List.of(new Matter("leak", "water from 502"));

  private static Dispute dispute(List<Party> parties, List<Matter> matters,
      List<Position> positions) {
    return new Dispute("leak-1", "A leak", Category.NEIGHBOURS, parties, matters, positions,
        null);
  }

  private static Position position(String party) {
    return new Position(party, List.of("it leaks"), List.of("fix it"));
  }

  @Test
  void aDisputeHasAtLeastTwoParties() {
    assertThatThrownBy(() -> dispute(List.of(DOWNSTAIRS), MATTERS, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dispute leak-1: parties: a dispute has at least two parties, was 1");
    assertThatThrownBy(() -> dispute(List.of(), MATTERS, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 0");
  }

  @Test
  void partyIdsAreDistinct() {
    Party otherZhang = Party.person("flat-402", "another 402", new ResidentId("r-zhang-2"));
    assertThatThrownBy(() -> dispute(List.of(DOWNSTAIRS, otherZhang), MATTERS, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dispute leak-1: parties: id 'flat-402' appears twice");
  }

  @Test
  void noResidentActsForTwoParties() {
    Party wangAlone = Party.person("flat-602", "Wang, owner of 602", WANG);
    assertThatThrownBy(() -> dispute(List.of(UPSTAIRS, DOWNSTAIRS, wangAlone), MATTERS,
        List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dispute leak-1: parties: resident r-wang acts for two parties");
  }

  @Test
  void thereIsAtLeastOneMatterAndMatterIdsAreDistinct() {
    assertThatThrownBy(() -> dispute(List.of(UPSTAIRS, DOWNSTAIRS), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dispute leak-1: matters: must name at least one");
    assertThatThrownBy(() -> dispute(List.of(UPSTAIRS, DOWNSTAIRS), List.of(
        new Matter("leak", "water"), new Matter("leak", "more water")), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dispute leak-1: matters: ids must be distinct, was [leak, leak]");
  }

  @Test
  void aPositionIsOfAPartyAndEachPartyStatesOneAtMost() {
    assertThatThrownBy(() -> dispute(List.of(UPSTAIRS, DOWNSTAIRS), MATTERS,
        List.of(position("flat-302")))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dispute leak-1: positions: party 'flat-302' is not a party")
        .hasMessageContaining("flat-402").hasMessageContaining("flat-502");
    assertThatThrownBy(() -> dispute(List.of(UPSTAIRS, DOWNSTAIRS), MATTERS,
        List.of(position("flat-402"), position("flat-402"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dispute leak-1: positions: party 'flat-402' states two positions");
  }

  @Test
  void theIdAndTitleAreChecked() {
    assertThatThrownBy(() -> new Dispute("leak 1", "A leak", Category.NEIGHBOURS,
        List.of(UPSTAIRS, DOWNSTAIRS), MATTERS, List.of(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dispute id: 'leak 1' is not a valid id");
    assertThatThrownBy(() -> new Dispute("leak-1", " ", Category.NEIGHBOURS,
        List.of(UPSTAIRS, DOWNSTAIRS), MATTERS, List.of(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dispute leak-1: title must not be blank");
  }

  @Test
  void theListsAreCopied() {
    List<Party> parties = new ArrayList<>(List.of(UPSTAIRS, DOWNSTAIRS));
    Dispute d = dispute(parties, MATTERS, List.of());
    parties.clear();
    assertThat(d.parties()).containsExactly(UPSTAIRS, DOWNSTAIRS);
    assertThatThrownBy(() -> d.parties().add(DOWNSTAIRS))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theDisputeFindsPartiesAndMatters() {
    Dispute d = Neighbours.leak();
    assertThat(d.partyIds()).containsExactly("flat-502", "flat-402");
    assertThat(d.partyOf(WANG_SON)).contains(UPSTAIRS);
    assertThat(d.partyOf(ZHANG)).contains(DOWNSTAIRS);
    assertThat(d.partyOf(Neighbours.LI)).isEmpty();
    assertThat(d.party("flat-402")).contains(DOWNSTAIRS);
    assertThat(d.party("flat-302")).isEmpty();
    assertThat(d.hasMatter("repair")).isTrue();
    assertThat(d.hasMatter("noise")).isFalse();
  }

  @Test
  void aPartyHasANameAndDistinctMembersAndAPersonExactlyOne() {
    assertThatThrownBy(() -> new Party("flat-502", " ", Party.Kind.HOUSEHOLD, List.of(WANG), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("party flat-502: name must not be blank");
    assertThatThrownBy(() -> new Party("flat-502", "Wangs", Party.Kind.HOUSEHOLD, List.of(),
        "")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("party flat-502: members must name at least one resident");
    assertThatThrownBy(() -> new Party("flat-502", "Wangs", Party.Kind.HOUSEHOLD,
        List.of(WANG, WANG), "")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("party flat-502: members must be distinct, was [r-wang, r-wang]");
    assertThatThrownBy(() -> new Party("r-wang", "Wang", Party.Kind.PERSON,
        List.of(WANG, WANG_SON), "")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("party r-wang: a person has exactly one member, was [r-wang, r-wang-jun]");
    assertThatThrownBy(() -> Party.person("502/1", "Wang", WANG))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("party id: '502/1' is not a valid id");
    assertThat(new Party("stairwell-3", "Stairwell 3 owners", Party.Kind.GROUP,
        List.of(WANG, ZHANG), "").includes(ZHANG)).isTrue();
  }

  @Test
  void aMatterHasAnIdAndADescription() {
    assertThatThrownBy(() -> new Matter("leak", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("matter leak: description must not be blank");
    assertThatThrownBy(() -> new Matter("-leak", "water"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("matter id: '-leak' is not a valid id");
  }

  @Test
  void aPositionStatesFactsAndAsksNoneBlank() {
    assertThatThrownBy(() -> new Position("flat-402", List.of(), List.of("fix it")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("position of flat-402: facts must hold at least one statement, none blank,"
            + " was []");
    assertThatThrownBy(() -> new Position("flat-402", List.of("wet ceiling"), List.of("", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("position of flat-402: asks must hold at least one request");
  }

  @Test
  void aReferralPinsALogByAWellFormedHeadHash() {
    ConsultationId id = new ConsultationId("parking-rounds");
    assertThatThrownBy(() -> new Referral(id, "interest-rounds", "ABC", 1, List.of(), List.of(),
        List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("referral.headHash: must be 64 lower-case hex digits, was 'ABC'");
    assertThatThrownBy(() -> new Referral(id, "interest-rounds", "a".repeat(64), -1, List.of(),
        List.of(), List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("referral.round: must be >= 0, was -1");
  }

  @Test
  void aCaseCannotBeOpenedByAResidentNotActingForTheApplicantParty() {
    Neighbours.HandClock clock = new Neighbours.HandClock(Neighbours.START);
    assertThatThrownBy(() -> MediationCase.apply(Neighbours.leak(), ZHANG, "flat-502",
        Neighbours.parameters(), clock, Neighbours.REGISTRY))
        .isInstanceOf(io.yishi.core.spi.InvalidActionException.class)
        .hasMessageContaining("apply-for-mediation.by")
        .hasMessageContaining("does not act for party flat-502");
    assertThatThrownBy(() -> MediationCase.takeUp(Neighbours.leak(), ZHANG, "we want it",
        Neighbours.parameters(), clock, Neighbours.REGISTRY))
        .isInstanceOf(io.yishi.core.spi.InvalidActionException.class)
        .hasMessageContaining("take-up-case.by")
        .hasMessageContaining("member of the mediation committee");
    assertThatThrownBy(() -> MediationCase.takeUp(Neighbours.leak(), Neighbours.LI, "",
        Neighbours.parameters(), clock, Neighbours.REGISTRY))
        .isInstanceOf(io.yishi.core.spi.InvalidActionException.class)
        .hasMessageContaining("take-up-case.reason");
  }
}
