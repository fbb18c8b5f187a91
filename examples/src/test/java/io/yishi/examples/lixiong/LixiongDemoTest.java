package io.yishi.examples.lixiong;

import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.core.consultation.ConsultationStatus;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Verdict;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class LixiongDemoTest {

  @Test
  void theRepairPlanIsRevisedFourTimesAndAdopted() {
    StringWriter text = new StringWriter();
    var consultation = new LixiongDemo(new PrintWriter(text), PluginRegistry.load()).run();

    var state = consultation.state();
    assertThat(state.proposals()).hasSize(1);
    assertThat(state.proposals().values().iterator().next().revisions()).hasSize(5);
    assertThat(state.decision()).get().extracting(d -> d.verdict()).isEqualTo(Verdict.ADOPTED);
    assertThat(state.status()).isEqualTo(ConsultationStatus.CLOSED);
    consultation.log().verify();
  }

  @Test
  void printsTheSameTextOnEveryRun() {
    StringWriter first = new StringWriter();
    StringWriter second = new StringWriter();
    new LixiongDemo(new PrintWriter(first), PluginRegistry.load()).run();
    new LixiongDemo(new PrintWriter(second), PluginRegistry.load()).run();

    assertThat(first.toString()).isEqualTo(second.toString()).isNotBlank();
  }

  @Test
  void theDemoPlaysTheConsensusScenes() {
    StringWriter text = new StringWriter();
    new LixiongDemo(new PrintWriter(text), PluginRegistry.load()).run();

    assertThat(text.toString()).contains(
        "Outcome: adopted at round 4 (revision 4)",
        "Outcome: agreed in round 2 on 'shared-school-bays'",
        "Forwarded to the residents' committee: [idea-1]");
    assertThat(text.toString()).containsPattern("四议两公开|four deliberations");
  }

  @Test
  void theCommunityHasTheServiceCircleOfTheCase() {
    var community = LixiongCommunity.build();

    assertThat(community.venues()).extracting(v -> v.kind().name())
        .containsOnlyOnce("CENTRE", "ONLINE_HALL");
    assertThat(community.venues().stream()
        .filter(v -> v.kind() == io.yishi.core.community.VenueKind.SUB_CENTRE)).hasSize(5);
    assertThat(community.venues().stream()
        .filter(v -> v.kind() == io.yishi.core.community.VenueKind.ACTIVITY_ROOM)).hasSize(4);
  }
}
