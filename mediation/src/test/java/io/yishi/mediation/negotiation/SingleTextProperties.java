package io.yishi.mediation.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.mediation.negotiation.SingleText.Criticism;
import io.yishi.mediation.negotiation.SingleText.Status;
import io.yishi.mediation.negotiation.SingleText.Version;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of the single negotiating text, checked on 300 seeded scripts ({@link
 * NegotiationGenerators#singleText}): every negotiation ends by agreement or by running out of
 * rounds, every revision answers criticisms of the version before, every state along the way is
 * one the canonical constructor accepts, and every refused step leaves the state as it was.
 */
class SingleTextProperties {

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyScriptEndsByAgreementOrByRunningOutOfRounds(long seed) {
    SingleTextProblem problem = NegotiationGenerators.singleText(seed);
    String where = "seed " + seed;

    SingleText ended = problem.replay();

    assertThat(ended.isEnded()).as(where).isTrue();
    assertThat(ended.round()).as(where).isBetween(1, problem.maxRounds());
    Version last = ended.versions().get(ended.round() - 1);
    boolean everyoneAccepted = new HashSet<>(last.acceptedBy())
        .equals(new HashSet<>(problem.parties()));
    assertThat(ended.status() == Status.AGREED).as(where).isEqualTo(everyoneAccepted);
    if (!everyoneAccepted) {
      assertThat(ended.round()).as(where + ": no agreement before the last round")
          .isEqualTo(problem.maxRounds());
      assertThat(ended.openCriticisms()).as(where).isNotEmpty();
    }
    for (Version v : ended.versions().subList(0, ended.round() - 1)) {
      assertThat(v.acceptedBy()).as(where + ": version %d was not accepted by all", v.number())
          .hasSizeLessThan(problem.parties().size());
    }
    assertThat(ended.explanation()).as(where).last().asString()
        .startsWith(everyoneAccepted ? "Agreement: " : "No agreement: ");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyRevisionAnswersOnlyCriticismsOfTheVersionBeforeAndEachAtMostOnce(long seed) {
    SingleText ended = NegotiationGenerators.singleText(seed).replay();
    String where = "seed " + seed;

    Set<String> answered = new HashSet<>();
    for (Version v : ended.versions()) {
      if (v.isFirst()) {
        assertThat(v.answers()).as(where).isEmpty();
        continue;
      }
      assertThat(v.answers()).as(where + ": version %d answers something", v.number())
          .isNotEmpty();
      for (String id : v.answers()) {
        Criticism c = ended.criticism(id).orElseThrow();
        assertThat(c.version()).as(where + ": %s criticises the version before", id)
            .isEqualTo(v.number() - 1);
        assertThat(answered.add(id)).as(where + ": %s answered once", id).isTrue();
        assertThat(ended.answeredBy(id)).as(where).contains(v);
      }
    }
    for (int j = 0; j < ended.criticisms().size(); j++) {
      assertThat(ended.criticisms().get(j).id()).as(where).isEqualTo("c" + (j + 1));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyStateAlongTheWayIsOneTheConstructorAcceptsAndEveryPartyRespondsOncePerRound(
      long seed) {
    SingleTextProblem problem = NegotiationGenerators.singleText(seed);
    SingleText state = SingleText.start(problem.mediator(), problem.parties(),
        problem.maxRounds());
    for (SingleTextStep step : problem.steps()) {
      state = state.apply(step);
      String where = "seed " + seed + " after " + step;
      assertThat(new SingleText(state.mediator(), state.parties(), state.maxRounds(),
          state.versions(), state.criticisms())).as(where).isEqualTo(state);
      if (state.status() == Status.IN_ROUND) {
        List<String> responded = new ArrayList<>(state.current().orElseThrow().acceptedBy());
        state.openCriticisms().forEach(c -> responded.add(c.by()));
        responded.addAll(state.awaiting());
        assertThat(responded).as(where).containsExactlyInAnyOrderElementsOf(problem.parties());
      }
    }
    assertThat(state).isEqualTo(problem.replay());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyRefusedStepLeavesTheStateAsItWas(long seed) {
    SingleTextProblem problem = NegotiationGenerators.singleText(seed);
    SingleText state = SingleText.start(problem.mediator(), problem.parties(),
        problem.maxRounds());
    for (SingleTextStep step : problem.steps()) {
      for (SingleTextStep bad : badSteps(state, problem)) {
        SingleText before = state;
        List<String> explanation = state.explanation();
        assertThatThrownBy(() -> before.apply(bad)).as("seed %d: %s on %s", seed, bad,
            before.status()).isInstanceOf(InvalidSingleTextException.class);
        assertThat(state).isEqualTo(before);
        assertThat(state.explanation()).isEqualTo(explanation);
      }
      state = state.apply(step);
    }
    for (SingleTextStep bad : badSteps(state, problem)) {
      SingleText ended = state;
      assertThatThrownBy(() -> ended.apply(bad))
          .isInstanceOf(InvalidSingleTextException.class)
          .hasMessageContaining("nothing follows the end of the negotiation");
    }
  }

  /** Steps no state allows: an outsider, a wrong version, an empty revision, a second text. */
  private static List<SingleTextStep> badSteps(SingleText state, SingleTextProblem problem) {
    String party = problem.parties().get(0);
    int current = state.round();
    List<SingleTextStep> bad = new ArrayList<>(List.of(
        new SingleTextStep.Accept("Outsider", current),
        new SingleTextStep.Criticise(problem.mediator(), current, "the mediator objects"),
        new SingleTextStep.Accept(party, current + 1),
        new SingleTextStep.Criticise(party, current - 1, "too late"),
        new SingleTextStep.Revise(problem.mediator(), List.of(), "new text"),
        new SingleTextStep.Revise(party, List.of("c1"), "a party's text"),
        new SingleTextStep.Revise(problem.mediator(), List.of("c999"), "new text")));
    if (current > 0) {
      bad.add(new SingleTextStep.Propose(problem.mediator(), "a second first text"));
    }
    return bad;
  }
}
