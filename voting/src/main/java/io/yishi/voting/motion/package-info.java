/**
 * Yes/no motions decided under quorums and exact thresholds: simple, qualified and double
 * majorities, unanimity and consent, with proxies, standing delegation and the legal presets of
 * RULES.md (owners' joint decisions under Civil Code art. 278, residents' meetings, Robert's
 * Rules, the Nantang rules).
 *
 * <p>Start with {@link io.yishi.voting.motion.MotionRule}: build one with {@link
 * io.yishi.voting.motion.MotionRule#builder()}, or take a preset from the plugin registry by id
 * ({@code majority}, {@code owners-major}, …). Ballots are {@link
 * io.yishi.voting.motion.MotionBallot}s; the result is a {@link
 * io.yishi.voting.motion.MotionDecision} that explains every number it used.
 */
@NullMarked
package io.yishi.voting.motion;

import org.jspecify.annotations.NullMarked;
