package io.yishi.core.issue;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.community.ResidentId;
import java.time.Instant;

/**
 * One version of a proposal: its text, who wrote it, when, what changed and why.
 *
 * @param number 1 for the proposal as tabled, then 2, 3, … for each revision
 * @param author the resident who wrote this version
 * @param at when this version was recorded
 * @param title the proposal's title in this version
 * @param text the proposal's full text in this version
 * @param change what changed against the previous version, in words; {@code "tabled"} for the
 *     first
 * @param reason why it changed, e.g. the residents' objection it answers; may be empty
 */
public record Revision(
    int number, ResidentId author, Instant at, String title, String text, String change,
    String reason) {

  /**
   * Checks the parts of one revision.
   *
   * @param number 1 for the proposal as tabled, then 2, 3, … for each revision
   * @param author the resident who wrote this version
   * @param at when this version was recorded
   * @param title the proposal's title in this version
   * @param text the proposal's full text in this version
   * @param change what changed against the previous version, in words; {@code "tabled"} for the
   *     first
   * @param reason why it changed, e.g. the residents' objection it answers; may be empty
   * @throws IllegalArgumentException if the number is below 1 or title, text or change is blank
   */
  public Revision {
    checkArgument(number >= 1, "revision.number: must be >= 1, was %s", number);
    checkNotNull(author, "author");
    checkNotNull(at, "at");
    checkNotNull(title, "title");
    checkNotNull(text, "text");
    checkNotNull(change, "change");
    checkNotNull(reason, "reason");
    checkArgument(!title.isBlank(), "revision.title: must not be blank");
    checkArgument(!text.isBlank(), "revision.text: must not be blank");
    checkArgument(!change.isBlank(), "revision.change: must not be blank");
  }
}
