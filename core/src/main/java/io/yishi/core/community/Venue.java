package io.yishi.core.community;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A place where residents meet to deliberate, physical or online.
 *
 * @param id the venue's id, unique within its community
 * @param name the name residents use, not blank
 * @param kind its place in the "1 + N" service circle
 * @param estate the estate the venue serves, or {@code null} for one that serves the whole
 *     community, such as the centre or the online hall
 */
public record Venue(VenueId id, String name, VenueKind kind, @Nullable EstateId estate) {

  /**
   * Checks the components.
   *
   * @param id the venue's id, unique within its community
   * @param name the name residents use, not blank
   * @param kind its place in the "1 + N" service circle
   * @param estate the estate the venue serves, or {@code null} for one that serves the whole
   *     community, such as the centre or the online hall
   * @throws IllegalArgumentException naming the venue if {@code name} is blank
   * @throws NullPointerException if {@code id}, {@code name} or {@code kind} is null
   */
  public Venue {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(kind, "kind");
    checkArgument(!name.isBlank(), "venue %s: name must not be blank, was '%s'", id, name);
  }

  /** {@return the estate the venue serves, or empty if it serves the whole community} */
  public Optional<EstateId> estateId() {
    return Optional.ofNullable(estate);
  }
}
