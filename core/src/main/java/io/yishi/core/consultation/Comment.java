package io.yishi.core.consultation;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.community.ResidentId;
import io.yishi.core.issue.ProposalId;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A comment posted in a consultation.
 *
 * @param number its number in the consultation, from 1
 * @param author who posted it
 * @param about the proposal it is about, or null when it is about the consultation as a whole
 * @param text the comment
 * @param at when it was recorded
 */
public record Comment(
    int number, ResidentId author, @Nullable ProposalId about, String text, Instant at) {
  /**
   * Creates the comment; every part but {@code about} is required.
   *
   * @param number its number in the consultation, from 1
   * @param author who posted it
   * @param about the proposal it is about, or null when it is about the consultation as a whole
   * @param text the comment
   * @param at when it was recorded
   */
  public Comment {
    checkNotNull(author, "author");
    checkNotNull(text, "text");
    checkNotNull(at, "at");
  }

  /** {@return the proposal the comment is about, or empty} */
  public Optional<ProposalId> proposal() {
    return Optional.ofNullable(about);
  }
}
