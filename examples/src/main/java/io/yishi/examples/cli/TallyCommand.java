package io.yishi.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.yishi.core.json.YishiJson;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Decision;
import io.yishi.core.spi.DecisionRule;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import io.yishi.voting.ProfileRule;
import io.yishi.voting.budget.BudgetDecision;
import io.yishi.voting.budget.BudgetInstance;
import io.yishi.voting.budget.Pabulib;
import io.yishi.voting.cardinal.ApprovalProfile;
import io.yishi.voting.cardinal.CardinalDecision;
import io.yishi.voting.cardinal.ScoreProfile;
import io.yishi.voting.committee.CommitteeDecision;
import io.yishi.voting.preflib.PrefLib;
import io.yishi.voting.preflib.PrefLibCategorical;
import io.yishi.voting.ranked.Profile;
import io.yishi.voting.ranked.RankedDecision;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code yishi tally --rule ID [--seats K] [--params JSON] [--seed N] [--json] FILE}: counts a
 * ballot file with any rule that decides on a profile ({@link ProfileRule}) and prints the result.
 *
 * <ul>
 *   <li>Rankings: PrefLib {@code .soc}, {@code .soi}, {@code .toc}, {@code .toi}, or a {@code
 *       .json} profile {@code {"candidates": […], "ballots": [{"ranking": [[…]], "count": n}]}},
 *       for the ranked methods and the ranked committee rules ({@code stv}, {@code stv-meek},
 *       {@code sntv}).
 *   <li>Approvals: PrefLib {@code .cat} (the first category is "approved"), a pabulib {@code .pb}
 *       file's votes, or {@code .json} {@code {"candidates": […], "ballots": [{"approved": […],
 *       "count": n}]}}, for {@code approval}, {@code block}, {@code pav}, {@code phragmen} and
 *       {@code equal-shares} (as a committee of {@code --seats}).
 *   <li>Scores: {@code .json} {@code {"candidates": […], "min": 0, "max": 5, "ballots":
 *       [{"scores": {…}, "count": n}]}}, for {@code score}, {@code star}, {@code
 *       majority-judgment} and {@code dots}.
 *   <li>Budgets: a pabulib {@code .pb} file, which carries its projects' costs and its budget,
 *       for {@code greedy-budget} and {@code equal-shares}.
 * </ul>
 */
@Command(name = "tally", mixinStandardHelpOptions = true,
    description = "Count a ballot file (PrefLib, pabulib or JSON) with a voting rule.")
final class TallyCommand implements Callable<Integer> {

  private static final Set<String> RANKINGS = Set.of("soc", "soi", "toc", "toi");

  @Option(names = "--rule", required = true, paramLabel = "ID",
      description = "The rule's id, e.g. irv, schulze, stv, pav, equal-shares (see 'yishi"
          + " plugins').")
  String rule;

  @Option(names = "--seats", paramLabel = "K",
      description = "Seats to fill, for the multi-winner rules (default 1).")
  @Nullable Integer seats;

