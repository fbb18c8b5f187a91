/**
 * The deliberation methods built into core. Each is a {@link io.yishi.core.spi.DeliberationMethod}
 * registered in {@code META-INF/services}; start with {@link
 * io.yishi.core.method.DiscussAndDecideMethod}, the plain two-phase method.
 */
@NullMarked
package io.yishi.core.method;

import org.jspecify.annotations.NullMarked;
