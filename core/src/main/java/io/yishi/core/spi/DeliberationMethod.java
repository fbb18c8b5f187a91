package io.yishi.core.spi;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a consultation runs, phase by phase: which phases it has, in which order, and which
 * commands each phase accepts. Implement this to add a way of deliberating.
 *
 * <p>Implementations are found by {@link java.util.ServiceLoader}: name the class in {@code
 * META-INF/services/io.yishi.core.spi.DeliberationMethod}. They need a public no-argument
 * constructor and hold no mutable state; the state of a running consultation lives in the
 * consultation's event log, never in the method.
 */
public interface DeliberationMethod extends Plugin {

  /**
   * The phases of a consultation run with these parameters, in order. A consultation opens in the
   * first phase and moves only forward.
   *
   * @param parameters the method's parameters, already checked against {@link #parameters()}
   * @return at least one phase, ids unique
   * @throws InvalidParameterException if a parameter is out of range
   */
  List<Phase> phases(Parameters parameters);

  /**
   * The method's own procedure, for methods with actions beyond the consultation's commands
   * (cards, clusters, supports, ratings). The default has none: the phases' commands are the
   * consultation's own.
   *
   * @param parameters the method's parameters, already checked against {@link #parameters()}
   * @return the procedure, or null when the method has none
   * @throws InvalidParameterException if a parameter is out of range
   */
  default @Nullable Procedure<?> procedure(Parameters parameters) {
    return null;
  }
}
