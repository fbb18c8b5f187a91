package io.yishi.core.consultation;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.yishi.core.fixtures.YesNoBallot;
import io.yishi.core.issue.ProposalId;
import io.yishi.core.json.YishiJson;
import io.yishi.core.plugin.PluginRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Replaying a log reproduces the live state, also after a JSON round trip. */
class ConsultationReplayTest {

  /** Drives a consultation with a random but seeded mix of valid and invalid commands. */
  static Consultation randomConsultation(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Consultation c = Fixtures.open(5);
    List<ProposalId> proposals = new ArrayList<>();
    int steps = 20 + random.nextInt(60);
    for (int i = 0; i < steps; i++) {
      ResidentId who = new ResidentId("r-" + random.nextInt(4));
      Command command = switch (random.nextInt(7)) {
        case 0 -> new SubmitIdea(who, "idea " + i);
        case 1 -> new TableProposal(new ProposalId("p" + random.nextInt(3)), who, "T" + i,
            "text " + i);
        case 2 -> new ReviseProposal(new ProposalId("p" + random.nextInt(3)), who, "T" + i,
            "revised " + i, "change " + i, "reason " + i);
        case 3 -> new PostComment(who, random.nextBoolean() || proposals.isEmpty() ? null
            : proposals.get(random.nextInt(proposals.size())), "comment " + i);
        case 4 -> new AdvancePhase(who, "voting");
        case 5 -> new CastBallot(new YesNoBallot(
            new io.yishi.core.electorate.MemberId("m" + (1 + random.nextInt(6))),
            random.nextBoolean()));
        default -> random.nextInt(10) == 0 ? new Decide(who) : new SubmitIdea(who, "x" + i);
      };
      try {
        c.submit(command);
        if (command instanceof TableProposal t) {
          proposals.add(t.proposal());
        }
      } catch (InvalidCommandException | io.yishi.core.spi.InvalidBallotException refused) {
        // refused commands are part of the workload: they must leave no trace
      }
    }
    if (random.nextBoolean()) {
      c.submit(new Close(Fixtures.LEADER, "done"));
    }
    return c;
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void replayReproducesTheLiveState(long seed) {
    Consultation live = randomConsultation(seed);

    Consultation replayed = Consultation.replay(live.log(), Fixtures.tickingClock(),
        PluginRegistry.load());

    assertThat(replayed.state()).as("seed %d", seed).isEqualTo(live.state());
    assertThat(replayed.log()).as("seed %d", seed).isEqualTo(live.log());
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {21, 22, 23, 24, 25, 26})
  void jsonRoundTripOfAWholeConsultationIsLossless(long seed) throws Exception {
    Consultation live = randomConsultation(seed);
    String json = YishiJson.mapper().writeValueAsString(live.log());

    EventLog read = YishiJson.mapper().readValue(json, EventLog.class);

    assertThat(read).as("seed %d", seed).isEqualTo(live.log());
    assertThat(YishiJson.mapper().writeValueAsString(read)).isEqualTo(json);
    assertThat(Consultation.replay(read, Fixtures.tickingClock(), PluginRegistry.load()).state())
        .as("seed %d", seed).isEqualTo(live.state());
  }
}
