package io.yishi.core.method.cocreation;

import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;

/** Registers the JSON names of the test-only priority rule's ballot and decision. */
public final class PointsModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  public PointsModule() {
    super("yishi-core-test-points");
    registerSubtypes(new NamedType(PointsRule.PointsBallot.class, "points-test"),
        new NamedType(PointsRule.PointsDecision.class, "points-test-decision"));
  }
}
