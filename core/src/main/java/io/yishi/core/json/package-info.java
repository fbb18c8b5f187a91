/**
 * JSON for every Yishi value, with Jackson, kept out of the domain packages.
 *
 * <p>Start with {@link io.yishi.core.json.YishiJson#mapper()}: a mapper configured the way Yishi
 * reads and writes JSON, with every Jackson module on the class path found through {@code
 * META-INF/services} ({@link io.yishi.core.json.YishiCoreModule} for core, and one module per
 * Yishi module for its ballots and decisions). Polymorphic values carry a stable {@code "type"}
 * name, never a Java class name; ids are plain strings; unknown or malformed JSON fails with the
 * path of the bad field.
 */
@NullMarked
package io.yishi.core.json;

import org.jspecify.annotations.NullMarked;
