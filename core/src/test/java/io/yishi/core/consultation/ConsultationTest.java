package io.yishi.core.consultation;

import static io.yishi.core.fixtures.Fixtures.LEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.community.ResidentId;
import io.yishi.core.consultation.Command.AdvancePhase;
import io.yishi.core.consultation.Command.CastBallot;
import io.yishi.core.consultation.Command.Close;
import io.yishi.core.consultation.Command.Decide;
import io.yishi.core.consultation.Command.PostComment;
import io.yishi.core.consultation.Command.ReviseProposal;
import io.yishi.core.consultation.Command.SubmitIdea;
import io.yishi.core.consultation.Command.TableProposal;
import io.yishi.core.fixtures.Fixtures;
import io.yishi.core.fixtures.TallyDecision;
import io.yishi.core.electorate.Electorate;
import io.yishi.core.electorate.Member;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.electorate.Weighting;
import io.yishi.core.fixtures.YesNoBallot;
import io.yishi.core.issue.ProposalId;
import io.yishi.core.issue.Revision;
import io.yishi.core.json.YishiJson;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.plugin.UnknownPluginException;
import io.yishi.core.spi.DecisionRule;
import io.yishi.core.spi.InvalidBallotException;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Verdict;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConsultationTest {

  static final ProposalId PLAN = new ProposalId("plan");
  static final ResidentId WANG = new ResidentId("r-wang");

  @Test
  void opensInTheMethodsFirstPhaseAtVersionOne() {
    Consultation c = Fixtures.open(3);

    ConsultationState state = c.state();
    assertThat(state.version()).isEqualTo(1);
    assertThat(state.phase()).isEqualTo("discussion");
    assertThat(state.phases()).extracting(p -> p.id()).containsExactly("discussion", "voting");
    assertThat(state.status()).isEqualTo(ConsultationStatus.OPEN);
    assertThat(state.openedAt()).isEqualTo(Fixtures.START);
    assertThat(state.decision()).isEmpty();
    assertThat(c.log().events().get(0).event()).isInstanceOf(
        ConsultationEvent.ConsultationOpened.class);
  }

  @Test
  void refusesUnknownMethodOrRuleListingTheKnownIds() {
    var spec = Fixtures.spec(Fixtures.members(2));
    var badRule = new ConsultationSpec(spec.id(), spec.title(), spec.issue(), spec.method(),
        spec.methodParameters(), "no-such-rule", spec.ruleParameters(), List.of(),
        spec.electorate(), 0);

    assertThatThrownBy(() -> Consultation.open(badRule, Fixtures.tickingClock(),
        PluginRegistry.load()))
        .isInstanceOf(UnknownPluginException.class)
        .hasMessageContaining("'no-such-rule'")
        .hasMessageContaining("yes-no-test");
  }

  @Test
  void takesNoVoteUnderRuleNoneAndReplaysWithoutLookingARuleUp() throws Exception {
    var spec = Fixtures.spec(Fixtures.members(2));
    var noVote = new ConsultationSpec(spec.id(), spec.title(), spec.issue(), spec.method(),
        spec.methodParameters(), DecisionRule.NONE, Parameters.empty(), List.of(),
        spec.electorate(), 0);
    Consultation c = Consultation.open(noVote, Fixtures.tickingClock(), PluginRegistry.load());
    c.submit(new AdvancePhase(LEADER, "voting"));
    String before = YishiJson.mapper().writeValueAsString(c.log());

    assertThatThrownBy(() -> c.submit(new CastBallot(YesNoBallot.yes("m1"))))
        .isInstanceOf(InvalidCommandException.class)
        .hasMessageContaining("ballot")
        .hasMessageContaining("takes no vote");
    assertThatThrownBy(() -> c.submit(new Decide(LEADER)))
        .isInstanceOf(InvalidCommandException.class)
        .hasMessageContaining("decide")
        .hasMessageContaining("takes no vote");
    assertThat(YishiJson.mapper().writeValueAsString(c.log())).isEqualTo(before);
    assertThat(Consultation.replay(c.log(), Fixtures.tickingClock(), PluginRegistry.empty()
        .with(new io.yishi.core.method.DiscussAndDecideMethod())).state().rule())
        .isEqualTo("none");
  }

  @Test
  void refusesParametersForRuleNoneAndAPluginTakingThatId() {
    var spec = Fixtures.spec(Fixtures.members(2));
    assertThatThrownBy(() -> new ConsultationSpec(spec.id(), spec.title(), spec.issue(),
        spec.method(), spec.methodParameters(), DecisionRule.NONE,
        Parameters.of(Map.of("quorum", "1/2")), List.of(), spec.electorate(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ruleParameters")
        .hasMessageContaining("'none'");
    DecisionRule yesNo = new io.yishi.core.fixtures.YesNoRule();
    DecisionRule named = new DecisionRule() {
      @Override
      public String id() {
        return DecisionRule.NONE;
      }

      @Override
      public String description() {
        return "a rule that takes the reserved id";
      }

      @Override
      public Class<? extends io.yishi.core.spi.Ballot> ballotType() {
        return yesNo.ballotType();
      }

      @Override
      public io.yishi.core.spi.Decision decide(io.yishi.core.spi.DecisionRequest request) {
        return yesNo.decide(request);
      }
    };
    assertThatThrownBy(() -> PluginRegistry.empty().with(named))
        .isInstanceOf(io.yishi.core.plugin.PluginLoadException.class)
        .hasMessageContaining("reserved");
  }

  @Test
  void refusesUnknownRuleParameterNamingIt() {
    var spec = Fixtures.spec(Fixtures.members(2));
    var bad = new ConsultationSpec(spec.id(), spec.title(), spec.issue(), spec.method(),
        spec.methodParameters(), spec.rule(), Parameters.of(Map.of("quorum", "1/2")),
        List.of(), spec.electorate(), 0);

    assertThatThrownBy(() -> Consultation.open(bad, Fixtures.tickingClock(),
        PluginRegistry.load()))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("parameters.quorum")
        .hasMessageContaining("minimumYes");
  }

  @Test
  void keepsEveryRevisionOfAProposalWithAuthorChangeAndReason() {
    Consultation c = Fixtures.open(3);
    c.submit(new TableProposal(PLAN, LEADER, "Repair plan", "Fix the fences."));
    c.submit(new ReviseProposal(PLAN, WANG, "Repair plan", "Fix the fences and the lights.",
        "adds street lights", "dark paths at night"));
    c.submit(new ReviseProposal(PLAN, LEADER, "Repair and access plan",
        "Fix the fences and the lights; install access control.", "adds access control",
        "burglaries"));

    var proposal = c.state().proposals().get(PLAN);
    assertThat(proposal.revisions()).extracting(Revision::number).containsExactly(1, 2, 3);
    assertThat(proposal.revisions()).extracting(Revision::author).containsExactly(LEADER, WANG,
        LEADER);
    assertThat(proposal.current().reason()).isEqualTo("burglaries");
    assertThat(proposal.text()).contains("access control");
    assertThat(proposal.revisions().get(0).text()).isEqualTo("Fix the fences.");
    assertThat(proposal.revisions().get(1).at()).isAfter(proposal.revisions().get(0).at());
  }

  @Test
  void runsFromDiscussionToDecisionAndClose() {
    Consultation c = Fixtures.open(3);
    c.submit(new SubmitIdea(WANG, "gates at both entrances"));
    c.submit(new TableProposal(PLAN, LEADER, "Access control", "Gates at both entrances."));
    c.submit(new PostComment(WANG, PLAN, "and a bicycle gate"));
    c.submit(new AdvancePhase(LEADER, "voting"));
    c.submit(new CastBallot(YesNoBallot.yes("m1")));
    c.submit(new CastBallot(YesNoBallot.yes("m2")));
    c.submit(new CastBallot(YesNoBallot.no("m3")));
    Receipt decided = c.submit(new Decide(LEADER));
    c.submit(new Close(LEADER, "decided"));

    ConsultationState state = c.state();
    assertThat(decided.events()).singleElement().extracting(RecordedEvent::event)
        .isInstanceOf(ConsultationEvent.DecisionReached.class);
    assertThat(state.decision()).get().isEqualTo(
        new TallyDecision("yes-no-test", Verdict.ADOPTED, 2, 1));
    assertThat(state.ideas()).singleElement().extracting(Idea::text)
        .isEqualTo("gates at both entrances");
    assertThat(state.comments()).singleElement().extracting(Comment::proposal)
        .isEqualTo(java.util.Optional.of(PLAN));
    assertThat(state.ballots()).hasSize(3);
    assertThat(state.status()).isEqualTo(ConsultationStatus.CLOSED);
    assertThat(state.version()).isEqualTo(10);
    c.log().verify();
  }

  @Test
  void passesRuleParametersToTheRule() {
    var spec = Fixtures.spec(Fixtures.members(3));
    var strict = new ConsultationSpec(spec.id(), spec.title(), spec.issue(), spec.method(),
        spec.methodParameters(), spec.rule(), Parameters.of(Map.of("minimumYes", 3)), List.of(),
        spec.electorate(), 0);
    Consultation c = Consultation.open(strict, Fixtures.tickingClock(), PluginRegistry.load());
    c.submit(new AdvancePhase(LEADER, "voting"));
    c.submit(new CastBallot(YesNoBallot.yes("m1")));
    c.submit(new CastBallot(YesNoBallot.yes("m2")));
    c.submit(new Decide(LEADER));

    assertThat(c.state().decision()).get().extracting(d -> d.verdict())
        .isEqualTo(Verdict.REJECTED);
  }

  /** Builds a consultation in the voting phase with one ballot and a tabled proposal. */
  static Consultation inVoting() {
    Electorate electorate = Electorate.of(Weighting.PER_PERSON, Stream.of("m1", "m2", "m3",
        "m-refused").map(id -> Member.of(new MemberId(id))).toList());
    Consultation c = Consultation.open(Fixtures.spec(electorate), Fixtures.tickingClock(),
        PluginRegistry.load());
    c.submit(new TableProposal(PLAN, LEADER, "Access control", "Gates."));
    c.submit(new AdvancePhase(LEADER, "voting"));
    c.submit(new CastBallot(YesNoBallot.yes("m1")));
    return c;
  }

  static Stream<Arguments> refusedCommands() {
    return Stream.of(
        Arguments.of("idea in the voting phase", new SubmitIdea(WANG, "late idea"),
            InvalidCommandException.class, "'submit-idea' is not accepted in this phase"),
        Arguments.of("second ballot", new CastBallot(YesNoBallot.no("m1")),
            InvalidBallotException.class, "ballot.voter: has already voted"),
        Arguments.of("ballot from a non-member", new CastBallot(YesNoBallot.yes("m9")),
            InvalidBallotException.class, "must be a member of the electorate (4 members), was m9"),
        Arguments.of("ballot refused by the rule", new CastBallot(YesNoBallot.yes("m-refused")),
            InvalidBallotException.class, "is refused by the test rule"),
        Arguments.of("phase that is not next", new AdvancePhase(LEADER, "discussion"),
            InvalidCommandException.class, "there is no phase after 'voting'"),
        Arguments.of("comment on an unknown proposal",
            new PostComment(WANG, new ProposalId("nope"), "?"), InvalidCommandException.class,
            "post-comment.about: must be a proposal of this consultation"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedCommands")
  void refusedCommandLeavesTheLogByteIdentical(String name, Command command,
      Class<? extends Throwable> type, String message) throws Exception {
    Consultation target = inVoting();
    byte[] before = YishiJson.mapper().writeValueAsBytes(target.log());
    ConsultationState stateBefore = target.state();

    assertThatThrownBy(() -> target.submit(command)).isInstanceOf(type)
        .hasMessageContaining(message);

    assertThat(YishiJson.mapper().writeValueAsBytes(target.log())).isEqualTo(before);
    assertThat(target.state()).isEqualTo(stateBefore);
  }

  @Nested
  class Revisions {
    @Test
    void refusesRevisionThatChangesNothing() {
      Consultation c = Fixtures.open(1);
      c.submit(new TableProposal(PLAN, LEADER, "Plan", "Text."));

      assertThatThrownBy(() -> c.submit(new ReviseProposal(PLAN, WANG, "Plan", "Text.",
          "nothing", "")))
          .isInstanceOf(InvalidCommandException.class)
          .hasMessageContaining("revise-proposal.text: must change the title or the text of"
              + " revision 1");
      assertThat(c.version()).isEqualTo(2);
    }

    @Test
    void refusesRevisionOfUnknownProposalListingTheTabledOnes() {
      Consultation c = Fixtures.open(1);
      c.submit(new TableProposal(PLAN, LEADER, "Plan", "Text."));

      assertThatThrownBy(() -> c.submit(new ReviseProposal(new ProposalId("other"), WANG, "P",
          "T", "c", "")))
          .isInstanceOf(InvalidCommandException.class)
          .hasMessageContaining("revise-proposal.proposal")
          .hasMessageContaining("[plan]")
          .hasMessageContaining("was other");
    }

    @Test
    void refusesTablingTheSameProposalTwice() {
      Consultation c = Fixtures.open(1);
      c.submit(new TableProposal(PLAN, LEADER, "Plan", "Text."));

      assertThatThrownBy(() -> c.submit(new TableProposal(PLAN, WANG, "Plan", "Other.")))
          .isInstanceOf(InvalidCommandException.class)
          .hasMessageContaining("table-proposal.proposal: must not be tabled twice");
    }
  }

  @Nested
  class AfterTheEnd {
    @Test
    void refusesBallotsAfterTheDecision() {
      Consultation c = inVoting();
      c.submit(new Decide(LEADER));

      assertThatThrownBy(() -> c.submit(new CastBallot(YesNoBallot.yes("m2"))))
          .isInstanceOf(InvalidBallotException.class)
          .hasMessageContaining("no more ballots");
      assertThatThrownBy(() -> c.submit(new Decide(LEADER)))
          .isInstanceOf(InvalidCommandException.class)
          .hasMessageContaining("already been reached");
    }

    @Test
    void refusesEveryCommandOnceClosed() {
      Consultation c = Fixtures.open(1);
      c.submit(new Close(LEADER, "withdrawn"));
      List<Consumer<Consultation>> attempts = List.of(
          x -> x.submit(new SubmitIdea(WANG, "idea")),
          x -> x.submit(new Close(LEADER, "again")),
          x -> x.submit(new AdvancePhase(LEADER, "voting")));

      for (Consumer<Consultation> attempt : attempts) {
        assertThatThrownBy(() -> attempt.accept(c))
            .isInstanceOf(InvalidCommandException.class)
            .hasMessageContaining("consultation c-1 is closed");
      }
      assertThat(c.version()).isEqualTo(2);
    }
  }

  @Nested
  class Versions {
    @Test
    void refusesCommandBasedOnAStaleVersionAndRecordsNothing() {
      Consultation c = Fixtures.open(1);
      c.submit(new SubmitIdea(WANG, "first"));

      assertThatThrownBy(() -> c.submit(CommandRequest.of(new SubmitIdea(WANG, "second"))
          .expectingVersion(1)))
          .isInstanceOfSatisfying(StaleVersionException.class, e -> {
            assertThat(e.expected()).isEqualTo(1);
            assertThat(e.actual()).isEqualTo(2);
          })
          .hasMessageContaining("expectedVersion");
      assertThat(c.version()).isEqualTo(2);
    }

    @Test
    void appliesCommandAtTheExpectedVersion() {
      Consultation c = Fixtures.open(1);

      Receipt receipt = c.submit(CommandRequest.of(new SubmitIdea(WANG, "first"))
          .expectingVersion(1));

      assertThat(receipt.version()).isEqualTo(2);
      assertThat(receipt.repeated()).isFalse();
    }
  }

  @Nested
  class CommandIds {
    @Test
    void appliesARetriedCommandOnce() {
      Consultation c = Fixtures.open(1);
      CommandRequest request = CommandRequest.of(new SubmitIdea(WANG, "one idea"))
          .withId(new CommandId("req-1"));

      Receipt first = c.submit(request);
      c.submit(new SubmitIdea(WANG, "another idea"));
      Receipt retry = c.submit(request.expectingVersion(2));

      assertThat(c.state().ideas()).hasSize(2);
      assertThat(retry.repeated()).isTrue();
      assertThat(retry.events()).isEqualTo(first.events());
      assertThat(first.events().get(0).commandId()).isEqualTo(new CommandId("req-1"));
    }

    @Test
    void refusesAnIdReusedForADifferentCommand() {
      Consultation c = Fixtures.open(1);
      c.submit(CommandRequest.of(new SubmitIdea(WANG, "one")).withId(new CommandId("req-1")));

      assertThatThrownBy(() -> c.submit(CommandRequest.of(new SubmitIdea(WANG, "two"))
          .withId(new CommandId("req-1"))))
          .isInstanceOf(InvalidCommandException.class)
          .hasMessageContaining("commandId: was already used for a different command");
      assertThat(c.version()).isEqualTo(2);
    }

    @Test
    void remembersCommandIdsAcrossReplay() {
      Consultation c = Fixtures.open(1);
      CommandRequest request = CommandRequest.of(new SubmitIdea(WANG, "one"))
          .withId(new CommandId("req-1"));
      c.submit(request);

      Consultation replayed = Consultation.replay(c.log(), Fixtures.tickingClock(),
          PluginRegistry.load());

      assertThat(replayed.submit(request).repeated()).isTrue();
      assertThat(replayed.version()).isEqualTo(2);
    }
  }
}
