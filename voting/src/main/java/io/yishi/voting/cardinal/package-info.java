/**
 * Cardinal ballots and single-winner cardinal methods: approval and score ballots, the {@link
 * io.yishi.voting.cardinal.ApprovalProfile} shared with the committee and budgeting rules, and
 * approval, score, STAR, majority judgment and dot voting.
 */
@NullMarked
package io.yishi.voting.cardinal;

import org.jspecify.annotations.NullMarked;
