/**
 * The tie-breakers built into core. Start with {@link io.yishi.core.tie.LotTieBreaker}, a lot
 * drawn from an explicit seed.
 */
@NullMarked
package io.yishi.core.tie;

import org.jspecify.annotations.NullMarked;
