package io.yishi.examples.plugin;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.spi.Decision;
import io.yishi.core.spi.Verdict;
import java.util.List;

/**
 * The count of a show of hands. JSON type name {@code "show-of-hands"}.
 *
 * @param ruleId the rule that counted, {@code show-of-hands}
 * @param verdict adopted, rejected, or not decided for want of a quorum
 * @param members the number of members of the electorate
 * @param forHands hands raised for
 * @param against hands raised against
 * @param abstain members present who abstained
 * @param quorum the number of members who had to be present
 */
public record ShowOfHandsDecision(String ruleId, Verdict verdict, int members, int forHands,
    int against, int abstain, int quorum) implements Decision {

  /** Checks for null. */
  public ShowOfHandsDecision {
    checkNotNull(ruleId, "ruleId");
    checkNotNull(verdict, "verdict");
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
