/**
 * The built-in population models: {@code lixiong}, a synthetic community of old and new estates
 * shaped like the Lixiong case, and {@code community}, the voters of a community read from its
 * JSON description.
 */
@NullMarked
package io.yishi.core.simulation.population;

import org.jspecify.annotations.NullMarked;
