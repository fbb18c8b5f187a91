package io.yishi.examples.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.community.ResidentId;
import io.yishi.core.consultation.Command.Act;
import io.yishi.core.consultation.Command.AdvancePhase;
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
import io.yishi.core.spi.InvalidActionException;
import io.yishi.examples.cli.YishiCommand;
import io.yishi.examples.plugin.SuggestionBoxMethod.AnswerSuggestion;
import io.yishi.examples.plugin.SuggestionBoxMethod.Box;
import io.yishi.examples.plugin.SuggestionBoxMethod.DropSuggestion;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The host-defined method runs under the same engine as the built-ins, found only by services. */
class SuggestionBoxMethodTest {

  static final ResidentId CLERK = new ResidentId("r-clerk");

  static Consultation open() {
    Electorate everyone = Electorate.of(Weighting.PER_PERSON, List.of(Member.of(
        new MemberId("m1"))));
    return Consultation.open(ConsultationSpec.builder()
        .id(new ConsultationId("box-1"))
        .title("Suggestions for the activity room")
        .issue(new Issue(new IssueId("room"), "Activity room", Category.SAFETY,
            Scope.community()))
        .method("suggestion-box").rule("show-of-hands").electorate(everyone).seed(1).build(),
        Clock.fixed(Instant.parse("2025-05-01T02:00:00Z"), ZoneOffset.ofHours(8)),
        PluginRegistry.load());
  }

  static Box box(Consultation c) {
    return (Box) c.state().methodState().orElseThrow();
  }

  @Test
  void residentsDropSuggestionsAndTheCommitteeAnswersEachOne() throws Exception {
    Consultation c = open();
    for (int i = 1; i <= 24; i++) {
      c.submit(new Act(new DropSuggestion(new ResidentId("r-" + (i % 10)), "idea " + i)));
    }
    assertThatThrownBy(() -> c.submit(new Act(new DropSuggestion(new ResidentId("r-1"), "more"))))
        .isInstanceOf(InvalidActionException.class)
        .hasMessage("drop-suggestion.by: has dropped 3 suggestions, the most one resident may,"
            + " was r-1");
    c.submit(new AdvancePhase(CLERK, "answer"));
    for (int n = 1; n <= 24; n++) {
      c.submit(new Act(new AnswerSuggestion(CLERK, n, n % 3 == 0, "reason " + n)));
    }

    assertThat(box(c).unanswered()).isZero();
    assertThat(box(c).suggestions().get(2).answer()).isEqualTo("accepted: reason 3");
    assertThat(c.state().allowed()).doesNotContain("answer-suggestion");
    String json = YishiJson.mapper().writeValueAsString(c.log());
    assertThat(json).contains("\"type\":\"suggestion-answered\"");
    Consultation replayed = Consultation.replay(YishiJson.mapper().readValue(json,
        EventLog.class), Clock.systemUTC(), PluginRegistry.load());
    assertThat(replayed.state()).isEqualTo(c.state());
  }

  @Test
  void theMethodIsListedByYishiPlugins() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = YishiCommand.run(new String[] {"plugins"},
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("suggestion-box", "workflow",
        "maxPerResident");
  }
}
