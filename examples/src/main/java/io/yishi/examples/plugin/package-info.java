/**
 * An example plugin written the way a host application writes one: a decision rule ({@link
 * io.yishi.examples.plugin.ShowOfHandsRule}) with its own ballot and decision types, a Jackson
 * module that gives them stable JSON type names, and the {@code META-INF/services} entries that
 * let the registry, the command line and stored logs find them.
 */
@NullMarked
package io.yishi.examples.plugin;

import org.jspecify.annotations.NullMarked;
