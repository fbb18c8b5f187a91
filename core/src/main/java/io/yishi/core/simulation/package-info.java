/**
 * The simulation kit: preference models, opinion dynamics on a social network, and experiments
 * that count many seeded runs with rules found in the plugin registry. Experimental: the API may
 * change while the kit grows.
 */
@NullMarked
package io.yishi.core.simulation;

import org.jspecify.annotations.NullMarked;
