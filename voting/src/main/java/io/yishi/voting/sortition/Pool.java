package io.yishi.voting.sortition;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The volunteers who answered the invitation, in the order given (the order of the people file).
 *
 * @param volunteers the volunteers, at least one, ids unique; copied
 */
public record Pool(List<Volunteer> volunteers) {

  /**
   * Validates and copies.
   *
   * @param volunteers the volunteers, at least one, ids unique; copied
   * @throws SortitionInputException if the pool is empty or two volunteers share an id
   */
  public Pool {
    checkNotNull(volunteers, "volunteers");
    volunteers = List.copyOf(volunteers);
    if (volunteers.isEmpty()) {
      throw new SortitionInputException("pool", null, "needs at least one volunteer");
    }
    Set<String> ids = new HashSet<>();
    for (Volunteer v : volunteers) {
      if (!ids.add(v.id())) {
        throw new SortitionInputException("pool", v.id(), "volunteer ids must be unique");
      }
    }
  }

  /** {@return the number of volunteers, at least 1} */
  public int size() {
    return volunteers.size();
  }
}
