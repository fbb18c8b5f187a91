package io.yishi.core.community;

import static io.yishi.core.community.SampleCommunity.B1;
import static io.yishi.core.community.SampleCommunity.B2;
import static io.yishi.core.community.SampleCommunity.B3;
import static io.yishi.core.community.SampleCommunity.CENTRE;
import static io.yishi.core.community.SampleCommunity.CHEN;
import static io.yishi.core.community.SampleCommunity.DEV;
import static io.yishi.core.community.SampleCommunity.E_NEW;
import static io.yishi.core.community.SampleCommunity.E_OLD;
import static io.yishi.core.community.SampleCommunity.H1;
import static io.yishi.core.community.SampleCommunity.H2;
import static io.yishi.core.community.SampleCommunity.ID;
import static io.yishi.core.community.SampleCommunity.U101;
import static io.yishi.core.community.SampleCommunity.U102;
import static io.yishi.core.community.SampleCommunity.U201;
import static io.yishi.core.community.SampleCommunity.U202;
import static io.yishi.core.community.SampleCommunity.U301;
import static io.yishi.core.community.SampleCommunity.U302;
import static io.yishi.core.community.SampleCommunity.U303;
import static io.yishi.core.community.SampleCommunity.WANG;
import static io.yishi.core.community.SampleCommunity.XIAOMING;
import static io.yishi.core.community.SampleCommunity.ZHAO;
import static io.yishi.core.community.SampleCommunity.lixiong;
import static io.yishi.core.community.SampleCommunity.resident;
import static io.yishi.core.community.SampleCommunity.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CommunityTest {

  private static final Community LIXIONG = lixiong();

  private static final ResidentId GHOST = new ResidentId("r-ghost");

  @Nested
  class Construction {

    @Test
    void keepsItemsInInsertionOrder() {
      assertThat(LIXIONG.id()).isEqualTo(ID);
      assertThat(LIXIONG.name()).isEqualTo("立雄社区");
      assertThat(LIXIONG.estates()).extracting(Estate::id).containsExactly(E_OLD, E_NEW);
      assertThat(LIXIONG.buildings()).extracting(Building::id).containsExactly(B1, B2, B3);
      assertThat(LIXIONG.units())
          .extracting(Unit::id)
          .containsExactly(U101, U102, U201, U202, U301, U302, U303);
      assertThat(LIXIONG.households()).hasSize(4);
      assertThat(LIXIONG.residents()).hasSize(9).first().extracting(Resident::id).isEqualTo(WANG);
      assertThat(LIXIONG.venues()).extracting(Venue::id).first().isEqualTo(CENTRE);
    }

    @Test
    void acceptsItemsInAnyOrderOfAdding() {
      Community reversed =
          Community.builder(new CommunityId("c"), "c")
              .resident(resident(WANG, "王", "1960-01-01", null))
              .unit(unit(U101, B1, "50", WANG))
              .building(new Building(B1, E_OLD, "1"))
              .estate(new Estate(E_OLD, "old", EstateKind.OLD))
              .build();
      assertThat(reversed.unitsOwnedBy(WANG)).extracting(Unit::id).containsExactly(U101);
    }

    @Test
    void acceptsEmptyCommunity() {
      Community empty = Community.builder(new CommunityId("c"), "空").build();
      assertThat(empty.units()).isEmpty();
      assertThat(empty.residents()).isEmpty();
    }

    @Test
    void listsAreUnmodifiable() {
      assertThatThrownBy(() -> LIXIONG.units().clear())
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> LIXIONG.unitsOwnedBy(CHEN).clear())
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void builderCanBuildAgainAfterMoreItems() {
      Community.Builder builder = lixiong().toBuilder();
      Community before = builder.build();
      Community after =
          builder.estate(new Estate(new EstateId("e-3"), "三区", EstateKind.NEW)).build();
      assertThat(before.estates()).hasSize(2);
      assertThat(after.estates()).hasSize(3);
    }
  }

  @Nested
  class Validation {

    @Test
    void rejectsBlankName() {
      assertThatThrownBy(() -> Community.builder(ID, " ").build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("community lixiong: name must not be blank, was ' '");
    }

    @Test
    void rejectsDuplicateUnitIdNamingIt() {
      assertThatThrownBy(() -> LIXIONG.toBuilder().unit(unit(U102, B2, "50")).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("unit u102: id appears more than once in community lixiong");
    }

    @Test
    void rejectsDuplicateIdsOfEveryKind() {
      assertThatThrownBy(
              () -> LIXIONG.toBuilder().estate(new Estate(E_NEW, "x", EstateKind.OLD)).build())
          .hasMessageContaining("estate e-new: id appears more than once");
      assertThatThrownBy(() -> LIXIONG.toBuilder().building(new Building(B3, E_NEW, "x")).build())
          .hasMessageContaining("building b3: id appears more than once");
      assertThatThrownBy(
              () ->
                  LIXIONG.toBuilder()
                      .household(new Household(H2, U102, Set.of(ZHAO), ZHAO))
                      .build())
          .hasMessageContaining("household h2: id appears more than once");
      assertThatThrownBy(
              () -> LIXIONG.toBuilder().resident(resident(DEV, "x", "1990-01-01", null)).build())
          .hasMessageContaining("resident r-dev: id appears more than once");
      assertThatThrownBy(
              () ->
                  LIXIONG.toBuilder()
                      .venue(new Venue(CENTRE, "x", VenueKind.ONLINE_HALL, null))
                      .build())
          .hasMessageContaining("venue v-centre: id appears more than once");
    }

    @Test
    void rejectsBuildingOfUnknownEstate() {
      Community.Builder builder =
          LIXIONG.toBuilder()
              .building(new Building(new BuildingId("b9"), new EstateId("e9"), "9栋"));
      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("building b9: estate 'e9' is not in the community");
    }

    @Test
    void rejectsUnitInUnknownBuilding() {
      Community.Builder builder =
          LIXIONG.toBuilder().unit(unit(new UnitId("u-3"), new BuildingId("b9"), "50"));
      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("unit u-3: building 'b9' is not in the community");
    }

    @Test
    void rejectsUnitOwnedByNonResident() {
      Community.Builder builder =
          LIXIONG.toBuilder().unit(unit(new UnitId("u-4"), B1, "50", WANG, GHOST));
      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("unit u-4: owner 'r-ghost' is not a resident of the community");
    }

    @Test
    void rejectsHouseholdInUnknownUnit() {
      HouseholdId h9 = new HouseholdId("h9");
      ResidentId newcomer = new ResidentId("r-new");
      Community.Builder builder =
          LIXIONG.toBuilder()
              .household(new Household(h9, new UnitId("u999"), Set.of(newcomer), newcomer))
              .resident(resident(newcomer, "新", "1990-01-01", h9));
      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("household h9: home unit 'u999' is not in the community");
    }

    @Test
    void rejectsHouseholdMemberWhoIsNotAResident() {
      Community.Builder builder =
          LIXIONG.toBuilder()
              .household(new Household(new HouseholdId("h9"), U201, Set.of(GHOST), GHOST));
      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("household h9: member 'r-ghost' is not a resident of the community");
    }

    @Test
    void rejectsHouseholdMemberWhoNamesAnotherHousehold() {
      Community.Builder builder =
          LIXIONG.toBuilder()
              .household(new Household(new HouseholdId("h9"), U201, Set.of(WANG), WANG));
      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("household h9: member 'r-wang' names household 'h1' instead");
    }

    @Test
    void rejectsHouseholdMemberWhoNamesNoHousehold() {
      Community.Builder builder =
          LIXIONG.toBuilder()
              .household(new Household(new HouseholdId("h9"), U201, Set.of(CHEN), CHEN));
      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("household h9: member 'r-chen' names no household, expected 'h9'");
    }

    @Test
    void rejectsResidentOfUnknownHousehold() {
      Community.Builder builder =
          LIXIONG.toBuilder()
              .resident(
                  resident(new ResidentId("r-new"), "新", "1990-01-01", new HouseholdId("h9")));
      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("resident r-new: household 'h9' is not in the community");
    }

    @Test
    void rejectsResidentWhoseHouseholdDoesNotListThem() {
      Community.Builder builder =
          LIXIONG.toBuilder().resident(resident(new ResidentId("r-new"), "新", "1990-01-01", H2));
      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("resident r-new: household 'h2' does not list the resident as a member");
    }

    @Test
    void rejectsSecondCentre() {
      Community.Builder builder =
          LIXIONG.toBuilder().venue(new Venue(new VenueId("v-2"), "新中心", VenueKind.CENTRE, null));
      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "venue v-2: a community has at most one CENTRE, and 'v-centre' is already one");
    }

    @Test
    void rejectsVenueOfUnknownEstate() {
      Community.Builder builder =
          LIXIONG.toBuilder()
              .venue(
                  new Venue(
                      new VenueId("v-9"), "活动室", VenueKind.ACTIVITY_ROOM, new EstateId("e9")));
      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("venue v-9: estate 'e9' is not in the community");
    }

    @Test
    void factoryChecksLikeTheBuilder() {
      List<Unit> units = new ArrayList<>(LIXIONG.units());
      units.add(unit(new UnitId("u-3"), new BuildingId("b9"), "50"));
      assertThatThrownBy(
              () ->
                  Community.of(
                      ID,
                      LIXIONG.name(),
                      LIXIONG.estates(),
                      LIXIONG.buildings(),
                      units,
                      LIXIONG.households(),
                      LIXIONG.residents(),
                      LIXIONG.venues()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("unit u-3: building 'b9' is not in the community");
    }

    @Test
    void rejectsNullItems() {
      assertThatThrownBy(() -> Community.builder(ID, "x").unit(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("unit");
    }
  }

  @Nested
  class Lookups {

    @Test
    void findsItemsById() {
      assertThat(LIXIONG.resident(WANG)).get().extracting(Resident::name).isEqualTo("王芳");
      assertThat(LIXIONG.unit(U303)).get().extracting(Unit::building).isEqualTo(B3);
      assertThat(LIXIONG.building(B2)).get().extracting(b -> b.estate()).isEqualTo(E_OLD);
      assertThat(LIXIONG.estate(E_NEW)).get().extracting(Estate::kind).isEqualTo(EstateKind.NEW);
      assertThat(LIXIONG.household(H1)).get().extracting(Household::home).isEqualTo(U101);
      assertThat(LIXIONG.venue(CENTRE)).get().extracting(Venue::kind).isEqualTo(VenueKind.CENTRE);
    }

    @Test
    void unknownIdsAreAbsent() {
      assertThat(LIXIONG.resident(GHOST)).isEmpty();
      assertThat(LIXIONG.unit(new UnitId("u999"))).isEmpty();
      assertThat(LIXIONG.building(new BuildingId("b9"))).isEmpty();
      assertThat(LIXIONG.estate(new EstateId("e9"))).isEmpty();
      assertThat(LIXIONG.household(new HouseholdId("h9"))).isEmpty();
      assertThat(LIXIONG.venue(new VenueId("v9"))).isEmpty();
    }

    @Test
    void findsUnitsOwnedAloneOrJointly() {
      assertThat(LIXIONG.unitsOwnedBy(CHEN)).extracting(Unit::id).containsExactly(U102, U201);
      assertThat(LIXIONG.unitsOwnedBy(WANG)).extracting(Unit::id).containsExactly(U101);
      assertThat(LIXIONG.unitsOwnedBy(DEV)).extracting(Unit::id).containsExactly(U301, U302);
      assertThat(LIXIONG.unitsOwnedBy(ZHAO)).isEmpty();
      assertThat(LIXIONG.unitsOwnedBy(GHOST)).isEmpty();
    }

    @Test
    void findsUnitsOfBuildingAndEstate() {
      assertThat(LIXIONG.unitsIn(B3)).extracting(Unit::id).containsExactly(U301, U302, U303);
      assertThat(LIXIONG.unitsIn(E_OLD))
          .extracting(Unit::id)
          .containsExactly(U101, U102, U201, U202);
      assertThat(LIXIONG.unitsIn(new BuildingId("b9"))).isEmpty();
      assertThat(LIXIONG.unitsIn(new EstateId("e9"))).isEmpty();
    }

    @Test
    void findsEstateOfUnit() {
      assertThat(LIXIONG.estateOf(U303)).get().extracting(Estate::id).isEqualTo(E_NEW);
      assertThat(LIXIONG.estateOf(U202)).get().extracting(Estate::id).isEqualTo(E_OLD);
      assertThat(LIXIONG.estateOf(new UnitId("u999"))).isEmpty();
    }

    @Test
    void findsHomeThroughHousehold() {
      assertThat(LIXIONG.homeOf(XIAOMING)).get().extracting(Unit::id).isEqualTo(U101);
      assertThat(LIXIONG.homeOf(ZHAO)).get().extracting(Unit::id).isEqualTo(U102);
      assertThat(LIXIONG.homeOf(CHEN)).isEmpty();
      assertThat(LIXIONG.homeOf(GHOST)).isEmpty();
    }
  }

  @Nested
  class Equality {

    @Test
    void communitiesWithTheSameContentAreEqual() {
      assertThat(lixiong()).isEqualTo(LIXIONG).hasSameHashCodeAs(LIXIONG).isNotSameAs(LIXIONG);
    }

    @Test
    void factoryAndBuilderAndToBuilderAgree() {
      Community viaFactory =
          Community.of(
              ID,
              LIXIONG.name(),
              LIXIONG.estates(),
              LIXIONG.buildings(),
              LIXIONG.units(),
              LIXIONG.households(),
              LIXIONG.residents(),
              LIXIONG.venues());
      assertThat(viaFactory).isEqualTo(LIXIONG);
      assertThat(LIXIONG.toBuilder().build()).isEqualTo(LIXIONG);
    }

    @Test
    void areaScaleDoesNotMatter() {
      List<Unit> units = new ArrayList<>(LIXIONG.units());
      units.set(0, unit(U101, B1, "80.500", WANG, SampleCommunity.LI));
      assertThat(withUnits(units)).isEqualTo(LIXIONG);
    }

    @Test
    void orderAndContentMatter() {
      List<Unit> reordered = new ArrayList<>(LIXIONG.units());
      Collections.reverse(reordered);
      assertThat(withUnits(reordered)).isNotEqualTo(LIXIONG);
      List<Unit> changed = new ArrayList<>(LIXIONG.units());
      changed.set(3, unit(U202, B2, "75.01"));
      assertThat(withUnits(changed)).isNotEqualTo(LIXIONG);
      assertThat(Community.builder(ID, "别名").build())
          .isNotEqualTo(Community.builder(ID, "立雄社区").build());
    }

    @Test
    void printsSummary() {
      assertThat(LIXIONG)
          .hasToString(
              "Community[lixiong '立雄社区': 2 estates, 3 buildings, 7 units, 4 households,"
                  + " 9 residents, 4 venues]");
    }

    private Community withUnits(List<Unit> units) {
      return Community.of(
          ID,
          LIXIONG.name(),
          LIXIONG.estates(),
          LIXIONG.buildings(),
          units,
          LIXIONG.households(),
          LIXIONG.residents(),
          LIXIONG.venues());
    }
  }
}
