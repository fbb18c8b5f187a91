package io.yishi.voting.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.yishi.voting.cardinal.ApprovalProfile;
import io.yishi.voting.cardinal.ScoreProfile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Approval and score profiles as JSON.
 *
 * <ul>
 *   <li>Approval: {@code {"candidates": ["a", "b", "c"], "ballots": [{"approved": ["a", "c"],
 *       "count": 3}, …]}}; an empty list is a blank ballot.
 *   <li>Scores: {@code {"candidates": ["a", "b"], "min": 0, "max": 5, "ballots": [{"scores":
 *       {"a": 5, "b": 2}, "count": 3}, …]}}; a candidate left out of a ballot gets {@code min}.
 * </ul>
 *
 * <p>{@code count} defaults to 1. An error names the ballot and what is wrong with it.
 */
final class CardinalProfileJson {

  private CardinalProfileJson() {}

  static final class ApprovalSerializer extends JsonSerializer<ApprovalProfile> {
    @Override
    public void serialize(ApprovalProfile profile, JsonGenerator gen,
        SerializerProvider provider) throws IOException {
      gen.writeStartObject();
      writeCandidates(gen, profile.candidates());
      gen.writeArrayFieldStart("ballots");
      for (int b = 0; b < profile.distinctBallots(); b++) {
        gen.writeStartObject();
        gen.writeArrayFieldStart("approved");
        for (int c : profile.approved(b)) {
          gen.writeString(profile.candidates().get(c));
        }
        gen.writeEndArray();
        gen.writeNumberField("count", profile.count(b));
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
  }

  static final class ApprovalDeserializer extends JsonDeserializer<ApprovalProfile> {
    @Override
    public ApprovalProfile deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      JsonNode root = ctxt.readTree(p);
      checkFields(root, Set.of("candidates", "ballots"), ApprovalProfile.class, ctxt);
      List<String> names = candidates(root);
      Map<String, Integer> index = index(names);
      ApprovalProfile.Builder builder = attempt(() -> ApprovalProfile.builder(names),
          "candidates", ApprovalProfile.class, ctxt);
      JsonNode ballots = root.get("ballots");
      for (int k = 0; k < ballots.size(); k++) {
        JsonNode ballot = ballots.get(k);
        JsonNode approved = ballot.get("approved");
        if (approved == null || !approved.isArray()) {
          throw ctxt.weirdStringException(String.valueOf(approved), ApprovalProfile.class,
              "ballots[" + k + "].approved: must be a list of candidates' names");
        }
        int[] set = new int[approved.size()];
        for (int i = 0; i < set.length; i++) {
          set[i] = candidate(index, names, approved.get(i).asText(), "ballots[" + k
              + "].approved", ApprovalProfile.class, ctxt);
        }
        long count = count(ballot);
        String where = "ballots[" + k + "]";
        attempt(() -> builder.add(set, count), where, ApprovalProfile.class, ctxt);
      }
      return builder.build();
    }
  }

