package io.yishi.core.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON mappers Yishi uses, configured once.
 *
 * <p>{@link #mapper()} reads strictly: unknown properties, trailing tokens and missing numbers
 * fail, with the JSON path of the bad field in the message. Instants are ISO-8601 text, exact
 * decimals are written plainly ({@code 80.5}, never {@code 8.05E+1}).
 *
 * <pre>{@code
 * String json = YishiJson.mapper().writeValueAsString(consultation.log());
 * EventLog log = YishiJson.mapper().readValue(json, EventLog.class);
 * }</pre>
 */
public final class YishiJson {

  private YishiJson() {}

  private static final class Shared {
    static final JsonMapper MAPPER = builder(YishiJson.class.getClassLoader()).build();
    static final JsonMapper CANONICAL = canonicalBuilder(YishiJson.class.getClassLoader()).build();
  }

  /**
   * {@return the shared mapper, with the Jackson modules visible to this library's class loader}
   *
   * <p>Thread-safe; do not reconfigure it. For a host's own class loader or settings, start from
   * {@link #builder(ClassLoader)}.
   */
  public static ObjectMapper mapper() {
    return Shared.MAPPER;
  }

  /**
   * {@return a value read from plain data, as {@link #mapper()} would read its JSON}: maps,
   * lists, text, numbers and booleans, such as a plugin's nested parameter
   *
   * @param data the data
   * @param type the type to read
   * @param <T> the type
   * @throws IllegalArgumentException naming what does not fit the type
   */
  public static <T> T convert(Object data, Class<T> type) {
    return mapper().convertValue(data, type);
  }

  /**
   * {@return the shared canonical mapper: like {@link #mapper()}, but every object's properties
   * and every map's keys are written in sorted order, so that equal values give equal bytes}
   *
   * <p>Used for the hash chain of event logs and for command digests, so it must not be
   * reconfigured: a changed setting changes every hash written or verified in this JVM. Sets are
   * written in iteration order, unsorted; map keys must be {@link Comparable} to be sorted.
   */
  public static ObjectMapper canonicalMapper() {
    return Shared.CANONICAL;
  }

  /**
   * Starts a mapper configured as {@link #mapper()}, with the Jackson modules that the given class
   * loader's {@code META-INF/services} lists.
   *
   * @param loader the class loader to search for Jackson modules
   * @return a builder; add settings and call {@code build()}
   */
  public static JsonMapper.Builder builder(ClassLoader loader) {
    checkNotNull(loader, "loader");
    return JsonMapper.builder()
        .addModules(ObjectMapper.findModules(loader))
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        // Yishi's values are records and accessors have no "get"/"is" prefix: a method such as
        // Unit.isOwned() is derived, not a property, and must not be written.
        .disable(MapperFeature.AUTO_DETECT_IS_GETTERS);
  }

  /**
   * Starts a canonical mapper: as {@link #builder(ClassLoader)}, with properties and map keys
   * sorted.
   *
   * @param loader the class loader to search for Jackson modules
   * @return a builder; add settings and call {@code build()}
   */
  public static JsonMapper.Builder canonicalBuilder(ClassLoader loader) {
    return builder(loader)
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
  }
}
