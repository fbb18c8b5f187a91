package io.yishi.core.spi;

import java.util.List;

/**
 * What every plugin has: a stable id, a one-line description and the parameters it reads.
 *
 * <p>Not implemented directly: implement {@link DeliberationMethod}, {@link DecisionRule},
 * {@link TieBreaker} or {@link NegotiationTool} (or another of {@link
 * io.yishi.core.plugin.PluginKind}'s service interfaces, such as {@link
 * io.yishi.core.simulation.OpinionDynamics}); the kind is the interface implemented, and a
 * plugin implements exactly one.
 */
public interface Plugin {

  /**
   * {@return the stable id, lower-case words joined by hyphens, e.g. {@code "instant-runoff"}}
   *
   * <p>Ids are contracts: consultations, stored logs and command lines refer to plugins by id.
   */
  String id();

  /** {@return one line for listings such as {@code yishi plugins}} */
  String description();

  /** {@return the parameters this plugin reads, with their defaults; empty if it takes none} */
  default List<ParameterSpec> parameters() {
    return List.of();
  }
}
