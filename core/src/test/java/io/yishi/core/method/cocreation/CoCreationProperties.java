package io.yishi.core.method.cocreation;

import static io.yishi.core.method.cocreation.Workshops.F1;
import static io.yishi.core.method.cocreation.Workshops.F2;
import static io.yishi.core.method.cocreation.Workshops.resident;
import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.core.YishiException;
import io.yishi.core.community.ResidentId;
import io.yishi.core.consultation.Command;
import io.yishi.core.consultation.Consultation;
import io.yishi.core.consultation.EventLog;
import io.yishi.core.fixtures.Fixtures;
import io.yishi.core.json.YishiJson;
import io.yishi.core.method.cocreation.WorkshopAction.CallForObjections;
import io.yishi.core.method.cocreation.WorkshopAction.CloseObjectionCheck;
import io.yishi.core.method.cocreation.WorkshopAction.ConcludeWorkshop;
import io.yishi.core.method.cocreation.WorkshopAction.FormCluster;
import io.yishi.core.method.cocreation.WorkshopAction.FrameWorkshop;
import io.yishi.core.method.cocreation.WorkshopAction.MergeClusters;
import io.yishi.core.method.cocreation.WorkshopAction.MoveCard;
import io.yishi.core.method.cocreation.WorkshopAction.NameCluster;
import io.yishi.core.method.cocreation.WorkshopAction.OpenRound;
import io.yishi.core.method.cocreation.WorkshopAction.PlaceCard;
import io.yishi.core.method.cocreation.WorkshopAction.PostCard;
import io.yishi.core.method.cocreation.WorkshopAction.RaiseObjection;
import io.yishi.core.method.cocreation.WorkshopAction.ReadTitles;
import io.yishi.core.method.cocreation.WorkshopAction.RecordActionItem;
import io.yishi.core.method.cocreation.WorkshopAction.RegisterParticipant;
import io.yishi.core.method.cocreation.WorkshopAction.RenameCluster;
import io.yishi.core.method.cocreation.WorkshopAction.SplitCard;
import io.yishi.core.method.cocreation.WorkshopAction.SplitCluster;
import io.yishi.core.method.cocreation.WorkshopAction.WithdrawObjection;
import io.yishi.core.method.cocreation.WorkshopAction.WriteCard;
import io.yishi.core.spi.Action;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Invariants of the co-creation workshop over seeded random sessions. */
class CoCreationProperties {

  /** Column name to the sorted texts of its cards: the chart without card numbers. */
  static Map<String, List<String>> content(Consultation c) {
    Map<String, List<String>> out = new TreeMap<>();
    for (ConsensusChart.Column col : Workshops.workshop(c).chart().columns()) {
      out.put(col.name(), col.cards().stream().map(Workshop.Card::text).sorted().toList());
    }
    return out;
  }

