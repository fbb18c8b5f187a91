/** Helpers shared by the voting module's packages; not part of its API. */
@NullMarked
package io.yishi.voting.internal;

import org.jspecify.annotations.NullMarked;
