package io.yishi.core.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Describes one parameter a plugin reads, for listings and for checking parameter sets.
 *
 * @param name the parameter's JSON name, lower camel case, e.g. {@code "threshold"}
 * @param type the kind of value in words, e.g. {@code "fraction"}, {@code "boolean"}, {@code
 *     "integer >= 1"} or {@code "one of: fails, lot"}
 * @param defaultValue the value used when the parameter is absent, as text; empty if required
 * @param description what the parameter does, one sentence
 */
public record ParameterSpec(String name, String type, String defaultValue, String description) {

  /**
   * Checks the parts.
   *
   * @param name the parameter's JSON name, lower camel case, e.g. {@code "threshold"}
   * @param type the kind of value in words, e.g. {@code "fraction"}, {@code "boolean"}, {@code
   *     "integer >= 1"} or {@code "one of: fails, lot"}
   * @param defaultValue the value used when the parameter is absent, as text; empty if required
   * @param description what the parameter does, one sentence
   * @throws IllegalArgumentException if the name is not lower camel case or the type or
   *     description is blank
   */
  public ParameterSpec {
    checkNotNull(name, "name");
    checkNotNull(type, "type");
    checkNotNull(defaultValue, "defaultValue");
    checkNotNull(description, "description");
    checkArgument(name.matches("[a-z][A-Za-z0-9]*"),
        "parameter name must be lower camel case, was '%s'", name);
    checkArgument(!type.isBlank(), "parameter %s: type must not be blank", name);
    checkArgument(!description.isBlank(), "parameter %s: description must not be blank", name);
  }

  /**
   * {@return a parameter spec; shorthand for the constructor}
   *
   * @param name the parameter's JSON name, lower camel case, e.g. {@code "threshold"}
   * @param type the kind of value in words, e.g. {@code "fraction"} or {@code "integer >= 1"}
   * @param defaultValue the value used when the parameter is absent, as text; empty if required
   * @param description what the parameter does, one sentence
   * @throws IllegalArgumentException if the name is not lower camel case or the type or
   *     description is blank
   */
  public static ParameterSpec of(String name, String type, String defaultValue, String description) {
    return new ParameterSpec(name, type, defaultValue, description);
  }
}
