package io.yishi.core.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.yishi.core.community.ResidentId;
import io.yishi.core.consultation.Command.Act;
import io.yishi.core.consultation.Command.AdvancePhase;
import io.yishi.core.fixtures.Fixtures;
import io.yishi.core.fixtures.HandsMethod;
import io.yishi.core.fixtures.HandsMethod.HandMoved;
import io.yishi.core.fixtures.HandsMethod.Lower;
import io.yishi.core.fixtures.HandsMethod.Raise;
import io.yishi.core.json.YishiJson;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Action;
import io.yishi.core.spi.InvalidActionException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A method's own procedure runs inside the consultation: actions are gated by the phase, checked
 * against the method's state, recorded as facts in the hash-chained log, folded again on replay,
 * and refused without a trace when they break a rule.
 */
class ProcedureTest {

  static final ObjectMapper JSON = YishiJson.mapper();
  static final ResidentId WANG = new ResidentId("r-wang");
  static final ResidentId LI = new ResidentId("r-li");
  static final PluginRegistry REGISTRY = PluginRegistry.load().with(new HandsMethod());

  static Consultation open() {
    return open(io.yishi.core.spi.Parameters.empty());
  }

  static Consultation open(io.yishi.core.spi.Parameters parameters) {
    var spec = Fixtures.spec(Fixtures.members(3));
    var hands = new ConsultationSpec(spec.id(), spec.title(), spec.issue(), "hands-test",
        parameters, spec.rule(), spec.ruleParameters(), List.of(), spec.electorate(), 0);
    return Consultation.open(hands, Fixtures.tickingClock(), REGISTRY);
  }

  static List<ResidentId> hands(Consultation c) {
    return ((HandsMethod.Hands) c.state().methodState().orElseThrow()).up();
  }

  @Test
  void actionsRecordFactsThatTheStateFolds() {
    Consultation c = open();
    assertThat(hands(c)).isEmpty();
    // no hand is up: the show cannot end yet, so advance-phase is not offered
    assertThat(c.state().allowed()).containsExactly("check-deadlines", "close", "raise-hand");

    Receipt receipt = c.submit(new Act(new Raise(WANG)));
    c.submit(new Act(new Raise(LI)));
    c.submit(new Act(new Lower(WANG)));

    assertThat(receipt.events()).hasSize(1);
    assertThat(receipt.events().get(0).event())
        .isEqualTo(new ConsultationEvent.FactRecorded(new HandMoved(WANG, true)));
    assertThat(hands(c)).containsExactly(LI);
    assertThat(c.state().allowed())
        .containsExactly("advance-phase", "check-deadlines", "close", "lower-hand", "raise-hand");
    assertThat(c.state().version()).isEqualTo(4);
  }

  @Test
  void aConsultationWhoseDeadlinesFailCanStillBeClosed() {
    Consultation c = open(io.yishi.core.spi.Parameters.of(java.util.Map.of("broken", true)));

    assertThatThrownBy(() -> c.submit(new Act(new Raise(WANG))))
        .isInstanceOf(IllegalStateException.class).hasMessage("the show's clock is broken");
    c.submit(new Command.Close(Fixtures.LEADER, "the method failed at a deadline"));
    assertThat(c.state().status()).isEqualTo(ConsultationStatus.CLOSED);
    c.log().verify();
  }

  @Test
  void aProcedureMayRefuseToLeaveItsPhaseYet() {
    Consultation c = open();

    assertThatThrownBy(() -> c.submit(new AdvancePhase(Fixtures.LEADER, "count")))
        .isInstanceOf(InvalidActionException.class)
        .hasMessage("advance-phase.to: needs at least one hand up to count, was count");
    assertThat(c.state().phase()).isEqualTo("show");
    c.submit(new Act(new Raise(WANG)));
    c.submit(new AdvancePhase(Fixtures.LEADER, "count"));
    assertThat(c.state().phase()).isEqualTo("count");
  }

  @Test
  void aRefusedActionChangesNothing() {
    Consultation c = open();
    c.submit(new Act(new Raise(WANG)));
    EventLog before = c.log();

    assertThatThrownBy(() -> c.submit(new Act(new Raise(WANG))))
        .isInstanceOf(InvalidActionException.class)
        .hasMessage("raise-hand.by: has a hand up already, was r-wang");
    assertThatThrownBy(() -> c.submit(new Act(new Lower(LI))))
        .isInstanceOf(InvalidActionException.class).hasMessageContaining("has no hand up");
    c.submit(new AdvancePhase(Fixtures.LEADER, "count"));
    assertThatThrownBy(() -> c.submit(new Act(new Raise(LI))))
        .isInstanceOf(InvalidCommandException.class)
        .hasMessageContaining("'raise-hand' is not accepted in this phase");

    assertThat(c.log().events().subList(0, before.size())).isEqualTo(before.events());
    assertThat(c.log().size()).isEqualTo(before.size() + 1);
    assertThat(hands(c)).containsExactly(WANG);
  }

