package io.yishi.core.method.workflow;

import io.yishi.core.Fraction;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Reads a workflow definition from plain values, naming the path of every bad value. */
final class DefinitionReader {

  private static final Set<String> DEFINITION_KEYS = Set.of("id", "name", "source", "stages",
      "merge");
  private static final Set<String> STAGE_KEYS = Set.of("id", "name", "kind", "actor", "gate");
  private static final Set<String> GATE_KEYS = Set.of("proposal", "opinions", "minutes", "body",
      "attendance", "attendanceStrict", "rule", "ruleParameters", "circulate", "noticeDays",
      "publicationDays");

  private DefinitionReader() {}

  static WorkflowDefinition read(String path, Map<String, ?> map) {
    known(path, map, DEFINITION_KEYS);
    List<Stage> stages = new ArrayList<>();
    List<?> raw = list(path + ".stages", required(path, map, "stages"));
    for (int i = 0; i < raw.size(); i++) {
      stages.add(stage(path + ".stages[" + i + "]", map(path + ".stages[" + i + "]",
          raw.get(i))));
    }
    List<String> merge = new ArrayList<>();
    Object m = map.get("merge");
    if (m != null) {
      List<?> names = list(path + ".merge", m);
      for (int i = 0; i < names.size(); i++) {
        merge.add(text(path + ".merge[" + i + "]", names.get(i)));
      }
    }
    try {
      return new WorkflowDefinition(text(path + ".id", required(path, map, "id")),
          text(path + ".name", required(path, map, "name")),
          map.get("source") == null ? "" : text(path + ".source", map.get("source")),
          stages, merge);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(path, null, e.getMessage(), e);
    }
  }

  private static Stage stage(String path, Map<String, ?> map) {
    known(path, map, STAGE_KEYS);
    String kindText = text(path + ".kind", required(path, map, "kind"));
    StageKind kind;
    try {
      kind = StageKind.valueOf(kindText.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(path + ".kind", kindText,
          "must be one of [deliberation, decision, disclosure]", e);
    }
    Object g = map.get("gate");
    Gate gate = g == null ? Gate.none() : gate(path + ".gate", map(path + ".gate", g));
    try {
      return new Stage(text(path + ".id", required(path, map, "id")),
          text(path + ".name", required(path, map, "name")), kind,
          text(path + ".actor", required(path, map, "actor")), gate);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(path, null, e.getMessage(), e);
    }
  }

  private static Gate gate(String path, Map<String, ?> map) {
    known(path, map, GATE_KEYS);
    Object params = map.get("ruleParameters");
    Parameters ruleParameters;
    if (params == null) {
      ruleParameters = Parameters.empty();
    } else {
      Map<String, ?> p = map(path + ".ruleParameters", params);
      ruleParameters = Parameters.of(p);
    }
    try {
      return new Gate(flag(path, map, "proposal"), integer(path, map, "opinions"),
          flag(path, map, "minutes"), textOr(path, map, "body"),
          fraction(path + ".attendance", map.get("attendance")),
          flag(path, map, "attendanceStrict"), textOr(path, map, "rule"), ruleParameters,
          flag(path, map, "circulate"), integer(path, map, "noticeDays"),
          integer(path, map, "publicationDays"));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(path, null, e.getMessage(), e);
    }
  }

  private static void known(String path, Map<String, ?> map, Set<String> keys) {
    for (String key : new TreeSet<>(map.keySet())) {
      if (!keys.contains(key)) {
        throw new InvalidParameterException(path + "." + key, map.get(key),
            "is not a key here (known: " + new TreeSet<>(keys) + ")");
      }
    }
  }

  private static Object required(String path, Map<String, ?> map, String key) {
    Object v = map.get(key);
    if (v == null) {
      throw new InvalidParameterException(path + "." + key, null, "is required");
    }
    return v;
  }

  private static String text(String path, Object v) {
    if (v instanceof String s) {
      return s;
    }
    throw new InvalidParameterException(path, v, "must be text");
  }

  private static String textOr(String path, Map<String, ?> map, String key) {
    Object v = map.get(key);
    return v == null ? "" : text(path + "." + key, v);
  }

  private static boolean flag(String path, Map<String, ?> map, String key) {
    Object v = map.get(key);
    if (v == null) {
      return false;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    throw new InvalidParameterException(path + "." + key, v, "must be true or false");
  }

  private static int integer(String path, Map<String, ?> map, String key) {
    Object v = map.get(key);
    if (v == null) {
      return 0;
    }
    if (v instanceof Number n) {
      try {
        return new BigDecimal(n.toString()).intValueExact();
      } catch (ArithmeticException e) {
        throw new InvalidParameterException(path + "." + key, v, "must be a whole number", e);
      }
    }
    throw new InvalidParameterException(path + "." + key, v, "must be a whole number");
  }

  private static Fraction fraction(String path, @Nullable Object v) {
    if (v == null) {
      return Fraction.ZERO;
    }
    try {
      if (v instanceof String s) {
        return Fraction.parse(s);
      }
      if (v instanceof Number n) {
        return Fraction.of(new BigDecimal(n.toString()));
      }
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new InvalidParameterException(path, v, "must be a fraction such as \"2/3\"", e);
    }
    throw new InvalidParameterException(path, v, "must be a fraction such as \"2/3\"");
  }

  private static List<?> list(String path, Object v) {
    if (v instanceof List<?> l) {
      return l;
    }
    throw new InvalidParameterException(path, v, "must be a list");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ?> map(String path, Object v) {
    if (v instanceof Map<?, ?> m) {
      for (Object key : m.keySet()) {
        if (!(key instanceof String)) {
          throw new InvalidParameterException(path, key, "keys must be text");
        }
      }
      return (Map<String, ?>) m;
    }
    throw new InvalidParameterException(path, v, "must be an object");
  }
}
