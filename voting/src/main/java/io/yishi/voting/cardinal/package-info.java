/**
 * Cardinal ballots and single-winner cardinal methods: approval and score ballots, the {@link
 * io.yishi.voting.cardinal.ApprovalProfile} shared with the committee and budgeting rules, the
 * {@link io.yishi.voting.cardinal.ScoreProfile} of score ballots, and the methods {@code
 * approval} ({@link io.yishi.voting.cardinal.ApprovalMethod}), {@code score}, {@code star},
 * {@code majority-judgment} and {@code dots} (the {@link
 * io.yishi.voting.cardinal.CardinalMethod}s), each returning a {@link
 * io.yishi.voting.cardinal.CardinalDecision}.
 *
 * <p>Start with a profile: build it with {@code ScoreProfile.builder(candidates, min, max)} (or
 * read approval data from a PrefLib {@code .cat} file) and call {@code decide(profile, parameters,
 * seed)} on a method; consultations reach the same methods by id through the plugin registry.
 */
@NullMarked
package io.yishi.voting.cardinal;

import org.jspecify.annotations.NullMarked;
