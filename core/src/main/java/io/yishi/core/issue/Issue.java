package io.yishi.core.issue;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.electorate.Scope;

/**
 * A topic the community deliberates on, e.g. "install access control in estate A".
 *
 * @param id the issue's id
 * @param title a short title for people
 * @param category the kind of affair
 * @param scope the part of the community it concerns: the whole community, an estate or a
 *     building
 */
public record Issue(IssueId id, String title, Category category, Scope scope) {

  /**
   * Checks the parts of the issue.
   *
   * @param id the issue's id
   * @param title a short title for people
   * @param category the kind of affair
   * @param scope the part of the community it concerns: the whole community, an estate or a
   *     building
   * @throws IllegalArgumentException if the title is blank
   */
  public Issue {
    checkNotNull(id, "id");
    checkNotNull(title, "title");
    checkNotNull(category, "category");
    checkNotNull(scope, "scope");
    checkArgument(!title.isBlank(), "issue %s: title must not be blank", id);
  }
}
