/**
 * What a community deliberates on: an {@link io.yishi.core.issue.Issue} (a topic with a category
 * and the part of the community it concerns) and the {@link io.yishi.core.issue.Proposal}s put
 * forward on it, each with its full {@link io.yishi.core.issue.Revision} history: who revised it,
 * what changed and why.
 */
@NullMarked
package io.yishi.core.issue;

import org.jspecify.annotations.NullMarked;
