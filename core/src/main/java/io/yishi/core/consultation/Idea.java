package io.yishi.core.consultation;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.community.ResidentId;
import java.time.Instant;

/**
 * An idea put forward in a consultation.
 *
 * @param number its number in the consultation, from 1
 * @param author who put it forward
 * @param text the idea
 * @param at when it was recorded
 */
public record Idea(int number, ResidentId author, String text, Instant at) {
  /**
   * Creates the idea; every part is required.
   *
   * @param number its number in the consultation, from 1
   * @param author who put it forward
   * @param text the idea
   * @param at when it was recorded
   */
  public Idea {
    checkNotNull(author, "author");
    checkNotNull(text, "text");
    checkNotNull(at, "at");
  }
}
