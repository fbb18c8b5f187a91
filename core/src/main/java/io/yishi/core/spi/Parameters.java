package io.yishi.core.spi;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CaseFormat;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.yishi.core.Fraction;
import io.yishi.core.internal.Decimals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of one method or rule: an immutable set of named JSON-like values (text,
 * numbers, booleans, lists and nested maps), read with typed accessors that fail with a message
 * naming the parameter.
 *
 * <p>Numbers are kept as exact {@link BigDecimal}s without trailing zeros, so {@code 0.50} and
 * {@code 0.5} are the same parameter value and a parameter set survives a JSON round trip
 * unchanged.
 *
 * <pre>{@code
 * Parameters p = Parameters.of(Map.of("threshold", "2/3", "strict", false));
 * Fraction t = p.fraction("threshold", Fraction.HALF);   // 2/3
 * }</pre>
 */
public final class Parameters {

  private static final Parameters EMPTY = new Parameters(ImmutableMap.of());

  private final ImmutableMap<String, Object> values;

  private Parameters(ImmutableMap<String, Object> values) {
    this.values = values;
  }

  /** {@return the empty parameter set: every accessor returns its default} */
  public static Parameters empty() {
    return EMPTY;
  }

  /**
   * Copies and normalises a map of values.
   *
   * @param values names to values; a value is a {@link String}, {@link Boolean}, {@link Number},
   *     {@link Fraction} (kept as its text), {@link Enum} (kept as its kebab-case name), or a
   *     {@link List} or {@link Map} of those
   * @return the parameter set, keys in sorted order
   * @throws InvalidParameterException naming the parameter if a value is null or of another type
   */
  public static Parameters of(Map<String, ?> values) {
    checkNotNull(values, "values");
    if (values.isEmpty()) {
      return EMPTY;
    }
    ImmutableMap.Builder<String, Object> copy = ImmutableMap.builder();
    new TreeMap<>(values).forEach((k, v) -> copy.put(k, normalise(k, v)));
    return new Parameters(copy.buildOrThrow());
  }

