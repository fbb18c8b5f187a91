package io.yishi.core.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.yishi.core.community.ResidentId;
import io.yishi.core.consultation.Command.AdvancePhase;
import io.yishi.core.consultation.Command.CastBallot;
import io.yishi.core.consultation.Command.SubmitIdea;
import io.yishi.core.consultation.Command.TableProposal;
import io.yishi.core.fixtures.Fixtures;
import io.yishi.core.fixtures.YesNoBallot;
import io.yishi.core.issue.ProposalId;
import io.yishi.core.json.YishiJson;
import io.yishi.core.plugin.PluginRegistry;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of tampering with a stored log is detected, at the right place. */
class EventLogTest {

  static final ObjectMapper JSON = YishiJson.mapper();
  static final ResidentId WANG = new ResidentId("r-wang");

  /** A stored log of 7 events: opened, 3 ideas, a proposal, a phase change, a ballot. */
  static String storedLog() throws Exception {
    Consultation c = Fixtures.open(3);
    c.submit(new SubmitIdea(WANG, "gates"));
    c.submit(new SubmitIdea(WANG, "lights"));
    c.submit(new SubmitIdea(WANG, "cameras"));
    c.submit(new TableProposal(new ProposalId("plan"), Fixtures.LEADER, "Plan", "Gates."));
    c.submit(new AdvancePhase(Fixtures.LEADER, "voting"));
    c.submit(new CastBallot(YesNoBallot.yes("m1")));
    return JSON.writeValueAsString(c.log());
  }

  static EventLog tampered(Consumer<ArrayNode> change) throws Exception {
    ObjectNode root = (ObjectNode) JSON.readTree(storedLog());
    change.accept((ArrayNode) root.get("events"));
    return JSON.treeToValue(root, EventLog.class);
  }

  static ObjectNode event(ArrayNode events, int index) {
    return (ObjectNode) events.get(index).get("event");
  }

  static Stream<Arguments> tamperings() {
    return Stream.of(
        Arguments.of("altered idea text",
            (Consumer<ArrayNode>) e -> event(e, 2).put("text", "forged"), 3,
            "hash does not match the content"),
        Arguments.of("altered ballot",
            (Consumer<ArrayNode>) e -> ((ObjectNode) event(e, 6).get("ballot")).put("yes", false),
            7, "the event was altered"),
        Arguments.of("altered timestamp",
            (Consumer<ArrayNode>) e -> ((ObjectNode) e.get(1)).put("recordedAt",
                "2024-05-01T09:00:00.5Z"), 2, "the event was altered"),
        Arguments.of("altered electorate in the opening event",
            (Consumer<ArrayNode>) e -> ((ObjectNode) event(e, 0).get("electorate").get("members")
                .get(0)).put("id", "m-forged"), 1, "the event was altered"),
        Arguments.of("removed event",
            (Consumer<ArrayNode>) e -> e.remove(3), 4, "an event was removed"),
        Arguments.of("removed event with the sequence renumbered",
            (Consumer<ArrayNode>) e -> {
              e.remove(3);
              for (int i = 3; i < e.size(); i++) {
                ((ObjectNode) e.get(i)).put("sequence", i + 1);
              }
            }, 4, "previous hash does not match the chain"),
        Arguments.of("swapped events",
            (Consumer<ArrayNode>) e -> {
              JsonNode second = e.get(2);
              e.set(2, e.get(3));
              e.set(3, second);
            }, 3, "out of order (event 3 appears later): reordered"),
        Arguments.of("duplicated event",
            (Consumer<ArrayNode>) e -> e.insert(4, e.get(3).deepCopy()), 5,
            "sequence 4 appears twice: an event was inserted"),
        Arguments.of("inserted forged event with a recomputed own hash",
            (Consumer<ArrayNode>) e -> {
              ObjectNode forged = e.get(3).deepCopy();
              ((ObjectNode) forged.get("event")).put("text", "forged");
              e.insert(4, forged);
            }, 5, "an event was inserted"),
        Arguments.of("removed opening event",
            (Consumer<ArrayNode>) e -> e.remove(0), 1, "an event was removed"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tamperings")
  void detectsTamperingAndSaysWhere(String name, Consumer<ArrayNode> change, long position,
      String reason) throws Exception {
    EventLog log = tampered(change);

    assertThatThrownBy(log::verify)
        .isInstanceOfSatisfying(TamperedLogException.class,
            e -> assertThat(e.position()).isEqualTo(position))
        .hasMessageStartingWith("event " + position + ": ")
        .hasMessageContaining(reason);
    assertThatThrownBy(() -> Consultation.replay(log, Fixtures.tickingClock(),
        PluginRegistry.load())).isInstanceOf(TamperedLogException.class);
  }

  @Test
  void detectsEventsRemovedFromTheEndAgainstAKeptHead() throws Exception {
    EventLog whole = JSON.readValue(storedLog(), EventLog.class);
    EventLog truncated = tampered(e -> e.remove(e.size() - 1));

    assertThatCode(truncated::verify).doesNotThrowAnyException();
    assertThatCode(() -> whole.verify(whole.headHash())).doesNotThrowAnyException();
    assertThatThrownBy(() -> truncated.verify(whole.headHash()))
        .isInstanceOf(TamperedLogException.class)
        .hasMessageContaining("event 7: the log ends at")
        .hasMessageContaining("removed from the end");
  }

  @Test
  void storedLogVerifiesAndRoundTripsUnchanged() throws Exception {
    String stored = storedLog();
    EventLog log = JSON.readValue(stored, EventLog.class);

    log.verify();
    assertThat(JSON.writeValueAsString(log)).isEqualTo(stored);
    assertThat(log.events().get(0).previousHash()).isEqualTo(EventLog.GENESIS);
    assertThat(log.headHash()).matches("[0-9a-f]{64}");
  }

  @Test
  void refusesAnEmptyLogOnReplay() {
    assertThatThrownBy(() -> Consultation.replay(EventLog.of(java.util.List.of()),
        Fixtures.tickingClock(), PluginRegistry.load()))
        .isInstanceOf(TamperedLogException.class)
        .hasMessageContaining("event 1: the log is empty");
  }
}
