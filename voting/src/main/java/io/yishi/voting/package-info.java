/**
 * Decision rules: motions with quorums and thresholds, weighted and double majority with legal
 * presets, ranked, cardinal and multi-winner methods. Every rule is a {@link
 * io.yishi.core.spi.DecisionRule} registered in {@code META-INF/services}, so that {@link
 * io.yishi.core.plugin.PluginRegistry#load()} finds it.
 */
@NullMarked
package io.yishi.voting;

import org.jspecify.annotations.NullMarked;
