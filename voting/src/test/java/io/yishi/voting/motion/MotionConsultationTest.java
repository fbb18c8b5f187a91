package io.yishi.voting.motion;

import static io.yishi.voting.motion.Motions.m;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.community.ResidentId;
import io.yishi.core.consultation.Command;
import io.yishi.core.consultation.Consultation;
import io.yishi.core.consultation.ConsultationId;
import io.yishi.core.consultation.ConsultationSpec;
import io.yishi.core.consultation.EventLog;
import io.yishi.core.electorate.Electorate;
import io.yishi.core.electorate.Scope;
import io.yishi.core.issue.Category;
import io.yishi.core.issue.Issue;
import io.yishi.core.issue.IssueId;
import io.yishi.core.json.YishiJson;
import io.yishi.core.spi.InvalidBallotException;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Verdict;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Motion rules inside an event-sourced consultation: proxies, second ballots, the record. */
class MotionConsultationTest {

  static final ResidentId CHAIR = new ResidentId("r-chair");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T11:00:00Z"), ZoneOffset.UTC);

  static Consultation open(String rule, Map<String, ?> parameters, Electorate electorate) {
    Consultation c = Consultation.open(ConsultationSpec.builder()
        .id(new ConsultationId("motion-1"))
        .title("Access control")
        .issue(new Issue(new IssueId("access"), "Access control", Category.SAFETY,
            Scope.community()))
        .method("discuss-and-decide")
        .rule(rule)
        .ruleParameters(Parameters.of(parameters))
        .electorate(electorate)
        .build(), CLOCK, Motions.REGISTRY);
    c.submit(new Command.AdvancePhase(CHAIR, "voting"));
    return c;
  }

  @Test
  void aMembersOwnBallotReplacesTheProxysAndAProxyCannotOverrideTheMember() throws Exception {
    Consultation c = open("owners-major", Map.of("proxies", Map.of("m3", "m1")),
        Motions.areas(4, i -> "100"));
    c.submit(new Command.CastBallot(MotionBallot.of(m(1), Vote.YES)));
    c.submit(new Command.CastBallot(MotionBallot.byProxy(m(3), m(1), Vote.YES)));
    c.submit(new Command.CastBallot(MotionBallot.of(m(3), Vote.NO)));
    byte[] before = YishiJson.mapper().writeValueAsBytes(c.log());

    assertThatThrownBy(() -> c.submit(new Command.CastBallot(
        MotionBallot.byProxy(m(3), m(1), Vote.YES))))
        .isInstanceOf(InvalidBallotException.class)
        .hasMessage("ballot.proxy: cannot override member m3, who has voted in person, was m1");
    assertThat(YishiJson.mapper().writeValueAsBytes(c.log())).isEqualTo(before);
    assertThat(c.state().ballots().get(m(3))).isEqualTo(MotionBallot.of(m(3), Vote.NO));

    c.submit(new Command.CastBallot(MotionBallot.of(m(2), Vote.YES)));
    c.submit(new Command.Decide(CHAIR));
    MotionDecision d = (MotionDecision) c.state().decision().orElseThrow();
    assertThat(d.verdict()).isEqualTo(Verdict.REJECTED);  // 2 of 3 owners is below 3/4
    assertThat(d.tally().no().heads()).isEqualTo(1);
  }

  @Test
  void aSecondBallotIsRefusedUnlessTheLastCounts() {
    Consultation strict = open("majority", Map.of(), Motions.heads(3));
    strict.submit(new Command.CastBallot(MotionBallot.of(m(1), Vote.NO)));

    assertThatThrownBy(() -> strict.submit(new Command.CastBallot(
        MotionBallot.of(m(1), Vote.YES))))
        .isInstanceOf(InvalidBallotException.class)
        .hasMessageContaining("has already voted");

    Consultation lenient = open("majority", Map.of("ballots", "last-counts"), Motions.heads(3));
    lenient.submit(new Command.CastBallot(MotionBallot.of(m(1), Vote.NO)));
    lenient.submit(new Command.CastBallot(MotionBallot.of(m(1), Vote.YES)));
    lenient.submit(new Command.Decide(CHAIR));
    assertThat(lenient.state().decision().orElseThrow().verdict()).isEqualTo(Verdict.ADOPTED);
  }

  @Test
  void anInvalidParameterIsRefusedWhenTheConsultationOpensNotWhenItIsDecided() {
    assertThatThrownBy(() -> open("majority", Map.of("threshold", "3/2"), Motions.heads(3)))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("parameters.threshold: must lie between 0 and 1, was 3/2");
  }

  @Test
  void theStoredLogOfAMotionRoundTripsAndReplays() throws Exception {
    Consultation c = open("double-majority", Map.of("delegations", Map.of("m4", "m1")),
        Motions.areas(4, i -> i + "0.5"));
    c.submit(new Command.CastBallot(MotionBallot.of(m(1), Vote.YES)));
    c.submit(new Command.CastBallot(MotionBallot.of(m(2), Vote.ABSTAIN)));
    c.submit(new Command.Decide(CHAIR));

    String json = YishiJson.mapper().writeValueAsString(c.log());
    EventLog read = YishiJson.mapper().readValue(json, EventLog.class);
    read.verify(c.log().headHash());

    assertThat(Consultation.replay(read, CLOCK, Motions.REGISTRY).state()).isEqualTo(c.state());
    assertThat(json).contains("\"vote\":\"abstain\"", "\"type\":\"motion\"");
  }
}
