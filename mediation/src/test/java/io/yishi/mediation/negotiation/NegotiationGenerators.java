package io.yishi.mediation.negotiation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded generators of negotiation problems for property tests: the same seed gives the same
 * problem, so a failing seed can be replayed alone.
 */
public final class NegotiationGenerators {

  private static final List<String> NAMES = List.of("Wang", "Li", "Chen", "Zhang");
  private static final String MEDIATOR = "Zhou";

  private NegotiationGenerators() {}

  /**
   * {@return an Adjusted Winner problem over 1 to 8 issues: points often 0 and, in one problem of
   * four, the second party's points a few moves away from the first's, so that issues tie; the
   * instances of {@link AdjustedWinnerProperties}}
   *
   * @param seed the seed
   */
  public static AdjustedWinnerProblem adjustedWinner(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int m = 1 + random.nextInt(8);
    int[] a = AdjustedWinnerProperties.points(random, m);
    int[] b = random.nextInt(4) == 0 ? AdjustedWinnerProperties.perturb(random, a)
        : AdjustedWinnerProperties.points(random, m);
    List<String> issues = new ArrayList<>();
    for (int j = 0; j < m; j++) {
      issues.add("i" + j);
    }
    return new AdjustedWinnerProblem(issues, AdjustedWinnerProblem.Party.of("A", a),
        AdjustedWinnerProblem.Party.of("B", b));
  }

  /**
   * {@return a bargaining problem of 2 to 6 options, utilities in 0..10 with some halves,
   * disagreement in 0..5; the instances of {@link BargainingProperties}}
   *
   * @param seed the seed
   */
  public static BargainingProblem bargaining(long seed) {
    return BargainingProperties.random(seed);
  }

  /**
   * {@return a complete single-text script: 2 to 4 parties, 1 to 5 rounds; in each round the
   * parties respond in a random order, accepting more often as rounds pass, and the mediator
   * answers a random non-empty subset of the criticisms, in a random order}
   *
   * @param seed the seed
   */
  public static SingleTextProblem singleText(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> parties = NAMES.subList(0, 2 + random.nextInt(3));
    int maxRounds = 1 + random.nextInt(5);
    List<SingleTextStep> steps = new ArrayList<>();
    SingleText state = SingleText.start(MEDIATOR, parties, maxRounds);
    state = take(state, steps, new SingleTextStep.Propose(MEDIATOR, "text 1 of seed " + seed));
    while (!state.isEnded()) {
      int round = state.round();
      for (String party : shuffled(random, parties)) {
        boolean accepts = random.nextInt(10) < 1 + 2 * round;
        state = take(state, steps, accepts ? new SingleTextStep.Accept(party, round)
            : new SingleTextStep.Criticise(party, round, party + " on text " + round));
      }
      if (state.isEnded()) {
        break;
      }
      List<String> answers = new ArrayList<>();
      for (SingleText.Criticism c : shuffled(random, state.openCriticisms())) {
        if (random.nextInt(10) < 6) {
          answers.add(c.id());
        }
      }
      if (answers.isEmpty()) {
        List<SingleText.Criticism> open = state.openCriticisms();
        answers.add(open.get(random.nextInt(open.size())).id());
      }
      state = take(state, steps, new SingleTextStep.Revise(MEDIATOR, answers,
          "text " + (round + 1) + " of seed " + seed));
    }
    return new SingleTextProblem(MEDIATOR, parties, maxRounds, steps);
  }

  private static SingleText take(SingleText state, List<SingleTextStep> steps,
      SingleTextStep step) {
    steps.add(step);
    return state.apply(step);
  }

  private static <T> List<T> shuffled(SplittableRandom random, List<T> list) {
    List<T> copy = new ArrayList<>(list);
    for (int i = copy.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T t = copy.get(i);
      copy.set(i, copy.get(j));
      copy.set(j, t);
    }
    return copy;
  }
}
