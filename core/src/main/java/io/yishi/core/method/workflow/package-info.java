/**
 * The {@code workflow} method: staged workflows that chain deliberation, decision and disclosure
 * stages, each closed by a gate. Start with {@link io.yishi.core.method.workflow.WorkflowMethod};
 * the bundled 四议两公开 definition is {@link
 * io.yishi.core.method.workflow.WorkflowDefinition#FOUR_DELIBERATIONS}, and hosts define their
 * own as a {@link io.yishi.core.method.workflow.WorkflowDefinition} in code or JSON.
 */
@NullMarked
package io.yishi.core.method.workflow;

import org.jspecify.annotations.NullMarked;
