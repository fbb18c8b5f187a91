/**
 * Internal support for the core module: identifier checks, hashing, canonical JSON and the
 * plugin registry's machinery.
 *
 * <p><strong>Not API.</strong> Everything here may change or disappear in any release without
 * notice. Types are public only so that other packages of {@code yishi-core} can use them; no
 * other module and no application may depend on them.
 */
@NullMarked
package io.yishi.core.internal;

import org.jspecify.annotations.NullMarked;
