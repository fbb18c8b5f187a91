package io.yishi.core.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Estates, buildings and venues: the records with a name. */
class PlacesTest {

  private static final EstateId E1 = new EstateId("e1");

  @Test
  void rejectsEstateWithBlankName() {
    assertThatThrownBy(() -> new Estate(E1, " ", EstateKind.OLD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("estate e1: name must not be blank, was ' '");
  }

  @Test
  void rejectsBuildingWithBlankName() {
    assertThatThrownBy(() -> new Building(new BuildingId("b1"), E1, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("building b1: name must not be blank, was ''");
  }

  @Test
  void rejectsVenueWithBlankName() {
    assertThatThrownBy(() -> new Venue(new VenueId("v1"), "  ", VenueKind.CENTRE, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("venue v1: name must not be blank, was '  '");
  }

  @Test
  void rejectsMissingKind() {
    assertThatThrownBy(() -> new Estate(E1, "华苑", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("kind");
    assertThatThrownBy(() -> new Venue(new VenueId("v1"), "厅", null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("kind");
  }

  @Test
  void venueEstateIsOptional() {
    assertThat(new Venue(new VenueId("v1"), "中心", VenueKind.CENTRE, null).estateId()).isEmpty();
    assertThat(new Venue(new VenueId("v2"), "活动室", VenueKind.ACTIVITY_ROOM, E1).estateId())
        .contains(E1);
  }
}
