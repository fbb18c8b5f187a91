package io.yishi.voting.motion;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableMap;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.simulation.CountRule;
import io.yishi.core.simulation.VoteCount;
import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.DecisionRequest;
import io.yishi.core.spi.DecisionRule;
import io.yishi.core.spi.InvalidBallotException;
import io.yishi.core.spi.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A fully configured motion rule: the majorities a motion must win, how abstentions, blank and
 * invalid ballots count, what settles a tie, and how proxies, delegations, second ballots and
 * non-voters are handled. Immutable and thread-safe.
 *
 * <pre>{@code
 * MotionRule twoThirds = MotionRule.builder()
 *     .id("ward-council")
 *     .majority(Majority.ofHeads(Threshold.atLeast(Fraction.TWO_THIRDS, Base.VOTES_CAST),
 *         Quorum.participation(Fraction.HALF, true)))
 *     .build();
 * MotionDecision d = twoThirds.decide(request);
 * }</pre>
 *
 * <p>A rule built here can be registered by hand ({@code PluginRegistry.load().with(rule)}); it
 * reads no parameters from the request. The presets in this package ({@code majority}, {@code
 * owners-major}, …) are plugins that build a {@code MotionRule} from the request's parameters.
 */
public final class MotionRule implements DecisionRule, CountRule {

  private final String id;
  private final String description;
  private final List<Majority> majorities;
  private final Treatment abstentions;
  private final Treatment blanks;
  private final Treatment invalid;
  private final TiePolicy tie;
  private final @Nullable Vote castingVote;
  private final long minimumYes;
  private final long maxObjections;
  private final boolean nonVotersFollowMajority;
  private final DuplicatePolicy duplicates;
  private final Map<MemberId, MemberId> proxies;
  private final Map<MemberId, MemberId> delegations;
  private final List<String> notes;

  private MotionRule(Builder b) {
    this.id = b.id;
    this.description = b.description;
    this.majorities = List.copyOf(b.majorities);
    this.abstentions = b.abstentions;
    this.blanks = b.blanks;
    this.invalid = b.invalid;
    this.tie = b.tie;
    this.castingVote = b.castingVote;
    this.minimumYes = b.minimumYes;
    this.maxObjections = b.maxObjections;
    this.nonVotersFollowMajority = b.nonVotersFollowMajority;
    this.duplicates = b.duplicates;
    this.proxies = ImmutableMap.copyOf(b.proxies);
    this.delegations = ImmutableMap.copyOf(b.delegations);
    this.notes = List.copyOf(b.notes);
  }

  /** {@return a builder with no majority yet, abstentions and blanks not cast, invalid cast} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this rule's settings, to derive a variant} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.description = description;
    b.majorities.addAll(majorities);
    b.abstentions = abstentions;
    b.blanks = blanks;
    b.invalid = invalid;
    b.tie = tie;
    b.castingVote = castingVote;
    b.minimumYes = minimumYes;
    b.maxObjections = maxObjections;
    b.nonVotersFollowMajority = nonVotersFollowMajority;
    b.duplicates = duplicates;
    b.proxies.putAll(proxies);
    b.delegations.putAll(delegations);
    b.notes.addAll(notes);
    return b;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String description() {
    return description;
  }

  /** {@return {@link MotionBallot}} */
  @Override
  public Class<MotionBallot> ballotType() {
    return MotionBallot.class;
  }

  /**
   * Refuses a ballot cast by a proxy who holds no mandate from the voter.
   *
   * @throws InvalidBallotException naming the proxy and the member
   */
  @Override
  public void checkBallot(Ballot ballot, DecisionRequest request) {
    checkMandate(asMotion(ballot));
  }

  /**
   * A member's own ballot replaces one their proxy cast; a proxy's ballot never replaces the
   * member's own (refused); otherwise a second ballot replaces the first only under {@link
   * DuplicatePolicy#LAST_COUNTS}.
   *
   * @throws InvalidBallotException if a proxy tries to override the member's own ballot
   */
  @Override
  public boolean replaces(Ballot earlier, Ballot later, DecisionRequest request) {
    MotionBallot before = asMotion(earlier);
    MotionBallot after = asMotion(later);
    if (before.proxy() != null && after.proxy() == null) {
      return true;
    }
    if (before.proxy() == null && after.proxy() != null) {
      throw new InvalidBallotException("ballot.proxy", after.proxy(),
          "cannot override member " + after.voter() + ", who has voted in person");
    }
    return duplicates == DuplicatePolicy.LAST_COUNTS;
  }

