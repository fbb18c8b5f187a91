/** Annotations that state the API status of Yishi's public types. */
@NullMarked
package io.yishi.core.annotation;

import org.jspecify.annotations.NullMarked;
