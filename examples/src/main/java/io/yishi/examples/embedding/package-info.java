/**
 * The embedding example quoted in the README, kept here so that a test compiles and runs it.
 * Start with {@link io.yishi.examples.embedding.EmbeddingExample}.
 */
@NullMarked
package io.yishi.examples.embedding;

import org.jspecify.annotations.NullMarked;
