/**
 * The {@code plan-revision} method: a plan is put to those it affects, who support it, object
 * with reasons or suggest changes, round after round; the proposer revises it in answer to the
 * objections, until a named decision rule finds enough support or the rounds run out. Start with
 * {@link io.yishi.core.method.revision.PlanRevisionMethod}; the portal reads the method's state
 * as a {@link io.yishi.core.method.revision.RevisionState}.
 *
 * <p>The case it comes from: in a 30-year-old estate of Lixiong community, building leaders
 * revised the repair plan with residents again and again for a year, until fences, street
 * lights and access control were agreed (DESIGN.md, "The case it comes from").
 */
@NullMarked
package io.yishi.core.method.revision;

import org.jspecify.annotations.NullMarked;
