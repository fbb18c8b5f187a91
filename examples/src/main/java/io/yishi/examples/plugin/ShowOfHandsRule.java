package io.yishi.examples.plugin;

import io.yishi.core.Fraction;
import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.Decision;
import io.yishi.core.spi.DecisionRequest;
import io.yishi.core.spi.DecisionRule;
import io.yishi.core.spi.InvalidBallotException;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Verdict;
import java.math.BigInteger;
import java.util.List;

/**
 * A show of hands at a building meeting, as a host application might add it: adopted when more
 * hands are raised for than against (abstentions are not counted, a tie fails), provided that at
 * least the quorum share of members is present. Id {@code show-of-hands}.
 *
 * <p>Parameter {@code quorum}: the share of members who must be present, a fraction in [0, 1],
 * default 1/2 (present members must be at least half).
 */
public final class ShowOfHandsRule implements DecisionRule {

  /** Creates the rule; it holds no state. */
  public ShowOfHandsRule() {}

  @Override
  public String id() {
    return "show-of-hands";
  }

  @Override
  public String description() {
    return "example plugin: more hands for than against, with members present >= quorum";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(ParameterSpec.of("quorum", "fraction in [0, 1]", "1/2",
        "share of members who must be present"));
  }

  @Override
  public Class<HandBallot> ballotType() {
    return HandBallot.class;
  }

  @Override
  public Decision decide(DecisionRequest request) {
    Fraction quorumShare = request.parameters().fraction("quorum", Fraction.HALF);
    if (!quorumShare.isProper()) {
      throw new InvalidParameterException("quorum", quorumShare, "must lie in [0, 1]");
    }
    int forHands = 0;
    int against = 0;
    int abstain = 0;
    for (Ballot ballot : request.ballots()) {
      if (!(ballot instanceof HandBallot hand)) {
        throw new InvalidBallotException("ballot.type", ballot.getClass().getSimpleName(),
            "rule '" + id() + "' counts HandBallots");
      }
      switch (hand.hand()) {
        case FOR -> forHands++;
        case AGAINST -> against++;
        case ABSTAIN -> abstain++;
        default -> throw new AssertionError();
      }
    }
    int members = request.electorate().size();
    int present = forHands + against + abstain;
    // The smallest whole number of members that reaches the quorum share, exactly; in BigInteger
    // because a share such as 0.999999999999999999 has a numerator near Long.MAX_VALUE.
    BigInteger denominator = BigInteger.valueOf(quorumShare.denominator());
    int quorum = BigInteger.valueOf(members).multiply(BigInteger.valueOf(quorumShare.numerator()))
        .add(denominator).subtract(BigInteger.ONE).divide(denominator).intValueExact();
    Verdict verdict = present < quorum ? Verdict.NOT_DECIDED
        : forHands > against ? Verdict.ADOPTED : Verdict.REJECTED;
    return new ShowOfHandsDecision(id(), verdict, members, forHands, against, abstain, quorum);
  }
}
