package io.yishi.voting.motion;

/** What a threshold's share is taken of: the denominator of the fraction. */
public enum Base {
  /**
   * The votes cast: yes and no, plus any abstention, blank or invalid ballot that the rule counts
   * as cast ({@link Treatment#CAST}). Robert's Rules' "majority vote".
   */
  VOTES_CAST("votes cast"),
  /**
   * Everyone who took part: every ballot returned, whatever it says, unless its kind is {@link
   * Treatment#IGNORED}. "Of those present" (residents' meeting), "of the owners taking part in
   * the vote" (Civil Code art. 278). Abstentions then act as votes against.
   */
  PRESENT("those taking part"),
  /** All members of the electorate, voting or not. Abstentions and absences act as "no". */
  MEMBERS("all members");

  private final String words;

  Base(String words) {
    this.words = words;
  }

  /** {@return the base in words for explanations, e.g. "votes cast"} */
  public String words() {
    return words;
  }

  /**
   * {@return an amount of this base in words: "9 votes cast", "the 200 taking part", "all 300
   * members"}
   *
   * @param amount the amount already formatted as a number, e.g. {@code "300"}
   */
  public String phrase(String amount) {
    switch (this) {
      case VOTES_CAST:
        return amount + " votes cast";
      case PRESENT:
        return "the " + amount + " taking part";
      case MEMBERS:
        return "all " + amount + " members";
      default:
        throw new AssertionError(this);
    }
  }
}
