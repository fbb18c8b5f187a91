/**
 * The preference models built into core, registered as {@link
 * io.yishi.core.simulation.PreferenceModel} plugins: {@link
 * io.yishi.core.simulation.preference.ImpartialCultureModel} ({@code impartial}), {@link
 * io.yishi.core.simulation.preference.ImpartialAnonymousModel} ({@code impartial-anonymous}),
 * {@link io.yishi.core.simulation.preference.MallowsModel} ({@code mallows}), {@link
 * io.yishi.core.simulation.preference.UrnModel} ({@code urn}), {@link
 * io.yishi.core.simulation.preference.SpatialModel} ({@code spatial}) and {@link
 * io.yishi.core.simulation.preference.SinglePeakedModel} ({@code single-peaked}). Find them by
 * id through the plugin registry rather than constructing them.
 */
@NullMarked
package io.yishi.core.simulation.preference;

import org.jspecify.annotations.NullMarked;
