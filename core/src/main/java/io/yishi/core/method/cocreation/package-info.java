/**
 * The team co-creation workshop (团队共创), the ICA ToP Consensus Workshop of RULES.md §1.1:
 * method id {@code co-creation}. Start with {@link
 * io.yishi.core.method.cocreation.CoCreationMethod} for the phases and parameters; a portal
 * submits {@link io.yishi.core.method.cocreation.WorkshopAction}s, reads the {@link
 * io.yishi.core.method.cocreation.Workshop} state and shows its {@link
 * io.yishi.core.method.cocreation.ConsensusChart}.
 */
@NullMarked
package io.yishi.core.method.cocreation;

import org.jspecify.annotations.NullMarked;
