/**
 * The simulation kit: preference models, social networks and opinion dynamics, and experiments
 * that count many seeded runs with rules found in the plugin registry. Experimental: the API may
 * change while the kit grows.
 *
 * <p>{@link io.yishi.core.simulation.Simulator} runs an {@link
 * io.yishi.core.simulation.Experiment}: each run draws rankings into a {@link
 * io.yishi.core.simulation.RankingTally} and lets every {@link
 * io.yishi.core.simulation.TallyRule} choose. {@link io.yishi.core.simulation.SocialNetwork} says
 * who talks to whom, and {@link io.yishi.core.simulation.OpinionDynamics} (the plugins {@code
 * degroot}, {@code friedkin-johnsen}, {@code hegselmann-krause} and {@code deffuant}, found
 * through {@link io.yishi.core.plugin.PluginRegistry#opinionDynamics(String)}) evolves opinions
 * on it; {@link io.yishi.core.simulation.OpinionStatistics} measures the result. Everything here
 * is deterministic given an explicit {@link java.util.SplittableRandom}.
 */
@NullMarked
package io.yishi.core.simulation;

import org.jspecify.annotations.NullMarked;