  /**
   * Counts the ballots and decides.
   *
   * @return the decision with every number it rests on
   * @throws InvalidBallotException if a ballot is not a motion ballot, its voter is not a member,
   *     its proxy holds no mandate, or a member has two ballots under {@link
   *     DuplicatePolicy#REJECT}
   * @throws io.yishi.core.spi.InvalidParameterException if a delegation names a non-member, or a
   *     tie needs a casting vote that was not given
   */
  @Override
  public MotionDecision decide(DecisionRequest request) {
    return new MotionCounter(this, request).decide();
  }
  /**
   * Decides on a count of votes rather than ballots, as a simulated experiment does: the same
   * quorums, thresholds and tie policy as {@link #decide(DecisionRequest)} on ballots that add
   * up to the count. Proxies and delegations name members, whom a count does not have; they are
   * not applied ({@link #counter} refuses a rule that has them). Under {@link
   * io.yishi.core.electorate.Weighting#PER_PERSON} every weight is one head, so a majority by
   * weight counts heads, as it does on ballots of a per-person electorate.
   *
   * @param count the yes, no and abstain votes by head and by weight, and the electorate
   * @param seed the seed of a lot that settles a tie
   * @return the decision
   * @throws io.yishi.core.spi.InvalidParameterException if a tie needs a casting vote that was
   *     not given
   */
  public MotionDecision decide(VoteCount count, long seed) {
    checkNotNull(count, "count");
    Count eligible = count(count, count.eligible());
    Count yes = count(count, count.yes());
    Count no = count(count, count.no());
    Count abstain = count(count, count.abstain());
    long votedHeads = count.yes().heads() + count.no().heads() + count.abstain().heads();
    long votedWeight = count.yes().weight() + count.no().weight() + count.abstain().weight();
    Count nonVoters = count(count, new VoteCount.Side(count.eligible().heads() - votedHeads,
        count.eligible().weight() - votedWeight));
    Tally tally = new Tally(count.weighting(), eligible, yes, no, abstain, Count.ZERO,
        Count.ZERO, votedHeads, 0, 0, Count.ZERO, List.of(), nonVoters, abstentions, blanks,
        invalid);
    return MotionCounter.decide(this, tally, seed);
  }

  private static Count count(VoteCount count, VoteCount.Side side) {
    return new Count(side.heads(), count.weightOf(side));
  }

  /**
   * {@return a counter of votes under this rule}; the rule is fixed, so its parameters must be
   * empty
   *
   * @param parameters none
   * @throws io.yishi.core.spi.InvalidParameterException naming the first parameter if any is
   *     given
   */
  @Override
  public CountRule.Counter counter(Parameters parameters) {
    checkParameters(parameters);
    checkCountable();
    return (count, seed) -> decide(count, seed).verdict();
  }

  /**
   * Refuses, before an experiment's first run, what a count cannot honour: a tie policy of a
   * casting vote with none given (ties come up in simulated votes), and proxies or delegations,
   * which name members a count does not have.
   *
   * @throws io.yishi.core.spi.InvalidParameterException naming {@code castingVote}, {@code
   *     proxies} or {@code delegations}
   */
  void checkCountable() {
    if (tie == TiePolicy.CASTING_VOTE && castingVote == null) {
      throw new io.yishi.core.spi.InvalidParameterException("castingVote", null, "must be given"
          + " (yes or no) under tie policy casting-vote when the rule decides simulated counts,"
          + " where ties come up");
    }
    if (!proxies.isEmpty()) {
      throw new io.yishi.core.spi.InvalidParameterException("proxies", proxies.keySet(),
          "name members, whom a simulated count does not have; leave them out");
    }
    if (!delegations.isEmpty()) {
      throw new io.yishi.core.spi.InvalidParameterException("delegations",
          delegations.keySet(), "name members, whom a simulated count does not have; leave"
              + " them out");
    }
  }


  MotionBallot asMotion(Ballot ballot) {
    if (ballot instanceof MotionBallot motion) {
      return motion;
    }
    throw new InvalidBallotException("ballot.type", ballot.getClass().getSimpleName(),
        "rule '" + id + "' counts motion ballots (yes, no, abstain, blank, invalid)");
  }

  void checkMandate(MotionBallot ballot) {
    MemberId proxy = ballot.proxy();
    if (proxy == null) {
      return;
    }
    MemberId holder = proxies.get(ballot.voter());
    if (!proxy.equals(holder)) {
      throw new InvalidBallotException("ballot.proxy", proxy, "holds no mandate from member "
          + ballot.voter() + (holder == null ? " (no mandate is recorded)"
          : " (the mandate is held by " + holder + ")"));
    }
  }

