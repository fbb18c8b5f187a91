/**
 * Electorates: who decides a question, and with what weight.
 *
 * <p>Start with {@link io.yishi.core.electorate.Electorate}. Its static methods build one from
 * members the host already knows, from the residents of a {@link
 * io.yishi.core.community.Community} who meet an {@link io.yishi.core.electorate.Eligibility}
 * condition (one member per person, household or unit, see {@link
 * io.yishi.core.electorate.Weighting}), or, with {@link
 * io.yishi.core.electorate.Electorate#owners Electorate.owners}, the owners of the units in a
 * {@link io.yishi.core.electorate.Scope} weighted by exclusive floor area for joint decisions
 * under Civil Code art. 278 (RULES.md §3.1). Decision rules in the voting module read an
 * electorate's members, head count and total weight.
 */
@NullMarked
package io.yishi.core.electorate;

import org.jspecify.annotations.NullMarked;
