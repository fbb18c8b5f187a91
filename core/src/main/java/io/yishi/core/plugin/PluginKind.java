package io.yishi.core.plugin;

import io.yishi.core.simulation.OpinionDynamics;
import io.yishi.core.simulation.PopulationModel;
import io.yishi.core.simulation.PreferenceModel;
import io.yishi.core.spi.DecisionRule;
import io.yishi.core.spi.DeliberationMethod;
import io.yishi.core.spi.NegotiationTool;
import io.yishi.core.spi.Plugin;
import io.yishi.core.spi.SortitionAlgorithm;
import io.yishi.core.spi.TieBreaker;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The kinds of plugin, each with its service interface and the word used in listings. */
public enum PluginKind {
  /** A {@link DeliberationMethod}. */
  DELIBERATION_METHOD("deliberation-method", DeliberationMethod.class),
  /** A {@link DecisionRule}. */
  DECISION_RULE("decision-rule", DecisionRule.class),
  /** A {@link TieBreaker}. */
  TIE_BREAKER("tie-breaker", TieBreaker.class),
  /** A {@link NegotiationTool}. */
  NEGOTIATION_TOOL("negotiation-tool", NegotiationTool.class),
  /** An {@link OpinionDynamics} model. */
  OPINION_DYNAMICS("opinion-dynamics", OpinionDynamics.class),
  /** A {@link PreferenceModel}. */
  PREFERENCE_MODEL("preference-model", PreferenceModel.class),
  /** A {@link PopulationModel}. */
  POPULATION_MODEL("population-model", PopulationModel.class),
  /** A {@link SortitionAlgorithm}. */
  SORTITION_ALGORITHM("sortition-algorithm", SortitionAlgorithm.class);

  private final String word;
  private final Class<? extends Plugin> serviceType;

  PluginKind(String word, Class<? extends Plugin> serviceType) {
    this.word = word;
    this.serviceType = serviceType;
  }

  /** {@return the kind as written in listings and messages, e.g. {@code "decision-rule"}} */
  public String word() {
    return word;
  }

  /** {@return the service interface that plugins of this kind implement} */
  public Class<? extends Plugin> serviceType() {
    return serviceType;
  }

  /**
   * {@return the kind of a plugin instance}
   *
   * @param plugin a plugin implementing exactly one of the service interfaces
   * @throws IllegalArgumentException if the plugin implements none or several service interfaces
   */
  public static PluginKind of(Plugin plugin) {
    PluginKind found = null;
    for (PluginKind kind : values()) {
      if (kind.serviceType.isInstance(plugin)) {
        if (found != null) {
          throw new IllegalArgumentException("plugin " + plugin.getClass().getName()
              + " implements both " + found.word + " and " + kind.word + "; implement one");
        }
        found = kind;
      }
    }
    if (found == null) {
      throw new IllegalArgumentException("plugin " + plugin.getClass().getName()
          + " implements none of " + Arrays.stream(values())
              .map(k -> k.serviceType.getSimpleName()).collect(Collectors.joining(", ")));
    }
    return found;
  }

  @Override
  public String toString() {
    return word;
  }
}