  static final class ScoreSerializer extends JsonSerializer<ScoreProfile> {
    @Override
    public void serialize(ScoreProfile profile, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      writeCandidates(gen, profile.candidates());
      gen.writeNumberField("min", profile.min());
      gen.writeNumberField("max", profile.max());
      gen.writeArrayFieldStart("ballots");
      for (int b = 0; b < profile.distinctBallots(); b++) {
        gen.writeStartObject();
        gen.writeObjectFieldStart("scores");
        int[] scores = profile.scores(b);
        for (int c = 0; c < scores.length; c++) {
          gen.writeNumberField(profile.candidates().get(c), scores[c]);
        }
        gen.writeEndObject();
        gen.writeNumberField("count", profile.count(b));
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
  }

  static final class ScoreDeserializer extends JsonDeserializer<ScoreProfile> {
    @Override
    public ScoreProfile deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      JsonNode root = ctxt.readTree(p);
      checkFields(root, Set.of("candidates", "min", "max", "ballots"), ScoreProfile.class, ctxt);
      List<String> names = candidates(root);
      Map<String, Integer> index = index(names);
      JsonNode min = root.get("min");
      JsonNode max = root.get("max");
      if (min == null || !min.canConvertToInt() || max == null || !max.canConvertToInt()) {
        throw ctxt.weirdStringException(min + ", " + max, ScoreProfile.class,
            "min, max: a score profile needs its scale as whole numbers \"min\" and \"max\"");
      }
      ScoreProfile.Builder builder = attempt(() -> ScoreProfile.builder(names, min.intValue(),
          max.intValue()), "candidates, min, max", ScoreProfile.class, ctxt);
      JsonNode ballots = root.get("ballots");
      for (int k = 0; k < ballots.size(); k++) {
        JsonNode ballot = ballots.get(k);
        JsonNode scores = ballot.get("scores");
        String where = "ballots[" + k + "].scores";
        if (scores == null || !scores.isObject()) {
          throw ctxt.weirdStringException(String.valueOf(scores), ScoreProfile.class,
              where + ": must map candidates' names to whole numbers");
        }
        int[] vector = new int[names.size()];
        java.util.Arrays.fill(vector, min.intValue());
        for (Iterator<Map.Entry<String, JsonNode>> it = scores.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> entry = it.next();
          int c = candidate(index, names, entry.getKey(), where, ScoreProfile.class, ctxt);
          if (!entry.getValue().canConvertToInt() || !entry.getValue().isIntegralNumber()) {
            throw ctxt.weirdStringException(entry.getValue().toString(), ScoreProfile.class,
                where + "." + entry.getKey() + ": must be a whole number");
          }
          vector[c] = entry.getValue().intValue();
        }
        long count = count(ballot);
        attempt(() -> builder.add(vector, count), "ballots[" + k + "]", ScoreProfile.class, ctxt);
      }
      return builder.build();
    }
  }

  private static void writeCandidates(JsonGenerator gen, List<String> names) throws IOException {
    gen.writeArrayFieldStart("candidates");
    for (String name : names) {
      gen.writeString(name);
    }
    gen.writeEndArray();
  }

  private static void checkFields(JsonNode root, Set<String> known, Class<?> type,
      DeserializationContext ctxt) throws JsonMappingException {
    if (!root.isObject()) {
      throw ctxt.weirdStringException(root.toString(), type, "must be a JSON object");
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String field = names.next();
      if (!known.contains(field)) {
        throw ctxt.weirdStringException(field, type, "profile: unknown field \"" + field
            + "\" (known: " + new java.util.TreeSet<>(known) + ")");
      }
    }
    JsonNode candidates = root.get("candidates");
    JsonNode ballots = root.get("ballots");
    if (candidates == null || !candidates.isArray() || ballots == null || !ballots.isArray()) {
      throw ctxt.weirdStringException(String.valueOf(candidates), type,
          "profile: needs \"candidates\" (a list of names) and \"ballots\" (a list)");
    }
  }

  private static List<String> candidates(JsonNode root) {
    List<String> names = new ArrayList<>();
    root.get("candidates").forEach(n -> names.add(n.asText()));
    return names;
  }

  private static Map<String, Integer> index(List<String> names) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      index.put(names.get(i), i);
    }
    return index;
  }

  private static int candidate(Map<String, Integer> index, List<String> names, String name,
      String where, Class<?> type, DeserializationContext ctxt) throws JsonMappingException {
    Integer c = index.get(name);
    if (c == null) {
      throw ctxt.weirdStringException(name, type, where + ": '" + name + "' is not a candidate "
          + names);
    }
    return c;
  }

  private static long count(JsonNode ballot) {
    return ballot.has("count") ? ballot.get("count").asLong(-1) : 1;
  }

  private interface Step<T> {
    T run();
  }

  /** Runs a builder step, turning its IllegalArgumentException into a mapping error. */
  private static <T> T attempt(Step<T> step, String where, Class<?> type,
      DeserializationContext ctxt) throws JsonMappingException {
    try {
      return step.run();
    } catch (IllegalArgumentException e) {
      throw ctxt.weirdStringException(where, type, e.getMessage());
    }
  }
}
