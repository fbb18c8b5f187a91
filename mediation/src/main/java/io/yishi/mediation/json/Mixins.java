package io.yishi.mediation.json;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Jackson annotations for mediation types, kept here so that the domain packages import no
 * Jackson.
 */
final class Mixins {

  private Mixins() {}

  /** Sealed interfaces: a stable {@code "type"} name, never a class name. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  abstract static class Polymorphic {}
}