  /**
   * Whatever order the thirty residents write their cards in, the chart holds the same columns
   * with the same cards, the consensus is confirmed, and the log verifies.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void theOrderInWhichCardsAreWrittenDoesNotChangeTheChart(long seed) {
    Consultation reference = SecurityWorkshop.run(0);
    Consultation shuffled = SecurityWorkshop.run(seed);

    assertThat(content(shuffled)).as("seed %d", seed).isEqualTo(content(reference));
    assertThat(Workshops.workshop(shuffled).chart().actionItems())
        .isEqualTo(Workshops.workshop(reference).chart().actionItems());
    assertThat(Workshops.workshop(shuffled).consensusConfirmed()).isTrue();
    shuffled.log().verify();
  }

  static final List<String> PHASES = List.of("context", "brainstorm", "cluster", "name",
      "resolve");
  static final List<String> SYMBOLS = List.of("★", "▲", "●", "■", "◆");

  /** A random action, valid or not, of any kind. */
  static Action randomAction(SplittableRandom r, int residents) {
    ResidentId someone = r.nextInt(10) == 0 ? new ResidentId("stranger")
        : r.nextInt(6) == 0 ? (r.nextBoolean() ? F1 : F2) : resident(1 + r.nextInt(residents));
    ResidentId facilitator = r.nextInt(8) == 0 ? someone : F1;
    int card = 1 + r.nextInt(12);
    String symbol = SYMBOLS.get(r.nextInt(SYMBOLS.size()));
    String other = SYMBOLS.get(r.nextInt(SYMBOLS.size()));
    List<String> names = List.of("Mend the boundary fences", "Light the dark paths",
        "Fences", "Watch out for each other", "Control who comes in");
    return switch (r.nextInt(21)) {
      case 0 -> new FrameWorkshop(facilitator, r.nextInt(5) == 0 ? "" : Workshops.QUESTION,
          "", "");
      case 1 -> new RegisterParticipant(facilitator, someone, r.nextBoolean() ? "" : "A");
      case 2, 3 -> new WriteCard(someone, r.nextInt(8) == 0 ? " " : "idea " + r.nextInt(20));
      case 4 -> new OpenRound(facilitator);
      case 5, 6 -> new PostCard(someone, card);
      case 7 -> new SplitCard(facilitator, card, List.of("part a", "part b"));
      case 8 -> new FormCluster(facilitator, symbol, List.of(card, 1 + r.nextInt(12)));
      case 9 -> new PlaceCard(facilitator, card, symbol);
      case 10 -> new MoveCard(facilitator, card, symbol);
      case 11 -> new MergeClusters(facilitator, symbol, other);
      case 12 -> new SplitCluster(facilitator, symbol, other, List.of(card));
      case 13 -> new NameCluster(facilitator, symbol, names.get(r.nextInt(names.size())));
      case 14 -> new RenameCluster(facilitator, symbol, names.get(r.nextInt(names.size())),
          "the group asked");
      case 15 -> new ReadTitles(facilitator);
      case 16 -> new CallForObjections(facilitator);
      case 17 -> new RaiseObjection(someone, r.nextBoolean() ? "" : symbol, "too costly");
      case 18 -> r.nextBoolean() ? new WithdrawObjection(someone)
          : new CloseObjectionCheck(facilitator);
      case 19 -> new RecordActionItem(facilitator, "", "do it", someone,
          LocalDate.of(2024, 4 + r.nextInt(3), 1 + r.nextInt(28)));
      default -> new ConcludeWorkshop(facilitator);
    };
  }

  /**
   * Random sessions mixing valid and invalid actions, with phase changes: every refusal changes
   * nothing, the log always verifies, and it round-trips through JSON and replays to an equal
   * state.
   */
  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18})
  void noSequenceOfActionsYieldsALogThatFailsToVerifyOrReplay(long seed) throws Exception {
    SplittableRandom r = new SplittableRandom(seed);
    Map<String, Object> p = Workshops.defaults();
    p.put("cardsPerRound", 3);
    p.put("maxObjections", r.nextInt(2));
    Consultation c = Workshops.open(8, p);
    int phase = 0;
    int accepted = 0;
    for (int step = 0; step < 600; step++) {
      if (phase < PHASES.size() - 1 && r.nextInt(120) == 0) {
        c.submit(new Command.AdvancePhase(F1, PHASES.get(++phase)));
        continue;
      }
      long before = c.version();
      try {
        Action action = randomAction(r, 8);
        if (!c.state().phases().get(phase).commands().contains(action.kind())) {
          continue;
        }
        Workshops.act(c, action);
        accepted++;
      } catch (YishiException refused) {
        assertThat(c.version()).as("seed %d: a refusal recorded nothing", seed)
            .isEqualTo(before);
      }
    }
    c.log().verify();
    String text = YishiJson.mapper().writeValueAsString(c.log());
    Consultation replayed = Consultation.replay(YishiJson.mapper().readValue(text,
        EventLog.class), Fixtures.tickingClock(), Workshops.REGISTRY);
    assertThat(replayed.state()).as("seed %d", seed).isEqualTo(c.state());
    assertThat(accepted).as("seed %d: some actions were accepted", seed).isGreaterThan(5);
  }
}