  /** {@return the majorities the motion must win, in order} */
  public List<Majority> majorities() {
    return majorities;
  }

  /** {@return how abstentions are counted} */
  public Treatment abstentions() {
    return abstentions;
  }

  /** {@return how blank ballots are counted} */
  public Treatment blanks() {
    return blanks;
  }

  /** {@return how invalid ballots are counted} */
  public Treatment invalid() {
    return invalid;
  }

  /** {@return what settles a tie} */
  public TiePolicy tie() {
    return tie;
  }

  /** {@return the chair's casting vote for a tie, if one was given} */
  public Optional<Vote> castingVote() {
    return Optional.ofNullable(castingVote);
  }

  /** {@return the yes votes (members) needed at least; 0 for none} */
  public long minimumYes() {
    return minimumYes;
  }

  /** {@return under a consent rule the objections tolerated, else -1} */
  public long maxObjections() {
    return maxObjections;
  }

  /** {@return whether members without a ballot are counted with the majority of those voting} */
  public boolean nonVotersFollowMajority() {
    return nonVotersFollowMajority;
  }

  /** {@return what happens to a second ballot for the same member} */
  public DuplicatePolicy duplicates() {
    return duplicates;
  }

  /** {@return the proxy mandates: member to the proxy who may vote for them} */
  public Map<MemberId, MemberId> proxies() {
    return proxies;
  }

  /** {@return the standing delegations: member to delegate, followed along chains} */
  public Map<MemberId, MemberId> delegations() {
    return delegations;
  }

  /** {@return notes printed with every decision, e.g. the legal source of a preset} */
  public List<String> notes() {
    return notes;
  }

  /** Builds a {@link MotionRule}. At least one majority, or consent, is required. */
  public static final class Builder {
    private String id = "motion";
    private String description = "a motion decided by the configured majorities";
    private final List<Majority> majorities = new ArrayList<>();
    private Treatment abstentions = Treatment.NOT_CAST;
    private Treatment blanks = Treatment.NOT_CAST;
    private Treatment invalid = Treatment.CAST;
    private TiePolicy tie = TiePolicy.FAILS;
    private @Nullable Vote castingVote;
    private long minimumYes;
    private long maxObjections = -1;
    private boolean nonVotersFollowMajority;
    private DuplicatePolicy duplicates = DuplicatePolicy.REJECT;
    private final Map<MemberId, MemberId> proxies = new java.util.LinkedHashMap<>();
    private final Map<MemberId, MemberId> delegations = new java.util.LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the rule's id, lower-case words joined by hyphens; default {@code motion}.
     *
     * @param value the rule's id, e.g. {@code "ward-council"}; checked by {@link #build()}
     * @return this builder
     */
    public Builder id(String value) {
      this.id = checkNotNull(value, "id");
      return this;
    }

    /**
     * Sets the one-line description.
     *
     * @param value what the rule decides, one sentence for people
     * @return this builder
     */
    public Builder description(String value) {
      this.description = checkNotNull(value, "description");
      return this;
    }

    /**
     * Adds a majority the motion must win.
     *
     * @param value the majority, added after any already set; the motion must win every one
     * @return this builder
     */
    public Builder majority(Majority value) {
      majorities.add(checkNotNull(value, "majority"));
      return this;
    }

    /**
     * Removes every majority added so far, to replace a preset's.
     *
     * @return this builder
     */
    public Builder clearMajorities() {
      majorities.clear();
      return this;
    }

    /**
     * Sets how abstentions are counted; default {@link Treatment#NOT_CAST}.
     *
     * @param value cast, not cast, or ignored
     * @return this builder
     */
    public Builder abstentions(Treatment value) {
      this.abstentions = checkNotNull(value, "abstentions");
      return this;
    }

    /**
     * Sets how blank ballots are counted; default {@link Treatment#NOT_CAST}.
     *
     * @param value cast, not cast, or ignored
     * @return this builder
     */
    public Builder blanks(Treatment value) {
      this.blanks = checkNotNull(value, "blanks");
      return this;
    }

    /**
     * Sets how invalid ballots are counted; default {@link Treatment#CAST}, as Robert's Rules
     * count an illegal ballot among the votes cast.
     *
     * @param value cast, not cast, or ignored
     * @return this builder
     */
    public Builder invalid(Treatment value) {
      this.invalid = checkNotNull(value, "invalid");
      return this;
    }

