package io.yishi.voting.preflib;

import io.yishi.core.YishiException;
import org.jspecify.annotations.Nullable;

/**
 * A PrefLib file breaks the format: a line that is not what its place calls for, an alternative
 * outside {@code 1..m} or twice in one order, an incomplete order or a tie where the data type
 * forbids it, or counts that disagree with the header. The field is {@code line N}, the 1-based
 * line of the file where the problem shows, so the message reads, for example, {@code line 12:
 * expected 'count: order', was '3 1,2'} or {@code line 11: the header says 5 voters, the orders
 * add up to 6}.
 */
public final class PrefLibFormatException extends YishiException {

  private static final long serialVersionUID = 1L;

  /** The 1-based line of the file where the problem shows. */
  private final int line;

  /**
   * Creates the exception.
   *
   * @param line the 1-based line of the file where the problem shows
   * @param found what was found there as shown to people (the line, quoted, or the offending
   *     value), or null when the rule says it all
   * @param rule what was expected, e.g. {@code "expected 'count: order'"}
   */
  public PrefLibFormatException(int line, @Nullable String found, String rule) {
    super("line " + line, found, rule);
    this.line = line;
  }

  /** {@return the 1-based line of the file where the problem shows} */
  public int line() {
    return line;
  }
}
