package io.yishi.examples.lixiong;

import io.yishi.core.consultation.Consultation;
import io.yishi.core.consultation.ConsultationId;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Parameters;
import io.yishi.voting.sortition.DrawPanel;
import io.yishi.voting.sortition.LotteryDraw;
import io.yishi.voting.sortition.PanelDistribution;
import io.yishi.voting.sortition.PanelSelectionMethod;
import io.yishi.voting.sortition.Quota;
import io.yishi.voting.sortition.Sortition;
import io.yishi.voting.sortition.SortitionCsv;
import io.yishi.voting.sortition.SortitionProblem;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The residents' council of 15 drawn by lot from 300 volunteers of the nine estates (the sample
 * files {@code lixiong-volunteers.csv} and {@code lixiong-council-features.csv}): every estate
 * sits on it, owners and tenants, age bands and genders within their quotas, one member per
 * household. Leximin makes the smallest chance of any volunteer as large as the quotas allow,
 * then the next smallest, and so on; the legacy greedy draw is shown beside it, and the final
 * draw is a lottery from a published seed, recorded in a consultation's log by the {@code
 * panel-selection} method so that replaying the log re-runs it.
 */
public final class SortitionScene {

  /** The seed of the council's draw: the date of the draw, as announced beforehand. */
  static final long SEED = 20_250_601L;
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private SortitionScene() {}

  /**
   * Selects the council and prints an account of it.
   *
   * @param out where to print, about 12 lines
   * @param registry where the {@code leximin} and {@code legacy} algorithms and the {@code
   *     panel-selection} method are found
   * @return the record of the draw
   * @throws io.yishi.core.plugin.UnknownPluginException if they are not installed
   */
  static LotteryDraw run(PrintWriter out, PluginRegistry registry) {
    SortitionProblem problem = read();
    out.println("== Residents' council of 15, selected by lot with quotas ==");
    out.printf("%d volunteers from %d estates; quotas on estate, tenure, age band and gender;"
        + " at most one member per household%n", problem.pool().size(),
        problem.quotas().stream().filter(q -> q.feature().equals("estate")).count());
    Sortition.check(problem);
    PanelDistribution leximin = Sortition.algorithm(registry, "leximin")
        .select(problem, Parameters.empty(), SEED);
    PanelDistribution legacy = Sortition.algorithm(registry, "legacy")
        .select(problem, Parameters.empty(), SEED);
    leximin.explanation().forEach(line -> out.println("  " + line));
    out.printf(Locale.ROOT, "  legacy greedy draw on the same pool (1000 draws): smallest"
        + " chance %.4f, largest %.4f, spread %.4f%n", legacy.minimum(), legacy.maximum(),
        legacy.spread());
    ScenarioClock clock = new ScenarioClock(
        LocalDate.of(2025, 6, 1).atTime(9, 30).atZone(CHINA).toInstant(), CHINA);
    Consultation council = PanelSelectionMethod.record(new ConsultationId("council-2025"),
        "Residents' council 2025", new DrawPanel(LixiongCommunity.LEADER, problem, leximin, 1000,
            SEED), clock, registry);
    LotteryDraw draw = PanelSelectionMethod.drawn(council.state()).orElseThrow().draw();
    out.printf("Lottery: 1000 tickets over %d panels; seed %d drew ticket %d%n",
        leximin.panels().size(), draw.seed(), draw.ticket());
    out.println("Council: " + String.join(", ", draw.members()));
    Consultation replayed = Consultation.replay(council.log(), clock, registry);
    if (!PanelSelectionMethod.drawn(replayed.state()).orElseThrow().draw().equals(draw)) {
      throw new IllegalStateException("replaying the council's log drew another council");
    }
    out.printf("The draw is event %d of the consultation's log; replaying the log re-runs it and"
        + " gives the same council%n", council.log().size());
    return draw;
  }

  /** {@return the council's selection, read from the sample files} */
  static SortitionProblem read() {
    try (Reader features = resource("/samples/lixiong-council-features.csv");
        Reader people = resource("/samples/lixiong-volunteers.csv")) {
      List<Quota> quotas = SortitionCsv.readQuotas(features, "lixiong-council-features.csv");
      return SortitionCsv.readPeople(people, "lixiong-volunteers.csv", quotas, 15);
    } catch (IOException e) {
      throw new UncheckedIOException("the demo's sample volunteers could not be read", e);
    }
  }

  private static Reader resource(String name) {
    return new InputStreamReader(SortitionScene.class.getResourceAsStream(name),
        StandardCharsets.UTF_8);
  }
}
