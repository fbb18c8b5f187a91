package io.yishi.core.method.cocreation;

import io.yishi.core.community.ResidentId;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The co-creation method's parameters, read and checked once. */
record Settings(
    List<ResidentId> facilitators,
    boolean electorateParticipates,
    int cardsPerPerson,
    int cardsPerTeam,
    int cardsPerRound,
    int maxCardLength,
    int minNameWords,
    int maxNameWords,
    boolean largestFirst,
    int maxObjections,
    long objectionMinutes,
    int minActionItems,
    boolean prioritise,
    String priorityRule,
    Parameters priorityRuleParameters,
    ZoneId zone) {

  static Settings of(Parameters p) {
    List<String> ids = p.texts(CoCreationMethod.FACILITATORS.name(), List.of());
    if (ids.isEmpty()) {
      throw new InvalidParameterException(CoCreationMethod.FACILITATORS.name(), ids,
          "must name at least one facilitator (resident id), e.g. a building leader");
    }
    TreeSet<ResidentId> facilitators = new TreeSet<>();
    for (String id : ids) {
      try {
        facilitators.add(new ResidentId(id));
      } catch (IllegalArgumentException e) {
        throw new InvalidParameterException(CoCreationMethod.FACILITATORS.name(), id,
            "must be resident ids", e);
      }
    }
    int minWords = bounded(p, CoCreationMethod.MIN_NAME_WORDS.name(), 3, 1);
    int maxWords = bounded(p, CoCreationMethod.MAX_NAME_WORDS.name(), 7, 1);
    if (maxWords < minWords) {
      throw new InvalidParameterException(CoCreationMethod.MAX_NAME_WORDS.name(), maxWords,
          "must be at least minNameWords (" + minWords + ")");
    }
    Object ruleParameters = p.get(CoCreationMethod.PRIORITY_RULE_PARAMETERS.name())
        .orElse(Map.of());
    if (!(ruleParameters instanceof Map<?, ?> map)) {
      throw new InvalidParameterException(CoCreationMethod.PRIORITY_RULE_PARAMETERS.name(),
          ruleParameters, "must be a map of the priority rule's parameters");
    }
    String zone = p.text(CoCreationMethod.ZONE.name(), "UTC");
    ZoneId zoneId;
    try {
      zoneId = ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new InvalidParameterException(CoCreationMethod.ZONE.name(), zone,
          "must be a time-zone id such as \"Asia/Shanghai\" or \"UTC\"", e);
    }
    return new Settings(List.copyOf(facilitators),
        p.flag(CoCreationMethod.ELECTORATE_PARTICIPATES.name(), true),
        bounded(p, CoCreationMethod.CARDS_PER_PERSON.name(), 5, 1),
        bounded(p, CoCreationMethod.CARDS_PER_TEAM.name(), 7, 0),
        bounded(p, CoCreationMethod.CARDS_PER_ROUND.name(), 1, 1),
        bounded(p, CoCreationMethod.MAX_CARD_LENGTH.name(), 80, 1),
        minWords, maxWords,
        p.flag(CoCreationMethod.LARGEST_FIRST.name(), true),
        bounded(p, CoCreationMethod.MAX_OBJECTIONS.name(), 0, 0),
        bounded(p, CoCreationMethod.OBJECTION_MINUTES.name(), 0, 0),
        bounded(p, CoCreationMethod.MIN_ACTION_ITEMS.name(), 1, 0),
        p.flag(CoCreationMethod.PRIORITISE.name(), false),
        p.text(CoCreationMethod.PRIORITY_RULE.name(), "dots"),
        Parameters.of(castMap(map)), zoneId);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ?> castMap(Map<?, ?> map) {
    return (Map<String, ?>) map;
  }

  private static int bounded(Parameters p, String name, int defaultValue, int min) {
    long v = p.integer(name, defaultValue);
    if (v < min || v > 10_000) {
      throw new InvalidParameterException(name, v, "must be from " + min + " to 10000");
    }
    return (int) v;
  }

  boolean isFacilitator(ResidentId resident) {
    return facilitators.contains(resident);
  }
}