  private static Object normalise(String name, @Nullable Object value) {
    if (value == null) {
      throw new InvalidParameterException(name, null, "must not be null");
    }
    if (value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof BigDecimal d) {
      return Decimals.normalise(d);
    }
    if (value instanceof Number n) {
      return Decimals.normalise(new BigDecimal(n.toString()));
    }
    if (value instanceof Fraction f) {
      return f.toString();
    }
    if (value instanceof Enum<?> e) {
      return kebab(e);
    }
    if (value instanceof List<?> list) {
      ImmutableList.Builder<Object> copy = ImmutableList.builder();
      for (int i = 0; i < list.size(); i++) {
        copy.add(normalise(name + "[" + i + "]", list.get(i)));
      }
      return copy.build();
    }
    if (value instanceof Map<?, ?> map) {
      // Keys are compared as text: a map whose keys are of mixed types (a JSON object's keys
      // are always text; a map built in code may not be) still sorts instead of failing.
      TreeMap<String, Object> sorted = new TreeMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = String.valueOf(e.getKey());
        if (sorted.put(key, normalise(name + "." + key, e.getValue())) != null) {
          throw new InvalidParameterException(name + "." + key, e.getValue(),
              "appears twice once keys are read as text");
        }
      }
      return ImmutableMap.copyOf(sorted);
    }
    throw new InvalidParameterException(name, value,
        "must be text, a number, a boolean, a list or a map, not a " + value.getClass().getName());
  }


  private static String kebab(Enum<?> e) {
    return CaseFormat.UPPER_UNDERSCORE.to(CaseFormat.LOWER_HYPHEN, e.name());
  }

  /** {@return the names and normalised values, keys sorted} */
  public Map<String, Object> asMap() {
    return values;
  }

  /** {@return true if no parameter is set} */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  /**
   * {@return the raw value of a parameter, or empty if it is not set}
   *
   * <p>The value is normalised: a {@link String}, a {@link Boolean}, a {@link BigDecimal}
   * without trailing zeros, or an immutable {@link List} or {@link Map} of those.
   *
   * @param name the parameter's name
   */
  public Optional<Object> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /**
   * Returns a copy with one more parameter, replacing any earlier value of that name; this set is
   * unchanged.
   *
   * @param name the parameter's name
   * @param value the value, of a type {@link #of(Map)} accepts
   * @return the new parameter set, keys in sorted order
   * @throws InvalidParameterException if the value is null or has a type parameters cannot hold
   */
  public Parameters with(String name, Object value) {
    Map<String, Object> copy = new HashMap<>(values);
    copy.put(name, value);
    return of(copy);
  }

  /**
   * Checks that every parameter set here is one the plugin declares.
   *
   * @param pluginId the plugin's id, for the message
   * @param specs the parameters the plugin declares
   * @return this parameter set
   * @throws InvalidParameterException naming the first unknown parameter and listing the known
   */
  public Parameters checkKnown(String pluginId, List<ParameterSpec> specs) {
    Set<String> known = new TreeSet<>();
    specs.forEach(s -> known.add(s.name()));
    for (Map.Entry<String, Object> e : values.entrySet()) {
      if (!known.contains(e.getKey())) {
        throw new InvalidParameterException(e.getKey(), e.getValue(),
            "is not a parameter of '" + pluginId + "' (known: " + known + ")");
      }
    }
    return this;
  }

  /**
   * {@return a text parameter, or the default if absent}
   *
   * @param name the parameter's name
   * @param defaultValue the value returned when the parameter is not set
   * @throws InvalidParameterException if the value is not text
   */
  public String text(String name, String defaultValue) {
    Object v = values.get(name);
    if (v == null) {
      return defaultValue;
    }
    if (v instanceof String s) {
      return s;
    }
    throw new InvalidParameterException(name, v, "must be text");
  }

  /**
   * {@return a boolean parameter, or the default if absent}
   *
   * @param name the parameter's name
   * @param defaultValue the value returned when the parameter is not set
   * @throws InvalidParameterException if the value is not {@code true} or {@code false}
   */
  public boolean flag(String name, boolean defaultValue) {
    Object v = values.get(name);
    if (v == null) {
      return defaultValue;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    throw new InvalidParameterException(name, v, "must be true or false");
  }

  /**
   * {@return an exact number parameter, or the default if absent}
   *
   * <p>A set value comes back without trailing zeros: {@code 0.50} is read as {@code 0.5}.
   *
   * @param name the parameter's name
   * @param defaultValue the value returned when the parameter is not set, as given
   * @throws InvalidParameterException if the value is not a number
   */
  public BigDecimal decimal(String name, BigDecimal defaultValue) {
    Object v = values.get(name);
    if (v == null) {
      return defaultValue;
    }
    if (v instanceof BigDecimal d) {
      return d;
    }
    throw new InvalidParameterException(name, v, "must be a number");
  }

  /**
   * {@return a whole-number parameter, or the default if absent}
   *
   * @param name the parameter's name
   * @param defaultValue the value returned when the parameter is not set
   * @throws InvalidParameterException if the value is not a whole number that fits in a long
   */
  public long integer(String name, long defaultValue) {
    Object v = values.get(name);
    if (v == null) {
      return defaultValue;
    }
    if (v instanceof BigDecimal d) {
      try {
        return d.longValueExact();
      } catch (ArithmeticException e) {
        throw new InvalidParameterException(name, v, "must be a whole number", e);
      }
    }
    throw new InvalidParameterException(name, v, "must be a whole number");
  }

  /**
   * Reads a fraction written as {@code "2/3"}, as a decimal text such as {@code "0.75"}, or as a
   * JSON number such as {@code 0.75}.
   *
   * @param name the parameter's name
   * @param defaultValue the value returned when the parameter is not set
   * @return the fraction, or the default if absent
   * @throws InvalidParameterException if the value is not a non-negative fraction
   */
  public Fraction fraction(String name, Fraction defaultValue) {
    Object v = values.get(name);
    if (v == null) {
      return defaultValue;
    }
    try {
      if (v instanceof String s) {
        return Fraction.parse(s);
      }
      if (v instanceof BigDecimal d) {
        return Fraction.of(d);
      }
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new InvalidParameterException(name, v, "must be a fraction such as \"2/3\" or 0.75", e);
    }
    throw new InvalidParameterException(name, v, "must be a fraction such as \"2/3\" or 0.75");
  }

  /**
   * Reads one of an enum's constants, written in kebab case: {@code COUNT_AS_NO} is {@code
   * "count-as-no"}.
   *
   * @param <E> the enum type
   * @param name the parameter's name
   * @param type the enum's class, whose constants are the allowed values
   * @param defaultValue the constant returned when the parameter is not set
   * @return the constant, or the default if absent
   * @throws InvalidParameterException listing the allowed words if the value is not one of them
   */
  public <E extends Enum<E>> E choice(String name, Class<E> type, E defaultValue) {
    Object v = values.get(name);
    if (v == null) {
      return defaultValue;
    }
    List<String> allowed = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      String word = kebab(constant);
      if (word.equals(v)) {
        return constant;
      }
      allowed.add(word);
    }
    throw new InvalidParameterException(name, v, "must be one of " + allowed);
  }

  /**
   * {@return a list of texts, or the default if absent}
   *
   * @param name the parameter's name
   * @param defaultValue the list returned when the parameter is not set
   * @throws InvalidParameterException if the value is not a list of texts
   */
  public List<String> texts(String name, List<String> defaultValue) {
    Object v = values.get(name);
    if (v == null) {
      return defaultValue;
    }
    if (v instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
      return list.stream().map(String.class::cast).toList();
    }
    throw new InvalidParameterException(name, v, "must be a list of texts");
  }

  /** Parameter sets are equal when they hold the same names with the same normalised values. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Parameters other && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /** {@return the parameters as {@code {name=value, …}}} */
  @Override
  public String toString() {
    return values.toString();
  }
}
