package io.yishi.core.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.electorate.MemberId;
import io.yishi.core.fixtures.Fixtures;
import io.yishi.core.json.YishiJson;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.DeliberationMethod;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Phase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A plugin's mistakes are caught where they are made, before anything is recorded. */
class PluginMistakesTest {

  /** A ballot type with no JSON type name registered anywhere. */
  record UnregisteredBallot(MemberId voter, boolean yes) implements Ballot {}

  /** A rule that takes any ballot type, so that only the JSON check can refuse one. */
  static final class AnyBallotRule implements io.yishi.core.spi.DecisionRule {
    @Override
    public String id() {
      return "any-ballot-test";
    }

    @Override
    public String description() {
      return "takes any ballot";
    }

    @Override
    public Class<Ballot> ballotType() {
      return Ballot.class;
    }

    @Override
    public io.yishi.core.spi.Decision decide(io.yishi.core.spi.DecisionRequest request) {
      return new io.yishi.core.fixtures.TallyDecision(id(), io.yishi.core.spi.Verdict.ADOPTED,
          request.ballots().size(), 0);
    }
  }

  /** A method whose voting phase misspells a command kind. */
  static final class TypoMethod implements DeliberationMethod {
    @Override
    public String id() {
      return "typo-method";
    }

    @Override
    public String description() {
      return "misspells cast-ballot";
    }

    @Override
    public List<Phase> phases(Parameters parameters) {
      return List.of(Phase.of("voting", "vote", "cast-ballots", "decide"));
    }
  }

  @Test
  void aBallotThatCannotBeReadBackFromJsonIsRefusedAndNothingIsRecorded() throws Exception {
    var spec = Fixtures.spec(Fixtures.members(3));
    Consultation c = Consultation.open(ConsultationSpec.builder().id(spec.id())
        .title(spec.title()).issue(spec.issue()).method(spec.method()).rule("any-ballot-test")
        .electorate(spec.electorate()).build(), Fixtures.tickingClock(),
        PluginRegistry.load().with(new AnyBallotRule()));
    c.submit(new Command.AdvancePhase(Fixtures.LEADER, "voting"));
    c.submit(new Command.CastBallot(io.yishi.core.fixtures.YesNoBallot.yes("m2")));
    byte[] before = YishiJson.mapper().writeValueAsBytes(c.log());

    assertThatThrownBy(() -> c.submit(new Command.CastBallot(
        new UnregisteredBallot(new MemberId("m1"), true))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(UnregisteredBallot.class.getName())
        .hasMessageContaining("register its type name");
    assertThat(YishiJson.mapper().writeValueAsBytes(c.log())).isEqualTo(before);
    assertThat(c.submit(new Command.Decide(Fixtures.LEADER)).events()).hasSize(1);
  }

  @Test
  void roundTripCheckNamesTheUnregisteredType() {
    assertThatThrownBy(() -> io.yishi.core.internal.Canonical.requireRoundTrip(
        new UnregisteredBallot(new MemberId("m1"), true), Ballot.class, "ballot"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ballot of type " + UnregisteredBallot.class.getName())
        .hasMessageContaining("register its type name");
  }

  @Test
  void aPhaseListingAnUnknownCommandKindIsRefusedAtOpen() {
    var spec = Fixtures.spec(Fixtures.members(2));
    var typo = ConsultationSpec.builder().id(spec.id()).title(spec.title()).issue(spec.issue())
        .method("typo-method").rule(spec.rule()).electorate(spec.electorate()).build();

    assertThatThrownBy(() -> Consultation.open(typo, Fixtures.tickingClock(),
        PluginRegistry.load().with(new TypoMethod())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("phase voting: command 'cast-ballots' is neither a command nor one of the method's actions");
  }
}
