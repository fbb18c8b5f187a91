package io.yishi.core.electorate;

import static io.yishi.core.community.SampleCommunity.B1;
import static io.yishi.core.community.SampleCommunity.B3;
import static io.yishi.core.community.SampleCommunity.CHEN;
import static io.yishi.core.community.SampleCommunity.DEV;
import static io.yishi.core.community.SampleCommunity.E_NEW;
import static io.yishi.core.community.SampleCommunity.E_OLD;
import static io.yishi.core.community.SampleCommunity.LI;
import static io.yishi.core.community.SampleCommunity.ON;
import static io.yishi.core.community.SampleCommunity.QIAN;
import static io.yishi.core.community.SampleCommunity.SUN;
import static io.yishi.core.community.SampleCommunity.WANG;
import static io.yishi.core.community.SampleCommunity.XIAOMING;
import static io.yishi.core.community.SampleCommunity.ZHAO;
import static io.yishi.core.community.SampleCommunity.ZHOU;
import static io.yishi.core.electorate.Eligibility.adults;
import static io.yishi.core.electorate.Eligibility.everyone;
import static io.yishi.core.electorate.Eligibility.livesInBuilding;
import static io.yishi.core.electorate.Eligibility.livesInEstate;
import static io.yishi.core.electorate.Eligibility.not;
import static io.yishi.core.electorate.Eligibility.or;
import static io.yishi.core.electorate.Eligibility.ownsAnyUnit;
import static io.yishi.core.electorate.Eligibility.ownsUnitInBuilding;
import static io.yishi.core.electorate.Eligibility.ownsUnitInEstate;
import static io.yishi.core.electorate.Eligibility.withRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.community.BuildingId;
import io.yishi.core.community.Community;
import io.yishi.core.community.EstateId;
import io.yishi.core.community.Resident;
import io.yishi.core.community.ResidentId;
import io.yishi.core.community.Role;
import io.yishi.core.community.SampleCommunity;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EligibilityTest {

  private static final Community LIXIONG = SampleCommunity.lixiong();

  /** The residents meeting {@code who} on {@code on}, in community order. */
  private static List<ResidentId> matching(Eligibility who, LocalDate on) {
    return LIXIONG.residents().stream()
        .filter(r -> who.test(r, LIXIONG, on))
        .map(Resident::id)
        .collect(Collectors.toList());
  }

  private static List<ResidentId> matching(Eligibility who) {
    return matching(who, ON);
  }

  @Nested
  class Conditions {

    @Test
    void everyoneMatchesEveryResident() {
      assertThat(matching(everyone())).hasSize(LIXIONG.residents().size());
    }

    @Test
    void adultsDependOnTheReferenceDate() {
      assertThat(matching(adults())).doesNotContain(XIAOMING).hasSize(8);
      assertThat(matching(adults(), LocalDate.of(2030, 5, 9))).doesNotContain(XIAOMING);
      assertThat(matching(adults(), LocalDate.of(2030, 5, 10))).contains(XIAOMING);
    }

    @Test
    void withRoleMatchesHolders() {
      assertThat(matching(withRole(Role.VOLUNTEER))).containsExactly(SUN, QIAN);
      assertThat(matching(withRole(Role.of("garden-club-treasurer")))).isEmpty();
    }

    @Test
    void livingIsWhereTheHouseholdsHomeIs() {
      assertThat(matching(livesInBuilding(B1))).containsExactly(WANG, LI, XIAOMING, ZHAO);
      assertThat(matching(livesInEstate(E_OLD))).containsExactly(WANG, LI, XIAOMING, ZHAO, QIAN);
      assertThat(matching(livesInEstate(E_NEW))).containsExactly(SUN, ZHOU);
    }

    @Test
    void ownerLivingElsewhereLivesNowhereHere() {
      assertThat(matching(livesInEstate(E_OLD))).doesNotContain(CHEN);
      assertThat(matching(ownsUnitInEstate(E_OLD))).contains(CHEN);
    }

    @Test
    void owningCountsSoleAndJointOwnership() {
      assertThat(matching(ownsUnitInEstate(E_OLD))).containsExactly(WANG, LI, CHEN);
      assertThat(matching(ownsUnitInBuilding(B3))).containsExactly(DEV, SUN, ZHOU);
      assertThat(matching(ownsAnyUnit())).containsExactly(WANG, LI, CHEN, DEV, SUN, ZHOU);
    }

    @Test
    void ownerRoleLabelDoesNotMakeAnOwner() {
      Resident labelOnly =
          new Resident(
              new ResidentId("r-label"), "标签", LocalDate.of(1970, 1, 1), null, Set.of(Role.OWNER));
      assertThat(ownsAnyUnit().test(labelOnly, LIXIONG, ON)).isFalse();
      assertThat(matching(ownsAnyUnit())).doesNotContain(ZHAO);
    }

    @Test
    void unknownPlacesMatchNobody() {
      assertThat(matching(livesInBuilding(new BuildingId("b9")))).isEmpty();
      assertThat(matching(ownsUnitInEstate(new EstateId("e9")))).isEmpty();
    }
  }

  @Nested
  class Combinators {

    @Test
    void andRequiresEveryCondition() {
      assertThat(matching(adults().and(livesInBuilding(B1)))).containsExactly(WANG, LI, ZHAO);
      assertThat(matching(Eligibility.and(adults(), livesInBuilding(B1), withRole(Role.TENANT))))
          .containsExactly(ZHAO);
    }

    @Test
    void orRequiresAnyCondition() {
      assertThat(matching(or(withRole(Role.VETERAN), ownsUnitInBuilding(B3))))
          .containsExactly(DEV, SUN, ZHOU, QIAN);
    }

    @Test
    void notInvertsACondition() {
      assertThat(matching(not(adults()))).containsExactly(XIAOMING);
      assertThat(matching(adults().and(not(ownsAnyUnit())))).containsExactly(ZHAO, QIAN);
    }

    @Test
    void notOfNotIsTheCondition() {
      assertThat(not(not(adults()))).isEqualTo(adults());
    }

    @Test
    void nestedAndsAndOrsAreFlattened() {
      Eligibility chained = adults().and(livesInBuilding(B1)).and(withRole(Role.PARTY_MEMBER));
      assertThat(chained)
          .isEqualTo(
              new Eligibility.AllOf(
                  List.of(adults(), livesInBuilding(B1), withRole(Role.PARTY_MEMBER))));
      assertThat(or(or(withRole(Role.VETERAN), withRole(Role.TENANT)), ownsAnyUnit()))
          .isEqualTo(
              new Eligibility.AnyOf(
                  List.of(withRole(Role.VETERAN), withRole(Role.TENANT), ownsAnyUnit())));
    }

    @Test
    void singleConditionIsReturnedAsItIs() {
      assertThat(or(adults())).isEqualTo(adults());
    }

    @Test
    void conditionsAreValues() {
      assertThat(withRole(Role.VETERAN)).isEqualTo(withRole(Role.of("veteran")));
      assertThat(livesInEstate(E_OLD)).isNotEqualTo(livesInEstate(E_NEW));
    }

    @Test
    void rejectsEmptyCombinations() {
      assertThatThrownBy(() -> Eligibility.and())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("and: needs at least one condition");
      assertThatThrownBy(() -> or())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("or: needs at least one condition");
      assertThatThrownBy(() -> new Eligibility.AllOf(List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("all-of: conditions must not be empty");
    }
  }

  @Nested
  class Describe {

    @Test
    void describesTheExampleOfTheDocumentation() {
      assertThat(adults().and(livesInBuilding(B1)).and(withRole(Role.PARTY_MEMBER)).describe())
          .isEqualTo("adults living in building b1 and holding role party-member");
    }

    @Test
    void describesEachCondition() {
      assertThat(everyone().describe()).isEqualTo("everyone");
      assertThat(adults().describe()).isEqualTo("adults");
      assertThat(withRole(Role.VETERAN).describe()).isEqualTo("residents holding role veteran");
      assertThat(livesInEstate(E_OLD).describe()).isEqualTo("residents living in estate e-old");
      assertThat(livesInBuilding(B1).describe()).isEqualTo("residents living in building b1");
      assertThat(ownsUnitInEstate(E_NEW).describe())
          .isEqualTo("residents owning a unit in estate e-new");
      assertThat(ownsUnitInBuilding(B3).describe())
          .isEqualTo("residents owning a unit in building b3");
      assertThat(ownsAnyUnit().describe()).isEqualTo("residents owning a unit");
    }

    @Test
    void describesNegations() {
      assertThat(not(adults()).describe()).isEqualTo("residents under 18");
      assertThat(adults().and(not(withRole(Role.TENANT))).describe())
          .isEqualTo("adults not holding role tenant");
      assertThat(not(ownsAnyUnit().and(livesInEstate(E_OLD))).describe())
          .isEqualTo("residents not (owning a unit and living in estate e-old)");
      assertThat(not(everyone()).describe()).isEqualTo("residents matching nobody");
    }

    @Test
    void describesAlternativesAndBracketsThemInsideAnd() {
      assertThat(or(withRole(Role.VETERAN), withRole(Role.PARTY_MEMBER)).describe())
          .isEqualTo("residents holding role veteran or holding role party-member");
      assertThat(
              Eligibility.and(
                      adults(),
                      or(withRole(Role.VETERAN), withRole(Role.PARTY_MEMBER)),
                      livesInBuilding(B1))
                  .describe())
          .isEqualTo(
              "adults (holding role veteran or holding role party-member)"
                  + " and living in building b1");
      assertThat(or(adults(), withRole(Role.VOLUNTEER)).describe())
          .isEqualTo("residents aged 18 or over or holding role volunteer");
    }

    @Test
    void conditionsThatRestrictNothingVanish() {
      assertThat(Eligibility.and(everyone(), everyone()).describe()).isEqualTo("everyone");
      assertThat(adults().and(everyone()).describe()).isEqualTo("adults");
      assertThat(everyone().and(ownsAnyUnit()).describe()).isEqualTo("residents owning a unit");
      assertThat(or(everyone(), withRole(Role.VETERAN)).describe()).isEqualTo("everyone");
    }
  }
}
