package io.yishi.core.issue;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.yishi.core.community.ResidentId;
import java.time.Instant;
import java.util.List;

/**
 * A proposal put to the residents, with every version it has had. The current text is the last
 * revision's; earlier versions stay so that anyone can see how a plan grew.
 *
 * @param id the proposal's id
 * @param revisions every version, numbered 1, 2, 3, … in order; at least one
 */
public record Proposal(ProposalId id, List<Revision> revisions) {

  /**
   * Checks the numbering and copies the list.
   *
   * @param id the proposal's id
   * @param revisions every version, numbered 1, 2, 3, … in order; at least one
   * @throws IllegalArgumentException if there is no revision or they are not numbered 1, 2, 3, …
   */
  public Proposal {
    checkNotNull(id, "id");
    revisions = List.copyOf(revisions);
    checkArgument(!revisions.isEmpty(), "proposal %s: must have at least one revision", id);
    for (int i = 0; i < revisions.size(); i++) {
      checkArgument(revisions.get(i).number() == i + 1,
          "proposal %s: revision %s is numbered %s", id, i + 1, revisions.get(i).number());
    }
  }

  /**
   * {@return a proposal as first tabled, revision 1 with change {@code "tabled"}}
   *
   * @param id the proposal's id
   * @param author the resident who tables it
   * @param at when it was tabled
   * @param title a short title, not blank
   * @param text the full text, not blank
   * @throws IllegalArgumentException if title or text is blank
   */
  public static Proposal tabled(ProposalId id, ResidentId author, Instant at, String title,
      String text) {
    return new Proposal(id, List.of(new Revision(1, author, at, title, text, "tabled", "")));
  }

  /** {@return the latest version} */
  public Revision current() {
    return revisions.get(revisions.size() - 1);
  }

  /** {@return the current title} */
  public String title() {
    return current().title();
  }

  /** {@return the current text} */
  public String text() {
    return current().text();
  }

  /** {@return the resident who tabled the proposal} */
  public ResidentId author() {
    return revisions.get(0).author();
  }

  /**
   * Returns the proposal with one more version; this proposal is unchanged.
   *
   * @param author who revised it
   * @param at when
   * @param title the new title (may be unchanged)
   * @param text the new text
   * @param change what changed, in words
   * @param reason why
   * @return the revised proposal
   * @throws IllegalArgumentException if neither title nor text changes, or a part is blank
   */
  public Proposal revise(ResidentId author, Instant at, String title, String text, String change,
      String reason) {
    checkArgument(!title.equals(title()) || !text.equals(text()),
        "proposal %s: a revision must change the title or the text", id);
    return new Proposal(id, ImmutableList.<Revision>builder().addAll(revisions)
        .add(new Revision(revisions.size() + 1, author, at, title, text, change, reason)).build());
  }
}
