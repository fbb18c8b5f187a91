package io.yishi.core.method.interest;

import io.yishi.core.Fraction;
import io.yishi.core.community.ResidentId;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** The method's parameters, read and checked once. */
record Settings(int scaleMin, int scaleMax, Fraction acceptanceLevel, boolean useReservations,
    int rounds, Duration inventPeriod, Duration evaluationPeriod, boolean requireCriteria,
    Fallback fallback, String voteRule, int voteOptions, Parameters voteRuleParameters,
    Duration votePeriod, List<ResidentId> facilitators) {

  /** What happens when the last round ends without agreement. */
  enum Fallback {
    VOTE,
    MEDIATION
  }

  static Settings of(Parameters p) {
    int min = (int) bounded(p, "scaleMin", 0, 0, 1000);
    int max = (int) bounded(p, "scaleMax", 10, 1, 1000);
    if (max <= min) {
      throw new InvalidParameterException("scaleMax", max, "must be greater than scaleMin ("
          + min + ")");
    }
    Fraction level = p.fraction("acceptanceLevel", Fraction.of(6, 1));
    if (level.compareTo(Fraction.of(min, 1)) < 0 || level.compareTo(Fraction.of(max, 1)) > 0) {
      throw new InvalidParameterException("acceptanceLevel", level, "must lie on the scale "
          + min + " to " + max);
    }
    Map<String, Object> ruleParameters = Map.of();
    Object raw = p.get("voteRuleParameters").orElse(Map.of());
    if (!(raw instanceof Map<?, ?> map)) {
      throw new InvalidParameterException("voteRuleParameters", raw, "must be an object");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> typed = (Map<String, Object>) map;
    ruleParameters = typed;
    String rule = p.text("voteRule", "approval");
    if (!rule.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
      throw new InvalidParameterException("voteRule", rule,
          "must be a decision rule id, lower-case words joined by hyphens");
    }
    List<ResidentId> facilitators;
    try {
      facilitators = p.texts("facilitators", List.of()).stream().map(ResidentId::new).toList();
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("facilitators", p.get("facilitators").orElse(null),
          "must be a list of resident ids", e);
    }
    return new Settings(min, max, level, p.flag("useReservations", true),
        (int) bounded(p, "rounds", 3, 1, 20), period(p, "inventPeriod", "P7D"),
        period(p, "evaluationPeriod", "P7D"), p.flag("requireCriteria", true),
        p.choice("fallback", Fallback.class, Fallback.MEDIATION), rule,
        (int) bounded(p, "voteOptions", 3, 1, 50), Parameters.of(ruleParameters),
        period(p, "votePeriod", "P7D"), facilitators);
  }

  private static long bounded(Parameters p, String name, long dflt, long low, long high) {
    long v = p.integer(name, dflt);
    if (v < low || v > high) {
      throw new InvalidParameterException(name, v, "must be from " + low + " to " + high);
    }
    return v;
  }

  private static Duration period(Parameters p, String name, String dflt) {
    String text = p.text(name, dflt);
    try {
      Duration d = Duration.parse(text);
      if (d.isNegative() || d.isZero()) {
        throw new InvalidParameterException(name, text, "must be a positive duration");
      }
      return d;
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException(name, text,
          "must be an ISO-8601 duration such as \"P7D\" or \"PT48H\"", e);
    }
  }

  boolean facilitates(ResidentId resident) {
    return facilitators.isEmpty() || facilitators.contains(resident);
  }
}
