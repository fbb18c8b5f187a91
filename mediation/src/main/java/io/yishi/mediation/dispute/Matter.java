package io.yishi.mediation.dispute;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A matter in dispute: water leaking from the flat above, noise at night, a blocked corridor.
 *
 * @param id the matter's id in the case (letters, digits, '.', '_', ':' or '-'), e.g. {@code
 *     "leak"}
 * @param description the matter in words, not blank
 */
public record Matter(String id, String description) {

  /**
   * Checks the parts.
   *
   * @param id the matter's id (letters, digits, '.', '_', ':', '-')
   * @param description the matter in words, not blank
   * @throws IllegalArgumentException naming the matter and the rule broken
   */
  public Matter {
    checkNotNull(id, "id");
    Ids.check("matter id", id);
    checkNotNull(description, "description");
    checkArgument(!description.isBlank(), "matter %s: description must not be blank", id);
  }
}
