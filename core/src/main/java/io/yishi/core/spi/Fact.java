package io.yishi.core.spi;

/**
 * Something that happened in a deliberation method's own procedure, as the consultation's log
 * records it: a card written, clusters formed, an idea supported. A method's state is the fold of
 * its facts in order ({@link Procedure#apply}).
 *
 * <p>Implementations are immutable values (records) with a stable JSON type name equal to
 * {@link #type()}, registered in their module's Jackson module; stored logs depend on it. Hold
 * lists or sorted collections and key maps by strings, so that equal facts give equal JSON.
 */
public interface Fact {

  /** {@return the fact's type name, lower-case words joined by hyphens, e.g. {@code "card-written"}} */
  String type();
}
