package io.yishi.core.method.interest;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import io.yishi.core.Fraction;
import io.yishi.core.community.ResidentId;
import io.yishi.core.method.interest.InterestFact.GroupResult;
import io.yishi.core.method.interest.InterestFact.OptionResult;
import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.Decision;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where interest rounds stand: the groups with their positions and acceptance levels, the
 * interests with their priorities, the options and the ratings, the round and its stage, and the
 * outcome. A portal reads it from {@code ConsultationState.methodState()}; {@link #summary()}
 * says which interests each option serves.
 *
 * @param stage the stage of the rounds
 * @param round the current (or last) round's number; 0 before the first round opens
 * @param due when the current stage ends by itself (inventing, evaluating or voting), or null
 * @param groups the groups, in the order declared
 * @param problem the shared problem as framed; empty until framed
 * @param groundRules the ground rules as framed
 * @param interests the interests, in the order stated
 * @param options every option proposed, in the order proposed, including replaced ones
 * @param ratings each group's latest rating of each option, in the order first rated
 * @param criteria the objective criteria in force
 * @param rounds the results of every closed round, in order
 * @param agreement the agreement, or null
 * @param vote the fallback vote called, or null
 * @param ballots the ballots in the fallback vote, in the order cast
 * @param decision the fallback vote's decision, or null until counted
 * @param mediation the hand-over to mediation, or null
 * @param reports the reports back, in order
 */
public record InterestRoundsState(Stage stage, int round, @Nullable Instant due,
    List<Group> groups, String problem, List<String> groundRules, List<Interest> interests,
    List<Option> options, List<Rating> ratings, List<String> criteria,
    List<InterestFact.RoundClosed> rounds, InterestFact.@Nullable AgreementReached agreement,
    InterestFact.@Nullable VoteCalled vote, List<Ballot> ballots, @Nullable Decision decision,
    InterestFact.@Nullable HandedToMediation mediation, List<String> reports) {

  /** The stage of the rounds. */
  public enum Stage {
    /** Before the first round: groups, positions and interests are gathered. */
    PREPARING,
    /** A round is inventing options; no rating is accepted. */
    INVENTING,
    /** A round is evaluating: groups rate the options on the table. */
    EVALUATING,
    /** An option acceptable to every group was agreed. */
    AGREED,
    /** No agreement after the last round; the best options are being voted on. */
    VOTING,
    /** The fallback vote was counted. */
    VOTED,
    /** No agreement after the last round; the issue was handed to mediation. */
    MEDIATION;

    /** {@return true if the rounds are over: agreed, voting, voted or handed to mediation} */
    public boolean isOver() {
      return this == AGREED || this == VOTING || this == VOTED || this == MEDIATION;
    }
  }

  /**
   * A stakeholder group.
   *
   * @param id the group's id
   * @param name its name
   * @param members its members
   * @param representatives those who speak for it; empty when every member may
   * @param position its position as last stated; empty until stated
   * @param batna its best alternative to an agreement; empty until recorded
   * @param level its acceptance level on the rating scale: its reservation, when recorded and
   *     the method uses reservations, else the common level
   */
  public record Group(String id, String name, List<ResidentId> members,
      List<ResidentId> representatives, String position, String batna, Fraction level) {
    /**
     * Refuses nulls and copies the lists.
     *
     * @param id the group's id
     * @param name its name
     * @param members its members
     * @param representatives those who speak for it; empty when every member may
     * @param position its position as last stated; empty until stated
     * @param batna its best alternative to an agreement; empty until recorded
     * @param level its acceptance level on the rating scale: its reservation, when recorded and the
     *     method uses reservations, else the common level
     */
    public Group {
      checkNotNull(id, "id");
      checkNotNull(name, "name");
      members = List.copyOf(members);
      representatives = List.copyOf(representatives);
      checkNotNull(position, "position");
      checkNotNull(batna, "batna");
      checkNotNull(level, "level");
    }

    /**
     * {@return true if the resident may speak for the group: a representative, or any member when
     * the group named none}
     *
     * @param resident the resident
     */
    public boolean speaksFor(ResidentId resident) {
      return (representatives.isEmpty() ? members : representatives).contains(resident);
    }
  }

  /**
   * An interest beneath a group's position.
   *
   * @param id the interest's id
   * @param group the group holding it
   * @param text the interest in words
   * @param priority its priority, 1 to 100
   * @param kind its classification
   */
  public record Interest(String id, String group, String text, int priority, InterestKind kind) {
    /**
     * Refuses nulls.
     *
     * @param id the interest's id
     * @param group the group holding it
     * @param text the interest in words
     * @param priority its priority, 1 to 100
     * @param kind its classification
     */
    public Interest {
      checkNotNull(id, "id");
      checkNotNull(group, "group");
      checkNotNull(text, "text");
      checkNotNull(kind, "kind");
    }
  }

  /**
   * A proposed option.
   *
   * @param id the option's id
   * @param title its title
   * @param text what it is
   * @param by who proposed it
   * @param round the round it was proposed in
   * @param serves the interests the proposer linked it to
   * @param revises the option it replaced, or null
   * @param onTable false once a revision replaced it
   */
  public record Option(String id, String title, String text, ResidentId by, int round,
      List<String> serves, @Nullable String revises, boolean onTable) {
    /**
     * Refuses nulls and copies the list.
     *
     * @param id the option's id
     * @param title its title
     * @param text what it is
     * @param by who proposed it
     * @param round the round it was proposed in
     * @param serves the interests the proposer linked it to
     * @param revises the option it replaced, or null
     * @param onTable false once a revision replaced it
     */
    public Option {
      checkNotNull(id, "id");
      checkNotNull(title, "title");
      checkNotNull(text, "text");
      checkNotNull(by, "by");
      serves = List.copyOf(serves);
    }
  }

  /**
   * A group's latest rating of an option.
   *
   * @param group the group
   * @param option the option
   * @param round the round it was given in
   * @param scores the score per interest of the group, sorted by interest id
   */
  public record Rating(String group, String option, int round, Map<String, Integer> scores) {
    /**
     * Refuses nulls and copies the scores, sorted.
     *
     * @param group the group
     * @param option the option
     * @param round the round it was given in
     * @param scores the score per interest of the group, sorted by interest id
     */
    public Rating {
      checkNotNull(group, "group");
      checkNotNull(option, "option");
      scores = ImmutableSortedMap.copyOf(scores);
    }
  }

  /**
   * Which interests an option serves, for people.
   *
   * @param option the option's id
   * @param title its title
   * @param onTable false if a revision replaced it
   * @param claimed the interests its proposer linked it to
   * @param served the interests its groups scored at or above their acceptance level, in the
   *     order stated; a group that has not rated the option serves none
   * @param acceptedBy the groups whose weighted rating reaches their acceptance level, in the
   *     order declared
   */
  public record OptionSummary(String option, String title, boolean onTable, List<String> claimed,
      List<String> served, List<String> acceptedBy) {
    /**
     * Refuses nulls and copies the lists.
     *
     * @param option the option's id
     * @param title its title
     * @param onTable false if a revision replaced it
     * @param claimed the interests its proposer linked it to
     * @param served the interests its groups scored at or above their acceptance level, in the
     *     order stated; a group that has not rated the option serves none
     * @param acceptedBy the groups whose weighted rating reaches their acceptance level, in the
     *     order declared
     */
    public OptionSummary {
      checkNotNull(option, "option");
      checkNotNull(title, "title");
      claimed = List.copyOf(claimed);
      served = List.copyOf(served);
      acceptedBy = List.copyOf(acceptedBy);
    }
  }

  /**
   * Refuses nulls and copies the lists.
   *
   * @param stage the stage of the rounds
   * @param round the current (or last) round's number; 0 before the first round opens
   * @param due when the current stage ends by itself (inventing, evaluating or voting), or null
   * @param groups the groups, in the order declared
   * @param problem the shared problem as framed; empty until framed
   * @param groundRules the ground rules as framed
   * @param interests the interests, in the order stated
   * @param options every option proposed, in the order proposed, including replaced ones
   * @param ratings each group's latest rating of each option, in the order first rated
   * @param criteria the objective criteria in force
   * @param rounds the results of every closed round, in order
   * @param agreement the agreement, or null
   * @param vote the fallback vote called, or null
   * @param ballots the ballots in the fallback vote, in the order cast
   * @param decision the fallback vote's decision, or null until counted
   * @param mediation the hand-over to mediation, or null
   * @param reports the reports back, in order
   */
  public InterestRoundsState {
    checkNotNull(stage, "stage");
    groups = List.copyOf(groups);
    checkNotNull(problem, "problem");
    groundRules = List.copyOf(groundRules);
    interests = List.copyOf(interests);
    options = List.copyOf(options);
    ratings = List.copyOf(ratings);
    criteria = List.copyOf(criteria);
    rounds = List.copyOf(rounds);
    ballots = List.copyOf(ballots);
    reports = List.copyOf(reports);
  }

  /** {@return the state before anything happened} */
  static InterestRoundsState empty() {
    return new InterestRoundsState(Stage.PREPARING, 0, null, List.of(), "", List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), null, null, List.of(), null, null, List.of());
  }

  /**
   * {@return the group with this id, if declared}
   *
   * @param id the group's id
   */
  public Optional<Group> group(String id) {
    return groups.stream().filter(g -> g.id().equals(id)).findFirst();
  }

  /**
   * {@return the interest with this id, if stated}
   *
   * @param id the interest's id
   */
  public Optional<Interest> interest(String id) {
    return interests.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /**
   * {@return the option with this id, if proposed}
   *
   * @param id the option's id
   */
  public Optional<Option> option(String id) {
    return options.stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /**
   * {@return a group's latest rating of an option, if it rated it}
   *
   * @param group the group's id
   * @param option the option's id
   */
  public Optional<Rating> rating(String group, String option) {
    return ratings.stream().filter(r -> r.group().equals(group) && r.option().equals(option))
        .findFirst();
  }

  /** {@return the options on the table (not replaced by a revision), in the order proposed} */
  public List<Option> onTable() {
    return options.stream().filter(Option::onTable).toList();
  }

  /**
   * {@return a group's interests, in the order stated}
   *
   * @param group the group's id
   */
  public List<Interest> interestsOf(String group) {
    return interests.stream().filter(i -> i.group().equals(group)).toList();
  }

  /**
   * {@return a group's utility for an option, if it rated it}: the priority-weighted mean of its
   * scores, u = Σ w·s with w = priority / Σ priorities (RULES.md §2, step 6), exact
   *
   * @param group the group's id
   * @param option the option's id
   */
  public Optional<Fraction> utility(String group, String option) {
    return rating(group, option).map(r -> {
      long weighted = 0;
      long total = 0;
      for (Interest i : interestsOf(group)) {
        weighted += (long) i.priority() * r.scores().get(i.id());
        total += i.priority();
      }
      return Fraction.of(weighted, total);
    });
  }

  /** {@return the options on the table with each group's verdict, best first (see RoundClosed)} */
  public List<OptionResult> results() {
    List<OptionResult> results = new ArrayList<>();
    for (Option o : onTable()) {
      List<GroupResult> verdicts = new ArrayList<>();
      int accepting = 0;
      for (Group g : groups) {
        Optional<Fraction> u = utility(g.id(), o.id());
        boolean accepts = u.isPresent() && u.get().compareTo(g.level()) >= 0;
        accepting += accepts ? 1 : 0;
        verdicts.add(new GroupResult(g.id(), u.isPresent(), u.orElse(Fraction.ZERO), g.level(),
            accepts));
      }
      results.add(new OptionResult(o.id(), accepting, verdicts));
    }
    // Stable sort: equal options keep the order they were proposed in.
    results.sort(Comparator.comparingInt(OptionResult::acceptedBy).reversed()
        .thenComparing(InterestRoundsState::lowest, Comparator.reverseOrder())
        .thenComparing(InterestRoundsState::total, Comparator.reverseOrder()));
    return results;
  }

  private static Fraction lowest(OptionResult r) {
    return r.groups().stream().map(GroupResult::utility).min(Comparator.naturalOrder())
        .orElse(Fraction.ZERO);
  }

  private static BigFraction total(OptionResult r) {
    BigFraction sum = BigFraction.ZERO;
    for (GroupResult g : r.groups()) {
      sum = sum.plus(g.utility());
    }
    return sum;
  }

  /** An exact sum of fractions, for ordering only. */
  private record BigFraction(BigInteger numerator, BigInteger denominator)
      implements Comparable<BigFraction> {
    static final BigFraction ZERO = new BigFraction(BigInteger.ZERO, BigInteger.ONE);

    BigFraction plus(Fraction f) {
      BigInteger d = BigInteger.valueOf(f.denominator());
      return new BigFraction(numerator.multiply(d).add(
          BigInteger.valueOf(f.numerator()).multiply(denominator)), denominator.multiply(d));
    }

    @Override
    public int compareTo(BigFraction o) {
      return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
    }
  }

  /**
   * {@return the interests an option serves: those whose group scored it at or above the
   * group's acceptance level in its latest rating, in the order stated}
   *
   * @param option the option's id
   */
  public List<String> served(String option) {
    List<String> served = new ArrayList<>();
    for (Interest i : interests) {
      Optional<Rating> r = rating(i.group(), option);
      Fraction level = group(i.group()).orElseThrow().level();
      if (r.isPresent() && Fraction.of(r.get().scores().get(i.id()), 1).compareTo(level) >= 0) {
        served.add(i.id());
      }
    }
    return served;
  }

  /**
   * {@return for every option proposed, in the order proposed, the interests it was linked to,
   * those it serves by the groups' latest ratings, and the groups that accept it}
   */
  public List<OptionSummary> summary() {
    List<OptionSummary> summary = new ArrayList<>();
    for (Option o : options) {
      List<String> accepting = new ArrayList<>();
      for (Group g : groups) {
        if (utility(g.id(), o.id()).filter(u -> u.compareTo(g.level()) >= 0).isPresent()) {
          accepting.add(g.id());
        }
      }
      summary.add(new OptionSummary(o.id(), o.title(), o.onTable(), o.serves(), served(o.id()),
          accepting));
    }
    return summary;
  }

  /** A mutable copy, for the procedure's fold. */
  static final class Draft {
    Stage stage;
    int round;
    @Nullable Instant due;
    List<Group> groups;
    String problem;
    List<String> groundRules;
    List<Interest> interests;
    List<Option> options;
    List<Rating> ratings;
    List<String> criteria;
    List<InterestFact.RoundClosed> rounds;
    InterestFact.@Nullable AgreementReached agreement;
    InterestFact.@Nullable VoteCalled vote;
    List<Ballot> ballots;
    @Nullable Decision decision;
    InterestFact.@Nullable HandedToMediation mediation;
    List<String> reports;

    Draft(InterestRoundsState s) {
      stage = s.stage;
      round = s.round;
      due = s.due;
      groups = new ArrayList<>(s.groups);
      problem = s.problem;
      groundRules = s.groundRules;
      interests = new ArrayList<>(s.interests);
      options = new ArrayList<>(s.options);
      ratings = new ArrayList<>(s.ratings);
      criteria = s.criteria;
      rounds = new ArrayList<>(s.rounds);
      agreement = s.agreement;
      vote = s.vote;
      ballots = new ArrayList<>(s.ballots);
      decision = s.decision;
      mediation = s.mediation;
      reports = new ArrayList<>(s.reports);
    }

    InterestRoundsState build() {
      return new InterestRoundsState(stage, round, due, groups, problem, groundRules, interests,
          options, ratings, criteria, rounds, agreement, vote, ballots, decision, mediation,
          reports);
    }
  }
}
