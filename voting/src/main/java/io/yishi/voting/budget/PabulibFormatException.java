package io.yishi.voting.budget;

import io.yishi.core.YishiException;
import org.jspecify.annotations.Nullable;

/**
 * A pabulib {@code .pb} file breaks the format: a line that is not what its section calls for, a
 * cost that is not a number, a vote naming an unknown project, a repeated id, a missing section or
 * META key, a vote type other than approval, or counts that disagree with META. The field is
 * {@code line N}, the 1-based line where the problem shows, so the message reads, for example,
 * {@code line 14: expected 3 fields as in the header 'project_id;cost;name', was '7;1200'}.
 */
public final class PabulibFormatException extends YishiException {

  private static final long serialVersionUID = 1L;

  private final int line;

  /**
   * Creates the exception.
   *
   * @param line the 1-based line of the file where the problem shows
   * @param found what was found there (the line, quoted, or the offending value), or null
   * @param rule what was expected
   */
  public PabulibFormatException(int line, @Nullable String found, String rule) {
    super("line " + line, found, rule);
    this.line = line;
  }

  /** {@return the 1-based line of the file where the problem shows} */
  public int line() {
    return line;
  }
}
