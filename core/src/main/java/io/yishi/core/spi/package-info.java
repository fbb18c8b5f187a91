/**
 * The service-provider interfaces: what rule authors and host applications implement to add a
 * way of deliberating ({@link io.yishi.core.spi.DeliberationMethod}), a way of turning ballots
 * into a decision ({@link io.yishi.core.spi.DecisionRule}), a way of settling ties ({@link
 * io.yishi.core.spi.TieBreaker}) or a tool a mediator runs on what the parties of a dispute state
 * ({@link io.yishi.core.spi.NegotiationTool}, returning a {@link
 * io.yishi.core.spi.NegotiationResult}).
 *
 * <p>Implementations are found by {@link java.util.ServiceLoader}: list the class in {@code
 * META-INF/services/} under the interface's name, give it a public no-argument constructor, and
 * the {@link io.yishi.core.plugin.PluginRegistry}, the command line and the simulator find it.
 * Each SPI takes one request value and returns one result value, so that it can grow through new
 * request fields and default methods without breaking implementations.
 */
@NullMarked
package io.yishi.core.spi;

import org.jspecify.annotations.NullMarked;
