package io.yishi.voting.cardinal;

import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.DecisionRequest;
import io.yishi.core.spi.DecisionRule;
import io.yishi.core.spi.InvalidBallotException;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import io.yishi.voting.ProfileRule;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A single-winner method that counts {@link ScoreBallot}s over the alternatives of the decision
 * (the request's slate), by way of a {@link ScoreProfile}: score voting, STAR, majority judgment
 * and dot voting.
 *
 * <p>Researchers call {@link #decide(ScoreProfile, Parameters, long)} on a profile they built;
 * consultations call {@link #decide(DecisionRequest)}, which checks every ballot as {@link
 * #checkBallot} does and builds the profile. An alternative a ballot leaves out gets the lowest
 * value of the scale. Every method reads the parameter {@code tieBreak}: {@code none} (the
 * default) reports tied winners as a tie; {@code lot} settles it by a lot drawn from the seed,
 * and the explanation says so.
 *
 * <p>The scale comes from the method's parameters ({@code min} and {@code max}, or {@code grades},
 * or {@code dots}). A profile given to {@link #decide(ScoreProfile, Parameters, long)} must be on
 * that scale when the parameters set it; when they leave it at its default, the profile's own
 * scale is used.
 */
public abstract class CardinalMethod implements ProfileRule<ScoreProfile> {

  /** For the methods of this package. */
  CardinalMethod() {}

  /** {@return {@link ScoreBallot}} */
  @Override
  public final Class<ScoreBallot> ballotType() {
    return ScoreBallot.class;
  }

  /** {@return the method's own parameters, then {@code tieBreak}} */
  @Override
  public final List<ParameterSpec> parameters() {
    List<ParameterSpec> specs = new java.util.ArrayList<>(ownParameters());
    specs.add(Tally.TIE_BREAK);
    return List.copyOf(specs);
  }

  /**
   * Checks the names, the tie-break and the method's own parameters.
   *
   * @throws InvalidParameterException naming the parameter, its value and the rule it broke
   */
  @Override
  public final void checkParameters(Parameters parameters) {
    parameters.checkKnown(id(), parameters());
    parameters.choice(Tally.TIE_BREAK.name(), Tally.TieBreak.class, Tally.TieBreak.NONE);
    scale(parameters);
  }

  /**
   * Refuses a ballot that scores an alternative not on the slate or gives a value the method's
   * scale does not allow (dot voting: a negative number of dots, more than the cap per option, or
   * more dots in all than each voter has).
   *
   * @throws InvalidBallotException naming the alternative, the value and the rule
   * @throws InvalidParameterException if a parameter is invalid
   */
  @Override
  public final void checkBallot(Ballot ballot, DecisionRequest request) {
    Set<String> slate = new HashSet<>(request.alternatives());
    ScoreBallot scores = (ScoreBallot) ballot;
    for (String name : scores.scores().keySet()) {
      if (!slate.contains(name)) {
        throw new InvalidBallotException("ballot.scores", name,
            "must be an alternative on the slate " + request.alternatives());
      }
    }
    checkValues(scores.scores(), request.parameters());
  }

  /** {@return {@link ScoreProfile}} */
  @Override
  public final Class<ScoreProfile> profileType() {
    return ScoreProfile.class;
  }

  /**
   * Checks every ballot, builds the profile from the request's ballots and alternatives, and
   * decides.
   *
   * @throws InvalidBallotException if a ballot is not a score ballot, scores an alternative not
   *     on the slate, gives a value outside the scale (or breaks the dot rules), or a member has
   *     two ballots
   * @throws InvalidParameterException if a parameter is unknown or invalid, or the slate is
   *     empty
   */
  @Override
  public final CardinalDecision decide(DecisionRequest request) {
    Parameters parameters = request.parameters();
    checkParameters(parameters);
    List<String> slate = slate(request);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < slate.size(); i++) {
      index.put(slate.get(i), i);
    }
    int[] scale = scale(parameters);
    ScoreProfile.Builder builder = ScoreProfile.builder(slate, scale[0], scale[1]);
    Set<Object> voted = new HashSet<>();
    int[] row = new int[slate.size()];
    for (Ballot ballot : request.ballots()) {
      if (!(ballot instanceof ScoreBallot scores)) {
        throw new InvalidBallotException("ballot.type", ballot.getClass().getSimpleName(),
            "rule '" + id() + "' counts score ballots");
      }
      if (!voted.add(scores.voter())) {
        throw new InvalidBallotException("ballot.voter", scores.voter(),
            "has already voted; one ballot per member");
      }
      checkValues(scores.scores(), parameters);
      java.util.Arrays.fill(row, scale[0]);
      for (Map.Entry<String, Integer> e : scores.scores().entrySet()) {
        Integer c = index.get(e.getKey());
        if (c == null) {
          throw new InvalidBallotException("ballot.scores", e.getKey(),
              "must be an alternative on the slate " + slate);
        }
        row[c] = e.getValue();
      }
      builder.add(row, 1);
    }
    return decide(builder.build(), parameters, request.seed());
  }

  /**
   * Decides on a profile.
   *
   * @param profile the ballots, summarised; on the method's scale (see the class comment)
   * @param parameters the method's parameters
   * @param seed the seed for any lot the method draws, used only with {@code tieBreak: lot}
   * @return the winner or tied winners, the ranking, the numbers and the explanation
   * @throws InvalidParameterException if a parameter is unknown or invalid, or the profile's
   *     scale differs from the one the parameters set
   * @throws InvalidBallotException if a ballot of the profile breaks the method's rules (dot
   *     voting)
   */
  @Override
  public final CardinalDecision decide(ScoreProfile profile, Parameters parameters, long seed) {
    checkParameters(parameters);
    checkProfile(profile, parameters);
    Tally tally = new Tally(id(), profile.candidates(), seed,
        parameters.choice(Tally.TIE_BREAK.name(), Tally.TieBreak.class, Tally.TieBreak.NONE));
    tally.line(id() + ": " + profile.voters() + " voters, " + profile.distinctBallots()
        + " distinct ballots, " + tally.m + " candidates, scale [" + profile.min() + ", "
        + profile.max() + "]");
    return count(tally, profile, parameters);
  }

  /** The method's parameters other than {@code tieBreak}. */
  abstract List<ParameterSpec> ownParameters();

  /**
   * {@return the scale {@code {min, max}} the parameters define}
   *
   * @throws InvalidParameterException if a parameter of the scale is invalid
   */
  abstract int[] scale(Parameters parameters);

  /** Whether the parameters set the scale, rather than leave it at its default. */
  abstract boolean setsScale(Parameters parameters);

  /**
   * Checks one ballot's values against the scale; dot voting adds its own rules.
   *
   * @throws InvalidBallotException naming the alternative, the value and the scale
   */
  void checkValues(Map<String, Integer> scores, Parameters parameters) {
    int[] scale = scale(parameters);
    for (Map.Entry<String, Integer> e : scores.entrySet()) {
      int v = e.getValue();
      if (v < scale[0] || v > scale[1]) {
        throw new InvalidBallotException("ballot.scores." + e.getKey(), v,
            "must be on the scale [" + scale[0] + ", " + scale[1] + "] of rule '" + id() + "'");
      }
    }
  }

  /**
   * Checks that a profile fits the parameters: by default, that it is on the scale they set.
   *
   * @throws InvalidParameterException if the profile is on another scale
   */
  void checkProfile(ScoreProfile profile, Parameters parameters) {
    if (!setsScale(parameters)) {
      return;
    }
    int[] scale = scale(parameters);
    if (profile.min() != scale[0] || profile.max() != scale[1]) {
      throw new InvalidParameterException(ownParameters().get(0).name(),
          "[" + scale[0] + ", " + scale[1] + "]", "the profile's scale is [" + profile.min()
              + ", " + profile.max() + "]; the parameters must set the same scale or leave it"
              + " at its default");
    }
  }

  /** Runs the method on a checked profile. */
  abstract CardinalDecision count(Tally tally, ScoreProfile profile, Parameters parameters);

  /** The request's slate, refused if empty. */
  static List<String> slate(DecisionRequest request) {
    List<String> slate = request.alternatives();
    if (slate.isEmpty()) {
      throw new InvalidParameterException("alternatives", slate,
          "a cardinal decision needs the alternatives on its slate");
    }
    return slate;
  }

  /** Reads an int parameter, refusing values outside {@code [low, high]}. */
  static int intParameter(Parameters parameters, String name, int defaultValue, int low,
      int high) {
    long v = parameters.integer(name, defaultValue);
    if (v < low || v > high) {
      throw new InvalidParameterException(name, v,
          "must be a whole number from " + low + " to " + high);
    }
    return (int) v;
  }

  /** The {@code min}/{@code max} scale shared by score voting and STAR. */
  static int[] minMax(Parameters parameters) {
    int min = intParameter(parameters, "min", 0, -ScoreProfile.MAX_RANGE,
        ScoreProfile.MAX_RANGE);
    int max = intParameter(parameters, "max", 5, -ScoreProfile.MAX_RANGE,
        ScoreProfile.MAX_RANGE * 2);
    if (max <= min) {
      throw new InvalidParameterException("max", max, "must be greater than min (" + min + ")");
    }
    if (max - min > ScoreProfile.MAX_RANGE) {
      throw new InvalidParameterException("max", max, "must be at most min + "
          + ScoreProfile.MAX_RANGE + " (min is " + min + ")");
    }
    return new int[] {min, max};
  }

  static final ParameterSpec MIN = ParameterSpec.of("min", "integer", "0",
      "the lowest score of the scale; alternatives left out of a ballot get it");
  static final ParameterSpec MAX = ParameterSpec.of("max", "integer > min, at most min + "
      + ScoreProfile.MAX_RANGE, "5", "the highest score of the scale");
}
