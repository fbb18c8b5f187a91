package io.yishi.core.spi;

/**
 * Turns the ballots of one decision into a {@link Decision}. Implement this to add a voting
 * method or a legal preset.
 *
 * <p>Implementations are found by {@link java.util.ServiceLoader}: name the class in {@code
 * META-INF/services/io.yishi.core.spi.DecisionRule}. They need a public no-argument constructor,
 * hold no mutable state (they are called from many threads at once), and return equal decisions
 * for equal requests.
 *
 * <pre>{@code
 * public final class ShowOfHandsRule implements DecisionRule {
 *   public String id() { return "show-of-hands"; }
 *   public String description() { return "adopted when more hands rise for than against"; }
 *   public Class<MotionBallot> ballotType() { return MotionBallot.class; }
 *   public Decision decide(DecisionRequest request) { ... }
 * }
 * }</pre>
 */
public interface DecisionRule extends Plugin {

  /**
   * The rule id a consultation names when it takes no vote, {@code "none"}: its method settles
   * the matter another way (a mediated agreement, a workshop's consensus), and ballots and {@code
   * decide} are refused. No plugin may take this id.
   */
  String NONE = "none";


  /** {@return the type of ballot this rule counts; a consultation refuses any other type} */
  Class<? extends Ballot> ballotType();

  /**
   * Checks the rule's parameters when a consultation is opened, so that a bad value is refused
   * before anyone votes rather than when the votes are counted. The default checks nothing
   * beyond the names, which the consultation checks against {@link #parameters()}.
   *
   * @param parameters the parameters the consultation was opened with
   * @throws InvalidParameterException naming the parameter and the value if one is invalid
   */
  default void checkParameters(Parameters parameters) {}

  /**
   * Checks one ballot before it is accepted into a consultation, so that a bad ballot is refused
   * when it is cast rather than when the votes are counted. The default accepts every ballot of
   * {@link #ballotType()}.
   *
   * @param ballot the ballot, already known to be of {@link #ballotType()} and from a member of
   *     the electorate
   * @param request the decision as it stands, with the ballots accepted so far
   * @throws InvalidBallotException naming the bad part of the ballot
   */
  default void checkBallot(Ballot ballot, DecisionRequest request) {}

  /**
   * Whether a later ballot for a member replaces the member's earlier one. The default refuses
   * every second ballot; a rule may allow "the last ballot before the close counts", or let a
   * member's own ballot override the one a proxy cast for them. The later ballot is still checked
   * by {@link #checkBallot}.
   *
   * @param earlier the ballot already accepted for the member
   * @param later the new ballot for the same member
   * @param request the decision as it stands, with the ballots accepted so far
   * @return true to replace the earlier ballot, false to refuse the later one
   * @throws InvalidBallotException to refuse the later ballot with a more specific reason
   */
  default boolean replaces(Ballot earlier, Ballot later, DecisionRequest request) {
    return false;
  }

  /**
   * Decides.
   *
   * @param request everything the rule may read
   * @return the decision with its explanation
   * @throws InvalidBallotException if a ballot does not fit the rule
   * @throws InvalidParameterException if a parameter is unknown or out of range
   */
  Decision decide(DecisionRequest request);
}
