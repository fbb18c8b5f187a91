package io.yishi.voting.ranked;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.community.ResidentId;
import io.yishi.core.consultation.Command;
import io.yishi.core.consultation.Consultation;
import io.yishi.core.consultation.ConsultationId;
import io.yishi.core.consultation.ConsultationSpec;
import io.yishi.core.consultation.EventLog;
import io.yishi.core.electorate.Electorate;
import io.yishi.core.electorate.Member;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.electorate.Scope;
import io.yishi.core.electorate.Weighting;
import io.yishi.core.issue.Category;
import io.yishi.core.issue.Issue;
import io.yishi.core.issue.IssueId;
import io.yishi.core.json.YishiJson;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.InvalidBallotException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Residents rank the sites for the garbage room inside a consultation; the log replays. */
class RankedConsultationTest {

  static final ResidentId CHAIR = new ResidentId("r-chair");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-04-12T11:00:00Z"), ZoneOffset.UTC);
  static final List<String> SITES = List.of("north-gate", "basement", "east-lawn");

  static Consultation open(String rule) {
    Electorate households = Electorate.of(Weighting.PER_HOUSEHOLD, IntStream.rangeClosed(1, 5)
        .mapToObj(i -> Member.of(new MemberId("h" + i))).toList());
    Consultation c = Consultation.open(ConsultationSpec.builder()
        .id(new ConsultationId("garbage-room"))
        .title("Where the garbage room goes")
        .issue(new Issue(new IssueId("garbage-room"), "Garbage room", Category.ENVIRONMENT,
            Scope.community()))
        .method("discuss-and-decide")
        .rule(rule)
        .alternatives(SITES)
        .electorate(households)
        .build(), CLOCK, PluginRegistry.load());
    c.submit(new Command.AdvancePhase(CHAIR, "voting"));
    return c;
  }

  static RankingBallot ballot(int household, String... order) {
    return RankingBallot.of(new MemberId("h" + household), order);
  }

  @Test
  void residentsRankTheSitesAndTheDecisionReplays() throws Exception {
    Consultation c = open("irv");
    c.submit(new Command.CastBallot(ballot(1, "north-gate", "basement", "east-lawn")));
    c.submit(new Command.CastBallot(ballot(2, "north-gate", "east-lawn")));
    c.submit(new Command.CastBallot(ballot(3, "basement", "east-lawn", "north-gate")));
    c.submit(new Command.CastBallot(ballot(4, "east-lawn", "basement")));
    c.submit(new Command.CastBallot(ballot(5, "basement", "north-gate")));
    c.submit(new Command.Decide(CHAIR));

    RankedDecision d = (RankedDecision) c.state().decision().orElseThrow();
    assertThat(d.winners()).containsExactly("basement");
    assertThat(d.rounds()).hasSize(2);

    String json = YishiJson.mapper().writeValueAsString(c.log());
    EventLog read = YishiJson.mapper().readValue(json, EventLog.class);
    assertThat(Consultation.replay(read, CLOCK, PluginRegistry.load()).state())
        .isEqualTo(c.state());
  }

  @Test
  void aBallotNamingAnOptionNotOnTheSlateIsRefusedWhenCast() {
    Consultation c = open("schulze");

    assertThatThrownBy(() -> c.submit(new Command.CastBallot(ballot(1, "north-gate",
        "rooftop"))))
        .isInstanceOf(InvalidBallotException.class)
        .hasMessage("ballot.ranking: must be an alternative on the slate [north-gate, basement,"
            + " east-lawn], was rooftop");
    assertThat(c.state().ballots()).isEmpty();
  }
}
