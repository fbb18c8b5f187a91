package io.yishi.core.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.core.community.ResidentId;
import io.yishi.core.fixtures.Fixtures;
import io.yishi.core.fixtures.YesNoBallot;
import io.yishi.core.issue.ProposalId;
import io.yishi.core.json.YishiJson;
import io.yishi.core.plugin.PluginRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * A log stored by an earlier build must still read, verify and replay, and the same commands
 * must still produce the same bytes and hashes: in another JVM, on another day. The golden file
 * was written once; regenerate it only for a deliberate, documented format change, with
 * {@code -Dyishi.golden.write=core/src/test/resources/golden/consultation-log.json}.
 */
class StoredLogCompatibilityTest {

  static final String GOLDEN = "/golden/consultation-log.json";

  static EventLog fixedConsultation() {
    Clock clock = Clock.fixed(Instant.parse("2024-05-01T11:30:00Z"), ZoneOffset.ofHours(8));
    Consultation c = Consultation.open(Fixtures.spec(Fixtures.members(3)), clock,
        PluginRegistry.load());
    ResidentId wang = new ResidentId("r-wang");
    ProposalId plan = new ProposalId("plan");
    c.submit(new Command.SubmitIdea(wang, "门禁 at both gates"));
    c.submit(new Command.TableProposal(plan, Fixtures.LEADER, "Plan", "Gates."));
    c.submit(CommandRequest.of(new Command.ReviseProposal(plan, wang, "Plan", "Gates and lights.",
        "adds lights", "dark at night")).withId(new CommandId("req-1")));
    c.submit(new Command.AdvancePhase(Fixtures.LEADER, "voting"));
    c.submit(new Command.CastBallot(YesNoBallot.yes("m1")));
    c.submit(new Command.CastBallot(YesNoBallot.no("m2")));
    c.submit(new Command.Decide(Fixtures.LEADER));
    return c.log();
  }

  @Test
  void theSameCommandsGiveTheStoredBytesAndHashes() throws IOException {
    String actual = YishiJson.mapper().writerWithDefaultPrettyPrinter()
        .writeValueAsString(fixedConsultation()) + "\n";
    String target = System.getProperty("yishi.golden.write");
    if (target != null) {
      Files.writeString(Path.of(target), actual, StandardCharsets.UTF_8);
    }

    assertThat(actual).isEqualTo(golden());
  }

  @Test
  void theStoredLogVerifiesAndReplays() throws IOException {
    EventLog stored = YishiJson.mapper().readValue(golden(), EventLog.class);

    stored.verify(fixedConsultation().headHash());
    Consultation replayed = Consultation.replay(stored, Fixtures.tickingClock(),
        PluginRegistry.load());
    assertThat(replayed.state().decision()).isPresent();
    assertThat(replayed.state().proposals().get(new ProposalId("plan")).revisions()).hasSize(2);
  }

  static String golden() throws IOException {
    try (InputStream in = StoredLogCompatibilityTest.class.getResourceAsStream(GOLDEN)) {
      assertThat(in).as("golden file %s", GOLDEN).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
