package io.yishi.mediation.negotiation;

import static io.yishi.mediation.negotiation.SingleTextExamples.C1;
import static io.yishi.mediation.negotiation.SingleTextExamples.C2;
import static io.yishi.mediation.negotiation.SingleTextExamples.C3;
import static io.yishi.mediation.negotiation.SingleTextExamples.C4;
import static io.yishi.mediation.negotiation.SingleTextExamples.LI;
import static io.yishi.mediation.negotiation.SingleTextExamples.V1;
import static io.yishi.mediation.negotiation.SingleTextExamples.V2;
import static io.yishi.mediation.negotiation.SingleTextExamples.V3;
import static io.yishi.mediation.negotiation.SingleTextExamples.V4;
import static io.yishi.mediation.negotiation.SingleTextExamples.WANG;
import static io.yishi.mediation.negotiation.SingleTextExamples.ZHOU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.mediation.negotiation.SingleText.Criticism;
import io.yishi.mediation.negotiation.SingleText.Status;
import io.yishi.mediation.negotiation.SingleText.Version;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SingleTextTest {

  static SingleText start() {
    return SingleText.start(ZHOU, List.of(WANG, LI), 3);
  }

  /** Version 1 on the table, round 1 open. */
  static SingleText proposed() {
    return start().propose(ZHOU, V1);
  }

  /** Round 1 over: Wang accepted, Li criticised (c1); the mediator revises next. */
  static SingleText awaitingRevision() {
    return proposed().accept(WANG, 1).criticise(LI, 1, C2);
  }

  /** Version 2 answers c1; Wang has accepted it, Li has yet to respond. */
  static SingleText inRoundTwo() {
    return awaitingRevision().revise(ZHOU, List.of("c1"), V2).accept(WANG, 2);
  }

  static SingleText agreed() {
    return inRoundTwo().accept(LI, 2);
  }

  static SingleText noAgreement() {
    return SingleText.start(ZHOU, List.of(WANG, LI), 1).propose(ZHOU, V1)
        .accept(WANG, 1).criticise(LI, 1, C2);
  }

  @Nested
  @DisplayName("Neighbour noise dispute: three revisions to agreement")
  class NoiseDispute {

    private final SingleText ended = SingleTextExamples.noiseDispute().replay();

    @Test
    void bothFamiliesAcceptTheFourthVersionInRoundFour() {
      assertThat(ended.status()).isEqualTo(Status.AGREED);
      assertThat(ended.round()).isEqualTo(4);
      assertThat(ended.agreed()).map(Version::text).contains(V4);
      assertThat(ended.agreed().orElseThrow().acceptedBy()).containsExactly(LI, WANG);
    }

    @Test
    void eachRevisionAnswersTheCriticismsOfTheVersionBefore() {
      assertThat(ended.versions()).extracting(Version::number, Version::answers).containsExactly(
          org.assertj.core.groups.Tuple.tuple(1, List.of()),
          org.assertj.core.groups.Tuple.tuple(2, List.of("c1", "c2")),
          org.assertj.core.groups.Tuple.tuple(3, List.of("c3")),
          org.assertj.core.groups.Tuple.tuple(4, List.of("c4")));
      assertThat(ended.criticisms()).containsExactly(
          new Criticism("c1", WANG, 1, C1), new Criticism("c2", LI, 1, C2),
          new Criticism("c3", LI, 2, C3), new Criticism("c4", WANG, 3, C4));
      assertThat(ended.answeredBy("c3")).map(Version::number).contains(3);
      assertThat(ended.answeredBy("c4")).map(Version::text).contains(V4);
    }

    @Test
    void explainsEveryVersionEveryRoundAndTheAgreement() {
      assertThat(ended.explanation()).containsExactly(
          "Single negotiating text: mediator Zhou; parties Wang, Li; at most 5 rounds.",
          "Version 1, the mediator's first text: \"" + V1 + "\"",
          "Round 1: Wang criticises (c1): \"" + C1 + "\"; Li criticises (c2): \"" + C2 + "\".",
          "Version 2 answers c1 (Wang), c2 (Li): \"" + V2 + "\"",
          "Round 2: Wang accepts; Li criticises (c3): \"" + C3 + "\".",
          "Version 3 answers c3 (Li): \"" + V3 + "\"",
          "Round 3: Wang criticises (c4): \"" + C4 + "\"; Li accepts.",
          "Version 4 answers c4 (Wang): \"" + V4 + "\"",
          "Round 4: Wang accepts; Li accepts.",
          "Agreement: every party accepted version 4 in round 4, after 3 revisions.");
    }

    @Test
    void theOutcomeCarriesTheAgreedVersionAndTheHistory() {
      SingleTextOutcome outcome = SingleTextOutcome.of(ended);

      assertThat(outcome.agreement()).isTrue();
      assertThat(outcome.agreed()).isEqualTo(ended.versions().get(3));
      assertThat(outcome.agreedText()).contains(V4);
      assertThat(outcome.rounds()).isEqualTo(4);
      assertThat(outcome.negotiation()).isEqualTo(ended);
      assertThat(outcome.explain()).isEqualTo(ended.explain());
    }
  }

  @Nested
  class RoundsRunOut {

    private final SingleText ended = SingleTextExamples.noiseDisputeInTwoRounds().replay();

    @Test
    void theLastRoundEndingWithCriticismsEndsWithoutAgreement() {
      assertThat(ended.status()).isEqualTo(Status.NO_AGREEMENT);
      assertThat(ended.isEnded()).isTrue();
      assertThat(ended.agreed()).isEmpty();
      assertThat(ended.round()).isEqualTo(2);
      assertThat(SingleTextOutcome.of(ended).agreement()).isFalse();
      assertThat(SingleTextOutcome.of(ended).agreed()).isNull();
      assertThat(SingleTextOutcome.of(ended).agreedText()).isEmpty();
    }

    @Test
    void aCriticismTheRevisionLeavesUnansweredLapses() {
      assertThat(ended.answeredBy("c1")).isEmpty();
      assertThat(ended.answeredBy("c2")).map(Version::number).contains(2);
      assertThat(ended.explanation()).contains(
          "Version 2 answers c2 (Li); leaves c1 (Wang) unanswered: \""
              + V1.replace("22:00", "21:00") + "\"",
          "No agreement: round 2 of 2 ended with c3 (Wang), c4 (Li) unanswered, and no rounds"
              + " remain.");
    }

    @Test
    void oneRoundAllowedMeansTakeItOrLeaveIt() {
      assertThat(noAgreement().status()).isEqualTo(Status.NO_AGREEMENT);
      assertThat(SingleText.start(ZHOU, List.of(WANG, LI), 1).propose(ZHOU, V1).accept(LI, 1)
          .accept(WANG, 1).status()).isEqualTo(Status.AGREED);
    }
  }

  @Nested
  class WhereItStands {

    @Test
    void beforeTheFirstTextTheMediatorIsAwaited() {
      SingleText s = start();
      assertThat(s.status()).isEqualTo(Status.AWAITING_TEXT);
      assertThat(s.round()).isZero();
      assertThat(s.current()).isEmpty();
      assertThat(s.awaiting()).isEmpty();
      assertThat(s.openCriticisms()).isEmpty();
      assertThat(s.explanation()).last().isEqualTo("Waiting for the mediator's first text.");
    }

    @Test
    void anOpenRoundWaitsForThePartiesYetToRespond() {
      SingleText s = inRoundTwo();
      assertThat(s.status()).isEqualTo(Status.IN_ROUND);
      assertThat(s.round()).isEqualTo(2);
      assertThat(s.awaiting()).containsExactly(LI);
      assertThat(s.explanation()).contains("Round 2: Wang accepts; Li has not responded.")
          .last().isEqualTo("Round 2 is open: waiting for Li.");
    }

    @Test
    void aClosedRoundWithCriticismsWaitsForTheRevision() {
      SingleText s = awaitingRevision();
      assertThat(s.status()).isEqualTo(Status.AWAITING_REVISION);
      assertThat(s.openCriticisms()).containsExactly(new Criticism("c1", LI, 1, C2));
      assertThat(s.nextCriticismId()).isEqualTo("c2");
      assertThat(s.explanation()).last()
          .isEqualTo("Waiting for the mediator to revise version 1, answering at least one of c1.");
    }

    @Test
    void acceptanceIsOfOneVersionAndIsGivenAfreshForTheNext() {
      SingleText s = awaitingRevision().revise(ZHOU, List.of("c1"), V2);
      assertThat(s.awaiting()).containsExactly(WANG, LI);
      assertThat(s.versions().get(0).acceptedBy()).containsExactly(WANG);
      assertThat(s.versions().get(1).acceptedBy()).isEmpty();
    }

    @Test
    void theJavadocExampleAgreesOnTheSecondVersion() {
      SingleText talks = SingleText.start("Zhou", List.of("Wang", "Li"), 5)
          .propose("Zhou", "Quiet hours 21:00-07:00 in flat 502.")
          .accept("Wang", 1)
          .criticise("Li", 1, "My mother sleeps at 20:30.");
      talks = talks.revise("Zhou", List.of("c1"), "Quiet hours 20:30-07:00 in flat 502.")
          .accept("Wang", 2)
          .accept("Li", 2);
      assertThat(talks.status()).isEqualTo(Status.AGREED);
      assertThat(talks.agreed().orElseThrow().number()).isEqualTo(2);
    }

    @Test
    void aStepLeavesTheStateItWasCalledOnAsItWas() {
      SingleText before = proposed();
      SingleText after = before.accept(WANG, 1);
      assertThat(before).isEqualTo(proposed());
      assertThat(before.awaiting()).containsExactly(WANG, LI);
      assertThat(after.awaiting()).containsExactly(LI);
    }

    @Test
    void stepsAsValuesDoWhatTheMethodsDo() {
      SingleText byValues = start()
          .apply(new SingleTextStep.Propose(ZHOU, V1))
          .apply(new SingleTextStep.Accept(WANG, 1))
          .apply(new SingleTextStep.Criticise(LI, 1, C2))
          .apply(new SingleTextStep.Revise(ZHOU, List.of("c1"), V2))
          .apply(new SingleTextStep.Accept(WANG, 2));
      assertThat(byValues).isEqualTo(inRoundTwo());
    }
  }

  /** Each refused step: the state, the step, the start of the message and its value. */
  static Stream<Arguments> refusedSteps() {
    return Stream.of(
        refusal("a party proposes the text", start(), s -> s.propose(WANG, V1),
            "propose.by: only the mediator 'Zhou' writes the text", "'Wang'"),
        refusal("a blank first text", start(), s -> s.propose(ZHOU, "  "),
            "propose.text: must not be blank", "\"  \""),
        refusal("a second first text", proposed(), s -> s.propose(ZHOU, V2),
            "propose: the mediator proposes the first text once, then revises it",
            "version 1 on the table"),
        refusal("acceptance before any text", start(), s -> s.accept(WANG, 1),
            "accept: there is no text to respond to; the mediator proposes the first one",
            "no text"),
        refusal("an unknown party accepts", proposed(), s -> s.accept("Zhao", 1),
            "accept.by: must be one of the parties [Wang, Li]", "'Zhao'"),
        refusal("an unknown party criticises", proposed(), s -> s.criticise("Zhao", 1, C1),
            "criticise.by: must be one of the parties [Wang, Li]", "'Zhao'"),
        refusal("the mediator accepts", proposed(), s -> s.accept(ZHOU, 1),
            "accept.by: the mediator does not respond to the text; the parties [Wang, Li] do",
            "'Zhou'"),
        refusal("accepting twice", proposed().accept(WANG, 1), s -> s.accept(WANG, 1),
            "accept.by: a party responds once per round, and Wang already accepted version 1"
                + " in round 1", "'Wang'"),
        refusal("criticising after accepting", proposed().accept(WANG, 1),
            s -> s.criticise(WANG, 1, C1),
            "criticise.by: a party responds once per round, and Wang already accepted version 1"
                + " in round 1", "'Wang'"),
        refusal("accepting after criticising", proposed().criticise(LI, 1, C2),
            s -> s.accept(LI, 1),
            "accept.by: a party responds once per round, and Li already criticised version 1"
                + " in round 1 (c1)", "'Li'"),
        refusal("accepting an earlier version", inRoundTwo(), s -> s.accept(LI, 1),
            "accept.version: must be the current version 2", "1"),
        refusal("criticising a later version", proposed(), s -> s.criticise(LI, 2, C2),
            "criticise.version: must be the current version 1", "2"),
        refusal("a blank criticism", proposed(), s -> s.criticise(LI, 1, ""),
            "criticise.text: must not be blank", "\"\""),
        refusal("a response when the round is closed", awaitingRevision(),
            s -> s.accept(LI, 1),
            "accept: every party has responded to version 1; the next step is the mediator's"
                + " revision", "round 1 closed"),
        refusal("a party revises", awaitingRevision(),
            s -> s.revise(LI, List.of("c1"), V2),
            "revise.by: only the mediator 'Zhou' revises the text", "'Li'"),
        refusal("a revision before any text", start(), s -> s.revise(ZHOU, List.of("c1"), V2),
            "revise: there is no text to revise; the mediator proposes the first one", "no text"),
        refusal("a revision while the round is open", proposed().accept(WANG, 1),
            s -> s.revise(ZHOU, List.of("c1"), V2),
            "revise: the mediator revises once every party has responded to version 1; waiting"
                + " for [Li]", "round 1 open"),
        refusal("a revision answering nothing", awaitingRevision(),
            s -> s.revise(ZHOU, List.of(), V2),
            "revise.answers: every revision answers at least one criticism of version 1 [c1]",
            "[]"),
        refusal("a revision answering an unknown criticism", awaitingRevision(),
            s -> s.revise(ZHOU, List.of("c9"), V2),
            "revise.answers: must name a criticism of version 1 [c1]; there is no c9", "'c9'"),
        refusal("a revision answering a criticism twice", awaitingRevision(),
            s -> s.revise(ZHOU, List.of("c1", "c1"), V2),
            "revise.answers: names each criticism once; c1 is named twice", "'c1'"),
        refusal("a revision answering an answered criticism", inRoundTwo().criticise(LI, 2, C3),
            s -> s.revise(ZHOU, List.of("c1", "c2"), V3),
            "revise.answers: c1 was already answered by version 2; a revision answers"
                + " criticisms of the current version 2 [c2]", "'c1'"),
        refusal("a revision answering a lapsed criticism", lapsed(),
            s -> s.revise(ZHOU, List.of("c1"), V3),
            "revise.answers: c1 criticises version 1, not the current version 2 [c3]", "'c1'"),
        refusal("a revision that changes nothing", awaitingRevision(),
            s -> s.revise(ZHOU, List.of("c1"), V1),
            "revise.text: a revision must change the text of version 1", "\"" + V1 + "\""),
        refusal("a blank revision", awaitingRevision(), s -> s.revise(ZHOU, List.of("c1"), " "),
            "revise.text: must not be blank", "\" \""),
        refusal("accepting after the agreement", agreed(), s -> s.accept(WANG, 2),
            "accept: nothing follows the end of the negotiation", "agreed on version 2"),
        refusal("criticising after the agreement", agreed(), s -> s.criticise(LI, 2, C3),
            "criticise: nothing follows the end of the negotiation", "agreed on version 2"),
        refusal("revising after the rounds ran out", noAgreement(),
            s -> s.revise(ZHOU, List.of("c1"), V2),
            "revise: nothing follows the end of the negotiation", "no agreement after round 1"),
        refusal("proposing after the end", noAgreement(), s -> s.propose(ZHOU, V2),
            "propose: nothing follows the end of the negotiation", "no agreement after round 1"));
  }

  /** Version 1 criticised by both; version 2 answers only c2 (c1 lapses); Li criticises v2. */
  static SingleText lapsed() {
    return proposed().criticise(WANG, 1, C1).criticise(LI, 1, C2)
        .revise(ZHOU, List.of("c2"), V2).accept(WANG, 2).criticise(LI, 2, C3);
  }

  static Arguments refusal(String name, SingleText state, UnaryOperator<SingleText> step,
      String message, String value) {
    return Arguments.of(name, state, step, message, value);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedSteps")
  void refusesTheStepNamingFieldRuleAndValueAndLeavesTheStateAsItWas(String name,
      SingleText state, UnaryOperator<SingleText> step, String message, String value) {
    SingleText copy = new SingleText(state.mediator(), state.parties(), state.maxRounds(),
        state.versions(), state.criticisms());
    List<String> explanation = state.explanation();

    assertThatThrownBy(() -> step.apply(state))
        .isInstanceOf(InvalidSingleTextException.class)
        .hasMessageStartingWith(message)
        .hasMessageEndingWith(", was " + value);
    assertThat(state).isEqualTo(copy);
    assertThat(state.explanation()).isEqualTo(explanation);
  }

  @Test
  void theExceptionCarriesFieldValueAndRuleApart() {
    InvalidSingleTextException e = org.junit.jupiter.api.Assertions.assertThrows(
        InvalidSingleTextException.class, () -> proposed().accept("Zhao", 1));

    assertThat(e.field()).isEqualTo("accept.by");
    assertThat(e.value()).contains("'Zhao'");
    assertThat(e.rule()).isEqualTo("must be one of the parties [Wang, Li]");
  }

  static Stream<Arguments> badSetups() {
    return Stream.of(
        Arguments.of(" ", List.of(WANG, LI), 3, "mediator: the mediator needs a name"),
        Arguments.of(ZHOU, List.of(WANG), 3,
            "parties: a negotiation needs at least two parties, was [Wang]"),
        Arguments.of(ZHOU, List.of(WANG, WANG), 3,
            "parties[1]: party names must be distinct; Wang is named twice, was 'Wang'"),
        Arguments.of(ZHOU, List.of(WANG, ""), 3, "parties[1]: each party needs a name"),
        Arguments.of(WANG, List.of(WANG, LI), 3,
            "mediator: the mediator must not be one of the parties [Wang, Li], was 'Wang'"),
        Arguments.of(ZHOU, List.of(WANG, LI), 0,
            "maxRounds: must be at least 1: the parties respond to the first text in round 1,"
                + " was 0"));
  }

  @ParameterizedTest
  @MethodSource("badSetups")
  void refusesABadSetupNamingTheField(String mediator, List<String> parties, int maxRounds,
      String message) {
    assertThatThrownBy(() -> SingleText.start(mediator, parties, maxRounds))
        .isInstanceOf(InvalidSingleTextException.class)
        .hasMessageStartingWith(message);
    assertThatThrownBy(() -> new SingleTextProblem(mediator, parties, maxRounds, List.of()))
        .isInstanceOf(InvalidSingleTextException.class)
        .hasMessageStartingWith(message);
  }

  /** Histories no sequence of steps could produce, as a forged or corrupted record would be. */
  static Stream<Arguments> impossibleHistories() {
    Version v1 = new Version(1, V1, List.of(), List.of(WANG));
    Criticism c1 = new Criticism("c1", LI, 1, C2);
    return Stream.of(
        Arguments.of(List.of(v1, new Version(2, V2, List.of("c1"), List.of())), List.of(c1), 1,
            "versions: there is one version per round, at most maxRounds = 1"),
        Arguments.of(List.of(new Version(2, V1, List.of(), List.of())), List.of(), 3,
            "versions[0].number: versions are numbered 1, 2, … in order; expected 1"),
        Arguments.of(List.of(v1, new Version(2, V2, List.of(), List.of())), List.of(c1), 3,
            "versions[1].answers: every revision answers at least one criticism of version 1"),
        Arguments.of(List.of(v1, new Version(2, V2, List.of("c2"), List.of())), List.of(c1), 3,
            "versions[1].answers: must name, once each, criticisms of version 1, was 'c2'"),
        Arguments.of(List.of(new Version(1, V1, List.of(), List.of(WANG, LI)),
            new Version(2, V2, List.of("c1"), List.of())), List.of(), 3,
            "versions[1]: every party accepted version 1, so the negotiation had ended"),
        Arguments.of(List.of(new Version(1, V1, List.of(), List.of()),
            new Version(2, V2, List.of("c1"), List.of())), List.of(c1), 3,
            "versions[1]: the mediator revises once every party has responded to version 1"),
        Arguments.of(List.of(new Version(1, V1, List.of(), List.of(LI))), List.of(c1), 3,
            "versions[0].acceptedBy: a party responds once per round; Li responded to version 1"
                + " twice"),
        Arguments.of(List.of(v1), List.of(new Criticism("c2", LI, 1, C2)), 3,
            "criticisms[0].id: criticisms are numbered c1, c2, … in the order given; expected c1"),
        Arguments.of(List.of(v1), List.of(new Criticism("c1", "Zhao", 1, C2)), 3,
            "criticisms[0].by: must be one of the parties [Wang, Li]"),
        Arguments.of(List.of(v1), List.of(new Criticism("c1", LI, 2, C2)), 3,
            "criticisms[0].version: must be the number of a version, 1 to 1"));
  }

  @ParameterizedTest
  @MethodSource("impossibleHistories")
  void refusesAHistoryTheRulesDoNotAllow(List<Version> versions, List<Criticism> criticisms,
      int maxRounds, String message) {
    assertThatThrownBy(() -> new SingleText(ZHOU, List.of(WANG, LI), maxRounds, versions,
        criticisms))
        .isInstanceOf(InvalidSingleTextException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void anOutcomeNeedsANegotiationThatHasEnded() {
    assertThatThrownBy(() -> SingleTextOutcome.of(inRoundTwo()))
        .isInstanceOf(InvalidSingleTextException.class)
        .hasMessageStartingWith("negotiation: an outcome needs a negotiation that has ended;"
            + " Round 2 is open: waiting for Li., was IN_ROUND");
    assertThatThrownBy(() -> new SingleTextOutcome(true, null, noAgreement(), List.of()))
        .isInstanceOf(InvalidSingleTextException.class)
        .hasMessageStartingWith("agreement: must say whether the negotiation ended in agreement,"
            + " which it did not");
    assertThatThrownBy(() -> new SingleTextOutcome(true, agreed().versions().get(0), agreed(),
        List.of()))
        .isInstanceOf(InvalidSingleTextException.class)
        .hasMessageStartingWith("agreed: must be the version every party accepted, version 2");
  }

  @Nested
  class Replay {

    @Test
    void aRefusedScriptedStepIsNamedByItsPlace() {
      SingleTextProblem problem = new SingleTextProblem(ZHOU, List.of(WANG, LI), 3, List.of(
          new SingleTextStep.Propose(ZHOU, V1),
          new SingleTextStep.Accept(WANG, 1),
          new SingleTextStep.Accept(WANG, 1)));

      assertThatThrownBy(problem::replay)
          .isInstanceOf(InvalidSingleTextException.class)
          .hasMessage("steps[2].by: a party responds once per round, and Wang already accepted"
              + " version 1 in round 1 (accept-text), was 'Wang'");
    }

    @Test
    void aStateLevelRefusalIsNamedByThePlaceAlone() {
      SingleTextProblem problem = new SingleTextProblem(ZHOU, List.of(WANG, LI), 3, List.of(
          new SingleTextStep.Accept(WANG, 1)));

      assertThatThrownBy(problem::replay)
          .isInstanceOf(InvalidSingleTextException.class)
          .hasMessageStartingWith("steps[0]: there is no text to respond to");
    }

    @Test
    void anUnfinishedScriptReplaysToWhereItStops() {
      SingleTextProblem problem = new SingleTextProblem(ZHOU, List.of(WANG, LI), 3, List.of(
          new SingleTextStep.Propose(ZHOU, V1), new SingleTextStep.Accept(WANG, 1)));

      assertThat(problem.replay()).isEqualTo(proposed().accept(WANG, 1));
    }
  }
}
