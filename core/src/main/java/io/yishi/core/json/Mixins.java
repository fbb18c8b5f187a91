package io.yishi.core.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.yishi.core.community.Building;
import io.yishi.core.community.CommunityId;
import io.yishi.core.community.Estate;
import io.yishi.core.community.Household;
import io.yishi.core.community.Resident;
import io.yishi.core.community.Unit;
import io.yishi.core.community.Venue;
import io.yishi.core.consultation.RecordedEvent;
import io.yishi.core.electorate.Member;
import io.yishi.core.electorate.Weighting;
import java.util.List;

/**
 * Jackson annotations for core types, kept here so that the domain packages import no Jackson.
 */
final class Mixins {

  private Mixins() {}

  /** Sealed interfaces and SPI value types: a stable {@code "type"} name, never a class name. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  abstract static class Polymorphic {}

  /** Only the declared parts of the final value classes are properties. */
  @JsonAutoDetect(
      getterVisibility = JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = JsonAutoDetect.Visibility.NONE,
      fieldVisibility = JsonAutoDetect.Visibility.NONE,
      creatorVisibility = JsonAutoDetect.Visibility.NONE)
  abstract static class CommunityMixin {
    @JsonCreator
    static io.yishi.core.community.Community of(
        @JsonProperty("id") CommunityId id,
        @JsonProperty("name") String name,
        @JsonProperty("estates") List<Estate> estates,
        @JsonProperty("buildings") List<Building> buildings,
        @JsonProperty("units") List<Unit> units,
        @JsonProperty("households") List<Household> households,
        @JsonProperty("residents") List<Resident> residents,
        @JsonProperty("venues") List<Venue> venues) {
      throw new AssertionError();
    }

    @JsonProperty("id")
    abstract CommunityId id();

    @JsonProperty("name")
    abstract String name();

    @JsonProperty("estates")
    abstract List<Estate> estates();

    @JsonProperty("buildings")
    abstract List<Building> buildings();

    @JsonProperty("units")
    abstract List<Unit> units();

    @JsonProperty("households")
    abstract List<Household> households();

    @JsonProperty("residents")
    abstract List<Resident> residents();

    @JsonProperty("venues")
    abstract List<Venue> venues();
  }

  @JsonAutoDetect(
      getterVisibility = JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = JsonAutoDetect.Visibility.NONE,
      fieldVisibility = JsonAutoDetect.Visibility.NONE,
      creatorVisibility = JsonAutoDetect.Visibility.NONE)
  abstract static class ElectorateMixin {
    @JsonCreator
    static io.yishi.core.electorate.Electorate of(
        @JsonProperty("weighting") Weighting weighting,
        @JsonProperty("members") List<Member> members) {
      throw new AssertionError();
    }

    @JsonProperty("weighting")
    abstract Weighting weighting();

    @JsonProperty("members")
    abstract List<Member> members();
  }

  @JsonAutoDetect(
      getterVisibility = JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = JsonAutoDetect.Visibility.NONE,
      fieldVisibility = JsonAutoDetect.Visibility.NONE,
      creatorVisibility = JsonAutoDetect.Visibility.NONE)
  abstract static class EventLogMixin {
    @JsonCreator
    static io.yishi.core.consultation.EventLog of(
        @JsonProperty("events") List<RecordedEvent> events) {
      throw new AssertionError();
    }

    @JsonProperty("events")
    abstract List<RecordedEvent> events();
  }
}
