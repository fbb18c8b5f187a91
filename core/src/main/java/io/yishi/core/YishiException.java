package io.yishi.core;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The root of Yishi's exceptions for bad input from people or files: a command that the state
 * does not allow, a malformed ballot, an unknown plugin, a tampered log.
 *
 * <p>Each exception carries the facts as fields so that a command line can print one line and a
 * portal can show the field next to the form: {@link #field()} names what was wrong, {@link
 * #rule()} says what was expected and {@link #value()} shows what was found. The message has one
 * shape everywhere: {@code field: rule, was value}.
 *
 * <p>Mistakes in calling code (a null argument, a negative count passed by a program) are not
 * reported this way; they raise {@link IllegalArgumentException}, {@link NullPointerException} or
 * {@link IllegalStateException}, as Guava's preconditions do.
 */
public abstract class YishiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final @Nullable String value;
  private final String rule;

  /**
   * Creates an exception for one bad field.
   *
   * @param field what was wrong, e.g. {@code "ballot.voter"} or {@code "event 17"}
   * @param value the offending value as shown to people, or null when there is none to show
   * @param rule what was expected, e.g. {@code "must be a member of the electorate"}
   */
  protected YishiException(String field, @Nullable Object value, String rule) {
    this(field, value, rule, null);
  }

  /**
   * Creates an exception for one bad field, keeping the exception that revealed it.
   *
   * @param field what was wrong
   * @param value the offending value as shown to people, or null when there is none to show
   * @param rule what was expected
   * @param cause the underlying exception, or null
   */
  protected YishiException(
      String field, @Nullable Object value, String rule, @Nullable Throwable cause) {
    super(message(field, value, rule), cause);
    this.field = checkNotNull(field, "field");
    this.value = value == null ? null : String.valueOf(value);
    this.rule = checkNotNull(rule, "rule");
  }

  private static String message(String field, @Nullable Object value, String rule) {
    return value == null ? field + ": " + rule : field + ": " + rule + ", was " + value;
  }

  /** {@return what was wrong, e.g. {@code "ballot.voter"}} */
  public String field() {
    return field;
  }

  /** {@return the offending value as text, or empty when there is none to show} */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /** {@return what was expected, e.g. {@code "must be a member of the electorate"}} */
  public String rule() {
    return rule;
  }
}