  @Option(names = "--params", paramLabel = "JSON", defaultValue = "{}",
      description = "The rule's parameters as a JSON object, e.g. '{\"tieBreak\": \"lot\"}'.")
  String params;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "0",
      description = "The seed for any lot the rule draws.")
  long seed;

  @Option(names = "--json", description = "Print one JSON object: rule, winners, tie, ranking,"
      + " explanation, voters, and the whole decision.")
  boolean json;

  @CommandLine.Parameters(index = "0", paramLabel = "FILE",
      description = "A PrefLib .soc/.soi/.toc/.toi/.cat file, a pabulib .pb file or a .json"
          + " profile.")
  Path file;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ObjectMapper mapper = YishiJson.mapper();
    DecisionRule decisionRule = PluginRegistry.load().decisionRule(rule);
    if (!(decisionRule instanceof ProfileRule<?> profileRule)) {
      throw new IllegalArgumentException("--rule: '" + rule + "' does not count a ballot file;"
          + " use 'yishi decide' for motions");
    }
    Parameters parameters = CliInput.read(mapper, params, Parameters.class, "--params");
    boolean multiWinner = profileRule.parameters().stream().anyMatch(p -> p.name()
        .equals("seats"));
    if (seats != null && !multiWinner && seats != 1) {
      throw new InvalidParameterException("seats", seats, "rule '" + rule + "' elects one"
          + " winner; --seats is for multi-winner rules");
    }
    if (seats != null && multiWinner) {
      parameters = parameters.with("seats", seats);
    }
    Object profile = read(mapper, profileRule.profileType());
    Decision decision = decide(profileRule, profile, parameters);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode result = mapper.createObjectNode();
      result.put("rule", decision.ruleId());
      result.set("winners", mapper.valueToTree(decision.chosen()));
      result.put("tie", tie(decision));
      List<List<String>> ranking = ranking(decision);
      if (ranking != null) {
        result.set("ranking", mapper.valueToTree(ranking));
      }
      result.put("explanation", decision.explain());
      result.put("voters", voters(profile));
      result.set("decision", mapper.valueToTree(decision));
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(result));
    } else {
      out.println(decision.explain());
    }
    out.flush();
    return 0;
  }

  private static <P> Decision decide(ProfileRule<P> rule, Object profile, Parameters parameters,
      long seed) {
    return rule.decide(rule.profileType().cast(profile), parameters, seed);
  }

  private Decision decide(ProfileRule<?> rule, Object profile, Parameters parameters) {
    return decide(rule, profile, parameters, seed);
  }

  /** Whether the winners are tied and no tie-breaker settled it. */
  private static boolean tie(Decision decision) {
    if (decision instanceof RankedDecision d) {
      return d.tie();
    } else if (decision instanceof CardinalDecision d) {
      return d.tie();
    } else if (decision instanceof CommitteeDecision d) {
      return d.tie();
    } else if (decision instanceof BudgetDecision d) {
      return d.tie();
    }
    return false;
  }

  /** The ranking in tiers where the rule defines one, else null. */
  private static @Nullable List<List<String>> ranking(Decision decision) {
    if (decision instanceof RankedDecision d && !d.ranking().isEmpty()) {
      return d.ranking();
    } else if (decision instanceof CardinalDecision d && !d.ranking().isEmpty()) {
      return d.ranking();
    }
    return null;
  }

  private static long voters(Object profile) {
    if (profile instanceof Profile p) {
      return p.voters();
    } else if (profile instanceof ApprovalProfile p) {
      return p.voters();
    } else if (profile instanceof ScoreProfile p) {
      return p.voters();
    } else if (profile instanceof BudgetInstance p) {
      return p.profile().voters();
    }
    return 0;
  }

  /** Reads the file as the kind of profile the rule counts. */
  private Object read(ObjectMapper mapper, Class<?> type) throws IOException {
    if (!Files.exists(file)) {
      throw new UncheckedIOException(new NoSuchFileException(file + ": no such file"));
    }
    String name = file.getFileName().toString();
    String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    if (extension.equals("json")) {
      if (type == BudgetInstance.class) {
        throw new IllegalArgumentException(file + ": rule '" + rule + "' reads a budget from a"
            + " pabulib .pb file");
      }
      return CliInput.read(mapper, Files.readString(file), type, file.toString());
    }
    if (RANKINGS.contains(extension)) {
      return expect(type, PrefLib.read(file).profile(), "rankings");
    }
    if (extension.equals("cat")) {
      ApprovalProfile approvals = PrefLibCategorical.read(file).toApprovalProfile();
      if (type == BudgetInstance.class) {
        return BudgetInstance.committee(approvals, seats == null ? 1 : seats);
      }
      return expect(type, approvals, "approvals");
    }
    if (extension.equals("pb")) {
      BudgetInstance instance = Pabulib.read(file).toInstance();
      if (type == ApprovalProfile.class) {
        return instance.profile();
      }
      if (type == BudgetInstance.class && seats != null) {
        throw new IllegalArgumentException("--seats: " + file + " carries its budget; --seats is"
            + " for a committee from a .cat or .json approval file");
      }
      return expect(type, instance, "a budget with approvals");
    }
    throw new IllegalArgumentException(file + ": unknown kind of file; give a PrefLib .soc, .soi,"
        + " .toc, .toi or .cat file, a pabulib .pb file or a .json profile");
  }

  private Object expect(Class<?> type, Object profile, String holds) {
    if (!type.isInstance(profile)) {
      throw new IllegalArgumentException(file + ": holds " + holds + ", but rule '" + rule
          + "' counts " + describe(type));
    }
    return profile;
  }

  private static String describe(Class<?> type) {
    if (type == Profile.class) {
      return "rankings (.soc, .soi, .toc, .toi or .json)";
    } else if (type == ApprovalProfile.class) {
      return "approvals (.cat, .pb or .json)";
    } else if (type == ScoreProfile.class) {
      return "scores (.json with min, max and scores)";
    } else if (type == BudgetInstance.class) {
      return "a budget (.pb)";
    }
    return type.getSimpleName();
  }
}
