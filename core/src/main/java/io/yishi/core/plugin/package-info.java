/**
 * Finding and listing the installed plugins. Start with {@link
 * io.yishi.core.plugin.PluginRegistry#load()}, which finds every {@link
 * io.yishi.core.spi.DeliberationMethod}, {@link io.yishi.core.spi.DecisionRule}, {@link
 * io.yishi.core.spi.TieBreaker} and {@link io.yishi.core.spi.NegotiationTool} listed in {@code
 * META-INF/services}; hand-written plugins are added with {@link
 * io.yishi.core.plugin.PluginRegistry#with(io.yishi.core.spi.Plugin...)}.
 */
@NullMarked
package io.yishi.core.plugin;

import org.jspecify.annotations.NullMarked;