    /**
     * Sets the tie policy; default {@link TiePolicy#FAILS}.
     *
     * @param value what settles yes landing exactly on a strict threshold: the motion fails, the
     *     chair's casting vote, or a lot
     * @return this builder
     */
    public Builder tie(TiePolicy value) {
      this.tie = checkNotNull(value, "tie");
      return this;
    }

    /**
     * Sets the chair's casting vote for a tie under {@link TiePolicy#CASTING_VOTE}.
     *
     * @param value {@link Vote#YES} or {@link Vote#NO}
     * @return this builder
     * @throws IllegalArgumentException if the vote is neither yes nor no
     */
    public Builder castingVote(Vote value) {
      checkArgument(value == Vote.YES || value == Vote.NO,
          "castingVote: must be yes or no, was %s", value);
      this.castingVote = value;
      return this;
    }

    /**
     * Sets the yes votes (members) needed at least, whatever the shares; default 0.
     *
     * @param value the number of members who must vote yes, {@code >= 0}; 0 for none
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder minimumYes(long value) {
      checkArgument(value >= 0, "minimumYes: must be >= 0, was %s", value);
      this.minimumYes = value;
      return this;
    }

    /**
     * Makes this a consent rule: adopted unless more than {@code tolerated} members object
     * (vote no); quorums of the majorities still apply.
     *
     * @param tolerated the number of objections that still let the motion pass, {@code >= 0}
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder consent(long tolerated) {
      checkArgument(tolerated >= 0, "consent: tolerated objections must be >= 0, was %s",
          tolerated);
      this.maxObjections = tolerated;
      return this;
    }

    /**
     * Counts members who did not vote with the majority of those who did (some estates' rules;
     * the validity of such clauses under Civil Code art. 278 is contested). Off by default;
     * when on, every explanation says so.
     *
     * @param value true to count non-voters with the majority, false to leave them out
     * @return this builder
     */
    public Builder nonVotersFollowMajority(boolean value) {
      this.nonVotersFollowMajority = value;
      return this;
    }

    /**
     * Sets what happens to a second ballot for a member; default {@link DuplicatePolicy#REJECT}.
     *
     * @param value refuse a second ballot, or let the last one count
     * @return this builder
     */
    public Builder duplicates(DuplicatePolicy value) {
      this.duplicates = checkNotNull(value, "duplicates");
      return this;
    }

    /**
     * Records a proxy mandate: {@code proxy} may cast {@code member}'s ballot in this decision.
     *
     * @param member the member of the electorate who gives the mandate
     * @param proxy the member who may cast the ballot; not {@code member}
     * @return this builder
     * @throws IllegalArgumentException if a member names themself, or already has a proxy
     */
    public Builder proxy(MemberId member, MemberId proxy) {
      checkArgument(!member.equals(proxy), "proxies: member %s cannot be their own proxy", member);
      checkArgument(proxies.putIfAbsent(member, proxy) == null,
          "proxies: member %s already has a proxy, %s", member, proxies.get(member));
      return this;
    }

    /**
     * Records a standing delegation (LiquidFeedback style): if {@code member} does not vote,
     * their vote follows {@code delegate}, and on along the chain to the first member who voted.
     *
     * @param member the member whose vote follows the delegate's if they do not vote
     * @param delegate the member whose vote is followed; not {@code member}
     * @return this builder
     * @throws IllegalArgumentException if a member delegates to themself or twice
     */
    public Builder delegation(MemberId member, MemberId delegate) {
      checkArgument(!member.equals(delegate), "delegations: member %s cannot delegate to"
          + " themself", member);
      checkArgument(delegations.putIfAbsent(member, delegate) == null,
          "delegations: member %s already delegates to %s", member, delegations.get(member));
      return this;
    }

    /**
     * Adds a note printed with every decision.
     *
     * @param value the note, one or more sentences for residents
     * @return this builder
     */
    public Builder note(String value) {
      notes.add(checkNotNull(value, "note"));
      return this;
    }

    /**
     * {@return the rule}
     *
     * @throws IllegalStateException if there is no majority and it is not a consent rule, or the
     *     id is not lower-case words joined by hyphens
     */
    public MotionRule build() {
      checkState(!majorities.isEmpty() || maxObjections >= 0,
          "motion rule %s: needs at least one majority, or consent", id);
      checkState(id.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"),
          "motion rule id must be lower-case words joined by hyphens, was '%s'", id);
      return new MotionRule(this);
    }
  }
}
