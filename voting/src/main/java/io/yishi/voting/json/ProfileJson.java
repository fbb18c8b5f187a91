package io.yishi.voting.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.yishi.voting.ranked.Profile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A profile as JSON: {@code {"candidates": ["a", "b", "c"], "ballots": [{"ranking": [["a"],
 * ["b", "c"]], "count": 3}, …]}}. Each ballot lists tiers of names, best first; names left out
 * share the last place; {@code count} defaults to 1.
 */
final class ProfileJson {

  private ProfileJson() {}

  static final class Serializer extends JsonSerializer<Profile> {
    @Override
    public void serialize(Profile profile, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeArrayFieldStart("candidates");
      for (String name : profile.candidates()) {
        gen.writeString(name);
      }
      gen.writeEndArray();
      gen.writeArrayFieldStart("ballots");
      for (int b = 0; b < profile.distinctBallots(); b++) {
        gen.writeStartObject();
        gen.writeArrayFieldStart("ranking");
        for (int[] tier : profile.tiers(b)) {
          gen.writeStartArray();
          for (int c : tier) {
            gen.writeString(profile.candidates().get(c));
          }
          gen.writeEndArray();
        }
        gen.writeEndArray();
        gen.writeNumberField("count", profile.count(b));
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
  }

  static final class Deserializer extends JsonDeserializer<Profile> {
    @Override
    public Profile deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode root = ctxt.readTree(p);
      for (var names = root.fieldNames(); names.hasNext(); ) {
        String field = names.next();
        if (!field.equals("candidates") && !field.equals("ballots")) {
          return (Profile) ctxt.reportInputMismatch(Profile.class,
              "profile: unknown field \"%s\" (known: candidates, ballots)", field);
        }
      }
      JsonNode candidates = root.get("candidates");
      JsonNode ballots = root.get("ballots");
      if (candidates == null || !candidates.isArray() || ballots == null || !ballots.isArray()) {
        return (Profile) ctxt.reportInputMismatch(Profile.class,
            "profile: needs \"candidates\" (a list of names) and \"ballots\" (a list)");
      }
      List<String> names = new ArrayList<>();
      candidates.forEach(n -> names.add(n.asText()));
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < names.size(); i++) {
        index.put(names.get(i), i);
      }
      Profile.Builder builder;
      try {
        builder = Profile.builder(names);
      } catch (IllegalArgumentException e) {
        return (Profile) ctxt.reportInputMismatch(Profile.class, "candidates: %s",
            e.getMessage());
      }
      for (int k = 0; k < ballots.size(); k++) {
        JsonNode ballot = ballots.get(k);
        JsonNode ranking = ballot.get("ranking");
        if (ranking == null || !ranking.isArray()) {
          return (Profile) ctxt.reportInputMismatch(Profile.class,
              "ballots[%d].ranking: must be a list of tiers, was %s", k, ranking);
        }
        int[][] tiers = new int[ranking.size()][];
        for (int t = 0; t < tiers.length; t++) {
          JsonNode tier = ranking.get(t);
          List<JsonNode> members = new ArrayList<>();
          if (tier.isArray()) {
            tier.forEach(members::add);
          } else {
            members.add(tier);  // a bare name is a tier of one
          }
          tiers[t] = new int[members.size()];
          for (int c = 0; c < members.size(); c++) {
            Integer i = index.get(members.get(c).asText());
            if (i == null) {
              return (Profile) ctxt.reportInputMismatch(Profile.class,
                  "ballots[%d].ranking: '%s' is not a candidate %s", k, members.get(c).asText(),
                  names);
            }
            tiers[t][c] = i;
          }
        }
        long count = ballot.has("count") ? ballot.get("count").asLong(-1) : 1;
        try {
          builder.add(tiers, count);
        } catch (IllegalArgumentException e) {
          return (Profile) ctxt.reportInputMismatch(Profile.class, "ballots[%d]: %s", k,
              e.getMessage());
        }
      }
      return builder.build();
    }
  }
}
