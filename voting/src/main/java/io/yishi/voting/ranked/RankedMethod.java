package io.yishi.voting.ranked;

import io.yishi.core.simulation.RankingTally;
import io.yishi.core.simulation.TallyRule;
import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.DecisionRequest;
import io.yishi.core.spi.DecisionRule;
import io.yishi.core.spi.InvalidBallotException;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import io.yishi.voting.ProfileRule;
import io.yishi.voting.internal.TallyProfiles;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A ranked voting method: a {@link DecisionRule} that counts {@link RankingBallot}s over the
 * alternatives of the decision (the request's slate), by way of a {@link Profile}.
 *
 * <p>Researchers call {@link #decide(Profile, Parameters, long)} on a profile they built or read
 * from a PrefLib file; consultations call {@link #decide(DecisionRequest)}, which builds the
 * profile from the ballots. Every method reads the parameter {@code tieBreak}: {@code none} (the
 * default) reports tied winners as a tie; {@code lot} settles it by a lot drawn from the seed, and
 * the explanation says so.
 *
 * <p>Experiments run every ranked method on drawn {@link RankingTally tallies} through {@link
 * #winners(RankingTally, Parameters, long)}.
 */
public abstract class RankedMethod implements ProfileRule<Profile>, TallyRule {

  static final ParameterSpec TIE_BREAK = ParameterSpec.of("tieBreak", "none | lot", "none",
      "none: report tied winners as a tie; lot: draw the winner by lot from the seed");

  /** How tied winners are reported. */
  enum TieBreak {
    NONE,
    LOT
  }

  /** For subclasses. */
  protected RankedMethod() {}

  /** {@return {@link RankingBallot}} */
  @Override
  public final Class<RankingBallot> ballotType() {
    return RankingBallot.class;
  }

  /** {@return {@code tieBreak}, and the method's own parameters if any} */
  @Override
  public List<ParameterSpec> parameters() {
    return List.of(TIE_BREAK);
  }

  @Override
  public final void checkParameters(Parameters parameters) {
    parameters.checkKnown(id(), parameters());
    parameters.choice(TIE_BREAK.name(), TieBreak.class, TieBreak.NONE);
  }

  /**
   * Refuses a ranking that names an alternative not on the slate.
   *
   * @throws InvalidBallotException naming the unknown alternative and listing the slate
   */
  @Override
  public final void checkBallot(Ballot ballot, DecisionRequest request) {
    checkRanking(ballot, request);
  }

  /**
   * Builds the profile from the request's ballots and alternatives, and decides.
   *
   * @throws InvalidBallotException if a ballot is not a ranking or names an alternative not on
   *     the slate, or a member has two ballots
   * @throws InvalidParameterException if a parameter is unknown or invalid, or the slate is
   *     empty
   */
  @Override
  public final RankedDecision decide(DecisionRequest request) {
    return decide(profileOf(request, id()), request.parameters(), request.seed());
  }

  /**
   * Decides on a drawn tally: its rankings become a profile over the candidates {@code "0"},
   * {@code "1"}, …, built once and shared by every ranked method deciding on the same tally,
   * and the winners are read back as indices.
   *
   * @param tally the rankings and their counts
   * @param parameters the method's parameters
   * @param seed the seed of any lot
   * @return the winners' indices, increasing; several when tied and {@code tieBreak} is none
   * @throws InvalidParameterException if a parameter is unknown or invalid
   */
  @Override
  public final int[] winners(RankingTally tally, Parameters parameters, long seed) {
    checkParameters(parameters);
    int[] fast = tallyWinners(tally, parameters);
    if (fast != null && (fast.length <= 1 || parameters.choice(TIE_BREAK.name(),
        TieBreak.class, TieBreak.NONE) == TieBreak.NONE)) {
      return fast;
    }
    Profile profile = tally.derived(Profile.class, TallyProfiles::of);
    return decide(profile, parameters, seed).chosen().stream()
        .mapToInt(Integer::parseInt).sorted().toArray();
  }

  /**
   * The winners read straight from a tally's counts, margins or first places, without a
   * profile or an explanation: what {@link #winners} returns when it is one candidate or a
   * tie the parameters leave unbroken; a tie to be settled by lot goes the full way, so the
   * lot is drawn as a decision draws it. Methods that have no such path, or meet a case they
   * leave to the full count (a tie for elimination), return null.
   *
   * @param tally the rankings and their counts, every ranking complete and strict
   * @param parameters the method's parameters, already checked
   * @return the winners' indices, increasing, tied winners all; or null
   */
  int @Nullable [] tallyWinners(RankingTally tally, Parameters parameters) {
    return null;
  }

  /** {@return the candidates with the highest score, increasing} */
  static int[] best(long[] score) {
    long top = Long.MIN_VALUE;
    int ties = 0;
    for (long s : score) {
      if (s > top) {
        top = s;
        ties = 1;
      } else if (s == top) {
        ties++;
      }
    }
    int[] best = new int[ties];
    for (int c = 0, k = 0; c < score.length; c++) {
      if (score[c] == top) {
        best[k++] = c;
      }
    }
    return best;
  }

  /**
   * Builds the profile of a decision's rankings over its alternatives (the slate, in order), as
   * every ranked rule does; for rules in other packages that count rankings too.
   *
   * @param request the decision: its alternatives are the candidates, its ballots the rankings
   * @param ruleId the id of the rule counting them, for messages
   * @return the rankings, summarised
   * @throws InvalidBallotException if a ballot is not a ranking or names an alternative not on
   *     the slate, or a member has two ballots
   * @throws InvalidParameterException if the slate is empty
   */
  public static Profile profileOf(DecisionRequest request, String ruleId) {
    List<String> slate = request.alternatives();
    if (slate.isEmpty()) {
      throw new InvalidParameterException("alternatives", slate,
          "a ranked decision needs the alternatives on its slate");
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < slate.size(); i++) {
      index.put(slate.get(i), i);
    }
    Profile.Builder builder = Profile.builder(slate);
    Set<Object> voted = new HashSet<>();
    for (Ballot ballot : request.ballots()) {
      if (!(ballot instanceof RankingBallot ranking)) {
        throw new InvalidBallotException("ballot.type", ballot.getClass().getSimpleName(),
            "rule '" + ruleId + "' counts rankings");
      }
      if (!voted.add(ranking.voter())) {
        throw new InvalidBallotException("ballot.voter", ranking.voter(),
            "has already voted; one ballot per member");
      }
      int[][] tiers = new int[ranking.ranking().size()][];
      for (int t = 0; t < tiers.length; t++) {
        List<String> tier = ranking.ranking().get(t);
        tiers[t] = new int[tier.size()];
        for (int k = 0; k < tier.size(); k++) {
          Integer c = index.get(tier.get(k));
          if (c == null) {
            throw new InvalidBallotException("ballot.ranking", tier.get(k),
                "must be an alternative on the slate " + slate);
          }
          tiers[t][k] = c;
        }
      }
      builder.add(tiers, 1);
    }
    return builder.build();
  }

  /**
   * Refuses a ranking that names an alternative not on the decision's slate; what {@link
   * #checkBallot} does, for rules in other packages that count rankings.
   *
   * @param ballot a ranking
   * @param request the decision whose slate the ranking must keep to
   * @throws InvalidBallotException naming the unknown alternative and listing the slate
   */
  public static void checkRanking(Ballot ballot, DecisionRequest request) {
    Set<String> slate = new HashSet<>(request.alternatives());
    for (List<String> tier : ((RankingBallot) ballot).ranking()) {
      for (String name : tier) {
        if (!slate.contains(name)) {
          throw new InvalidBallotException("ballot.ranking", name,
              "must be an alternative on the slate " + request.alternatives());
        }
      }
    }
  }

  /** {@return {@link Profile}} */
  @Override
  public final Class<Profile> profileType() {
    return Profile.class;
  }

  /**
   * Decides on a profile.
   *
   * @param profile the ballots, summarised
   * @param parameters the method's parameters
   * @param seed the seed for any lot the method draws
   * @return the winners, the ranking where defined, and the explanation
   * @throws InvalidParameterException if a parameter is unknown or invalid
   */
  @Override
  public final RankedDecision decide(Profile profile, Parameters parameters, long seed) {
    checkParameters(parameters);
    Count count = new Count(id(), profile, seed,
        parameters.choice(TIE_BREAK.name(), TieBreak.class, TieBreak.NONE));
    count(count, parameters);
    return count.decision();
  }

  /**
   * Runs the method, writing winners, ranking, rounds and explanation into the count.
   *
   * @param count the count in progress, with the profile and the seed
   * @param parameters the method's checked parameters
   */
  abstract void count(Count count, Parameters parameters);
}
