package io.yishi.core.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.community.ResidentId;
import io.yishi.core.consultation.ConsultationEvent.BallotCast;
import io.yishi.core.consultation.ConsultationEvent.PhaseAdvanced;
import io.yishi.core.consultation.ConsultationEvent.ProposalRevised;
import io.yishi.core.fixtures.Fixtures;
import io.yishi.core.fixtures.YesNoBallot;
import io.yishi.core.issue.ProposalId;
import io.yishi.core.plugin.PluginRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A forger who rewrites events and recomputes the whole chain passes {@link EventLog#verify()};
 * replay still refuses any event the consultation could not have recorded.
 */
class ForgedLogTest {

  static final ResidentId WANG = new ResidentId("r-wang");

  /** Opened, idea, proposal tabled, phase advanced to voting, ballot, closed. */
  static EventLog honest() {
    Consultation c = Fixtures.open(3);
    c.submit(new Command.SubmitIdea(WANG, "gates"));
    c.submit(new Command.TableProposal(new ProposalId("plan"), Fixtures.LEADER, "Plan", "Gates."));
    c.submit(new Command.AdvancePhase(Fixtures.LEADER, "voting"));
    c.submit(new Command.CastBallot(YesNoBallot.yes("m1")));
    c.submit(new Command.Close(Fixtures.LEADER, "done"));
    return c.log();
  }

  /** Applies a change to the events and recomputes every hash, as a careful forger would. */
  static EventLog rechained(UnaryOperator<List<ConsultationEvent>> change) {
    List<ConsultationEvent> events = new ArrayList<>();
    List<RecordedEvent> entries = honest().events();
    entries.forEach(e -> events.add(e.event()));
    List<ConsultationEvent> forged = change.apply(events);
    List<RecordedEvent> chain = new ArrayList<>();
    String previous = EventLog.GENESIS;
    for (int i = 0; i < forged.size(); i++) {
      RecordedEvent template = entries.get(Math.min(i, entries.size() - 1));
      RecordedEvent unsigned = new RecordedEvent(i + 1, template.recordedAt(), null, null,
          forged.get(i), previous, EventLog.GENESIS);
      String hash = EventLog.hashOf(i + 1, unsigned, previous);
      chain.add(new RecordedEvent(i + 1, unsigned.recordedAt(), null, null, forged.get(i),
          previous, hash));
      previous = hash;
    }
    return EventLog.of(chain);
  }

  static Stream<Arguments> forgeries() {
    return Stream.of(
        Arguments.of("revision of a proposal never tabled", (UnaryOperator<List<ConsultationEvent>>)
            e -> { e.add(2, new ProposalRevised(new ProposalId("ghost"), 2, WANG, "T", "x", "c",
                "")); return e; }, 3, "proposal ghost is revised but was never tabled"),
        Arguments.of("a phase the method does not have", (UnaryOperator<List<ConsultationEvent>>)
            e -> { e.add(4, new PhaseAdvanced("voting", "afterparty", WANG)); return e; }, 5,
            "phase change voting → afterparty does not follow the method's phases"),
        Arguments.of("a ballot after the close", (UnaryOperator<List<ConsultationEvent>>)
            e -> { e.add(new BallotCast(YesNoBallot.no("m2"))); return e; }, 7,
            "ballot-cast after the consultation was closed"),
        Arguments.of("a ballot from outside the electorate",
            (UnaryOperator<List<ConsultationEvent>>)
            e -> { e.set(4, new BallotCast(YesNoBallot.yes("m99"))); return e; }, 5,
            "ballot from m99, who is not in the electorate"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forgeries")
  void replayRefusesEventsTheConsultationCouldNotHaveRecorded(String name,
      UnaryOperator<List<ConsultationEvent>> change, long position, String reason) {
    EventLog forged = rechained(change);

    assertThatCode(forged::verify).as("the chain itself is consistent")
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> Consultation.replay(forged, Fixtures.tickingClock(),
        PluginRegistry.load()))
        .isInstanceOfSatisfying(TamperedLogException.class,
            e -> assertThat(e.position()).isEqualTo(position))
        .hasMessageContaining(reason)
        .hasMessageContaining("not a record this consultation could have made");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forgeries")
  void theHonestLogReplays(String name) {
    assertThatCode(() -> Consultation.replay(rechained(UnaryOperator.identity()),
        Fixtures.tickingClock(), PluginRegistry.load())).doesNotThrowAnyException();
  }
}
