package io.yishi.core.method.revision;

import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** The method's parameters, read and checked once. */
record Settings(String rule, Parameters ruleParameters, int maxRounds, Duration roundLength,
    SuggestionCount suggestionCountsAs, ZoneId zone) {

  /** How a suggested change becomes a ballot. */
  enum SuggestionCount {
    NO,
    ABSTAIN
  }

  static final List<ParameterSpec> SPECS = List.of(
      ParameterSpec.of("rule", "decision rule id", "owners-major",
          "the installed rule that tests each round's responses, e.g. owners-major (RULES.md 3.1)"
              + " or residents-meeting (3.2)"),
      ParameterSpec.of("ruleParameters", "map", "{}", "the parameters handed to that rule"),
      ParameterSpec.of("maxRounds", "integer 1..100", "6",
          "rounds allowed; when the last closes without enough support the plan is not adopted"),
      ParameterSpec.of("roundLength", "ISO-8601 duration > 0", "P14D",
          "how long a round stays open; the round closes at its deadline"),
      ParameterSpec.of("suggestionCountsAs", "one of: no, abstain", "no",
          "the ballot a suggested change becomes: no, or abstain (a returned ballot that does not"
              + " agree under owners' rules; left out of votes cast under others)"),
      ParameterSpec.of("zone", "time-zone id", "Asia/Shanghai",
          "the zone in which a round's closing instant gives the date of its decision"));

  static Settings of(Parameters p) {
    String rule = p.text("rule", "owners-major");
    if (rule.isBlank()) {
      throw new InvalidParameterException("rule", rule, "must name an installed decision rule");
    }
    Object raw = p.get("ruleParameters").orElse(Map.of());
    if (!(raw instanceof Map<?, ?> map)) {
      throw new InvalidParameterException("ruleParameters", raw, "must be a map of parameters");
    }
    Parameters ruleParameters = Parameters.of(stringKeys(map));
    long maxRounds = p.integer("maxRounds", 6);
    if (maxRounds < 1 || maxRounds > 100) {
      throw new InvalidParameterException("maxRounds", maxRounds, "must be from 1 to 100");
    }
    String length = p.text("roundLength", "P14D");
    Duration roundLength;
    try {
      roundLength = Duration.parse(length);
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException("roundLength", length,
          "must be an ISO-8601 duration such as \"P14D\" or \"PT72H\"", e);
    }
    if (roundLength.isNegative() || roundLength.isZero()) {
      throw new InvalidParameterException("roundLength", length, "must be longer than zero");
    }
    SuggestionCount suggestions =
        p.choice("suggestionCountsAs", SuggestionCount.class, SuggestionCount.NO);
    String zoneId = p.text("zone", "Asia/Shanghai");
    ZoneId zone;
    try {
      zone = ZoneId.of(zoneId);
    } catch (DateTimeException e) {
      throw new InvalidParameterException("zone", zoneId, "must be a time-zone id such as"
          + " \"Asia/Shanghai\"", e);
    }
    return new Settings(rule, ruleParameters, (int) maxRounds, roundLength, suggestions, zone);
  }

  private static Map<String, Object> stringKeys(Map<?, ?> map) {
    java.util.TreeMap<String, Object> copy = new java.util.TreeMap<>();
    map.forEach((k, v) -> copy.put(String.valueOf(k), v));
    return copy;
  }
}
