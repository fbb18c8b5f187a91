package io.yishi.examples.plugin;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.spi.Decision;
import io.yishi.core.spi.Verdict;
import java.util.List;

/**
 * The count of a show of hands. JSON type name {@code "show-of-hands"}.
 *
 * @param ruleId the rule that counted, {@code show-of-hands}
 * @param verdict adopted, rejected, or not decided for want of a quorum
 * @param members the number of members of the electorate, {@code >= 0}
 * @param forHands the number of hands raised for, {@code >= 0}
 * @param against the number of hands raised against, {@code >= 0}
 * @param abstain the number of members present who abstained, {@code >= 0}
 * @param quorum the number of members who had to be present, from 0 to {@code members}
 */
public record ShowOfHandsDecision(String ruleId, Verdict verdict, int members, int forHands,
    int against, int abstain, int quorum) implements Decision {

  /**
   * Checks that every count is a count; a stored log read back meets the same checks.
   *
   * @param ruleId the rule that counted, {@code show-of-hands}
   * @param verdict adopted, rejected, or not decided for want of a quorum
   * @param members the number of members of the electorate, {@code >= 0}
   * @param forHands the number of hands raised for, {@code >= 0}
   * @param against the number of hands raised against, {@code >= 0}
   * @param abstain the number of members present who abstained, {@code >= 0}
   * @param quorum the number of members who had to be present, from 0 to {@code members}
   * @throws IllegalArgumentException naming the count if one is negative, or if the quorum
   *     exceeds the members
   */
  public ShowOfHandsDecision {
    checkNotNull(ruleId, "ruleId");
    checkNotNull(verdict, "verdict");
    checkArgument(members >= 0, "members: must be >= 0, was %s", members);
    checkArgument(forHands >= 0, "forHands: must be >= 0, was %s", forHands);
    checkArgument(against >= 0, "against: must be >= 0, was %s", against);
    checkArgument(abstain >= 0, "abstain: must be >= 0, was %s", abstain);
    checkArgument(quorum >= 0 && quorum <= members,
        "quorum: must lie in [0, %s], was %s", members, quorum);
  }

  /** {@return the members who took part: for, against and abstaining} */
  public int present() {
    return forHands + against + abstain;
  }

  @Override
  public List<String> chosen() {
    return List.of();
  }

  @Override
  public String explain() {
    String turnout = "present " + present() + " of " + members + " members (quorum " + quorum
        + ")";
    if (verdict == Verdict.NOT_DECIDED) {
      return "not decided: " + turnout + " — too few present to decide";
    }
    return verdict.name().toLowerCase(java.util.Locale.ROOT) + ": " + forHands + " for, "
        + against + " against, " + abstain + " abstaining; " + turnout + "; adopted only if"
        + " more hands are raised for than against (a tie fails)";
  }
}
