package io.yishi.voting.cardinal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.electorate.MemberId;
import io.yishi.core.spi.Ballot;
import java.util.List;
import java.util.TreeSet;

/**
 * One member's approval of some of the alternatives (or projects): the approved names, in any
 * order; the others are not approved. An empty approval is a valid, blank ballot. JSON type name
 * {@code "approval"}, e.g. {@code {"type": "approval", "voter": "m1", "approved": ["a", "c"]}}.
 *
 * @param voter the member whose ballot this is
 * @param approved the approved alternatives' names, sorted, none twice
 */
public record ApprovalBallot(MemberId voter, List<String> approved) implements Ballot {

  /**
   * Checks, sorts and copies.
   *
   * @param voter the member whose ballot this is
   * @param approved the approved alternatives' names; none twice; sorted and copied
   * @throws IllegalArgumentException if a name repeats
   */
  public ApprovalBallot {
    checkNotNull(voter, "voter");
    TreeSet<String> sorted = new TreeSet<>();
    for (String name : approved) {
      checkArgument(sorted.add(checkNotNull(name, "approved")),
          "ballot.approved: '%s' is approved twice", name);
    }
    approved = List.copyOf(sorted);
  }

  /**
   * {@return an approval of these alternatives}
   *
   * @param voter the member
   * @param approved the approved alternatives' names
   */
  public static ApprovalBallot of(MemberId voter, String... approved) {
    return new ApprovalBallot(voter, List.of(approved));
  }
}