  @Test
  void anActionTheMethodDoesNotKnowOrThatCannotBeStoredIsRefused() {
    record Wave(ResidentId by) implements Action {
      @Override
      public String kind() {
        return "raise-hand";
      }
    }
    Consultation c = open();

    record Clap(ResidentId by) implements Action {
      @Override
      public String kind() {
        return "clap";
      }
    }
    assertThatThrownBy(() -> c.submit(new Act(new Wave(WANG))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot be read back from JSON; register its type name");
    assertThatThrownBy(() -> c.submit(new Act(new Clap(WANG))))
        .isInstanceOf(InvalidCommandException.class)
        .hasMessageContaining("'clap' is not accepted in this phase");
    assertThat(c.log().size()).isEqualTo(1);
    assertThat(hands(c)).isEmpty();
  }

  @Test
  void theLogRoundTripsThroughJsonAndReplaysToTheSameState() throws Exception {
    Consultation c = open();
    c.submit(new Act(new Raise(WANG)));
    c.submit(new Act(new Raise(LI)));
    c.submit(new Act(new Lower(LI)));

    String text = JSON.writeValueAsString(c.log());
    EventLog read = JSON.readValue(text, EventLog.class);
    Consultation replayed = Consultation.replay(read, Fixtures.tickingClock(), REGISTRY);

    assertThat(text).contains("\"type\":\"fact-recorded\"", "\"type\":\"hand-moved\"");
    assertThat(replayed.state()).isEqualTo(c.state());
    assertThat(hands(replayed)).containsExactly(WANG);
  }

  @Test
  void aLogWhoseFactsCannotFollowIsRefusedOnReplay() {
    Consultation c = open();
    c.submit(new Act(new Raise(WANG)));
    List<ConsultationEvent> events = new ArrayList<>();
    c.log().events().forEach(e -> events.add(e.event()));
    // a second "hand up" for the same resident, re-chained so that the hashes verify
    events.add(new ConsultationEvent.FactRecorded(new HandMoved(WANG, true)));
    EventLog forged = Forgery.rechain(c.log(), events);

    assertThatThrownBy(() -> Consultation.replay(forged, Fixtures.tickingClock(), REGISTRY))
        .isInstanceOf(TamperedLogException.class)
        .hasMessageContaining("hand-moved cannot follow");
  }

  /**
   * A deadline is recorded before the first command after it, which is judged against the state
   * after the deadline; a check records it when nothing else happens, and records nothing twice.
   */
  @Test
  void deadlinesComeFromTheClockAndAreRecordedBeforeTheNextCommand() {
    // the ticking clock reads START at the opening, START + 1 s at the first command, and so on
    Consultation c = open(io.yishi.core.spi.Parameters.of(java.util.Map.of("until",
        Fixtures.START.plusSeconds(2).toString())));
    c.submit(new Act(new Raise(WANG)));
    assertThat(c.state().allowed()).contains("check-deadlines");

    assertThatThrownBy(() -> c.submit(new Act(new Raise(LI))))
        .isInstanceOf(InvalidActionException.class)
        .hasMessageContaining("the show ended at " + Fixtures.START.plusSeconds(2));
    assertThat(c.log().size()).isEqualTo(2);

    Receipt check = c.submit(new Command.CheckDeadlines(Fixtures.LEADER));
    Receipt again = c.submit(new Command.CheckDeadlines(Fixtures.LEADER));
    Receipt lower = c.submit(new Act(new Lower(WANG)));

    assertThat(check.events()).extracting(RecordedEvent::event).containsExactly(
        new ConsultationEvent.FactRecorded(new HandsMethod.ShowEnded(
            Fixtures.START.plusSeconds(2))));
    assertThat(again.events()).isEmpty();
    assertThat(lower.events()).hasSize(1);
    assertThat(((HandsMethod.Hands) c.state().methodState().orElseThrow()).ended()).isTrue();
    assertThat(hands(c)).isEmpty();
  }

  /**
   * Whatever order the residents raise their hands in, the hands up at the end are the same, and
   * the log always verifies.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void theOrderOfValidActionsDoesNotChangeTheOutcome(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<ResidentId> residents = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      residents.add(new ResidentId("r-" + i));
    }
    List<ResidentId> stayUp = residents.stream().filter(r -> random.nextBoolean()).toList();
    List<Action> actions = new ArrayList<>();
    for (ResidentId r : residents) {
      actions.add(new Raise(r));
    }
    Collections.shuffle(actions, new Random(seed));
    Consultation c = open();
    for (Action a : actions) {
      c.submit(new Act(a));
    }
    List<ResidentId> lower = new ArrayList<>(residents);
    lower.removeAll(stayUp);
    Collections.shuffle(lower, new Random(seed + 1));
    for (ResidentId r : lower) {
      c.submit(new Act(new Lower(r)));
    }

    assertThat(hands(c)).as("seed %d", seed).containsExactlyElementsOf(
        stayUp.stream().sorted().toList());
    c.log().verify();
  }
}
