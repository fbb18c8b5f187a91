package io.yishi.voting.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.google.common.base.CaseFormat;
import io.yishi.voting.motion.Base;
import io.yishi.voting.motion.DuplicatePolicy;
import io.yishi.voting.motion.Measure;
import io.yishi.voting.motion.MotionBallot;
import io.yishi.voting.motion.MotionDecision;
import io.yishi.voting.motion.TiePolicy;
import io.yishi.voting.motion.Treatment;
import io.yishi.voting.motion.Vote;
import java.io.IOException;
import java.util.Arrays;

/**
 * The Jackson module of the voting module: ballot type {@code "motion"}, decision type {@code
 * "motion"}, and votes, bases, measures and policies as the kebab-case words the parameters use
 * ({@code "yes"}, {@code "votes-cast"}, {@code "not-cast"}). Registered in {@code
 * META-INF/services/com.fasterxml.jackson.databind.Module}.
 */
public final class YishiVotingModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module; its name is fixed, so registering it twice has no effect. */
  public YishiVotingModule() {
    super("yishi-voting");
    registerSubtypes(new NamedType(MotionBallot.class, "motion"),
        new NamedType(MotionDecision.class, "motion"));
    words(Vote.class);
    words(Base.class);
    words(Measure.class);
    words(Treatment.class);
    words(TiePolicy.class);
    words(DuplicatePolicy.class);
  }

  private <E extends Enum<E>> void words(Class<E> type) {
    addSerializer(type, new JsonSerializer<E>() {
      @Override
      public void serialize(E value, JsonGenerator gen, SerializerProvider provider)
          throws IOException {
        gen.writeString(CaseFormat.UPPER_UNDERSCORE.to(CaseFormat.LOWER_HYPHEN, value.name()));
      }
    });
    addDeserializer(type, new JsonDeserializer<E>() {
      @Override
      public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
          return type.cast(ctxt.handleUnexpectedToken(type, p));
        }
        String text = p.getText();
        for (E constant : type.getEnumConstants()) {
          if (CaseFormat.UPPER_UNDERSCORE.to(CaseFormat.LOWER_HYPHEN, constant.name())
              .equals(text)) {
            return constant;
          }
        }
        return type.cast(ctxt.handleWeirdStringValue(type, text, "must be one of "
            + Arrays.stream(type.getEnumConstants())
                .map(c -> CaseFormat.UPPER_UNDERSCORE.to(CaseFormat.LOWER_HYPHEN, c.name()))
                .toList()));
      }
    });
  }
}
