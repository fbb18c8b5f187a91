/**
 * Interest-expression and consultation rounds between stakeholder groups, the method {@code
 * interest-rounds}: start with {@link io.yishi.core.method.interest.InterestRoundsMethod}, which
 * lists the parameters and phases; {@link io.yishi.core.method.interest.InterestAction} holds what
 * participants do, {@link io.yishi.core.method.interest.InterestFact} what the log records, and
 * {@link io.yishi.core.method.interest.InterestRoundsState} what a portal shows, including which
 * interests each option serves.
 *
 * <p>The procedure follows RULES.md §2 (interest-based negotiation after Fisher and Ury: positions
 * and interests, inventing before judging, objective criteria, testing options against each
 * group's acceptance level or BATNA) inside the community consultation frame of RULES.md §3.4
 * (all interested parties take part, each states its views, the result is reported back).
 */
@NullMarked
package io.yishi.core.method.interest;

import org.jspecify.annotations.NullMarked;
