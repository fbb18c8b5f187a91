package io.yishi.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.yishi.core.json.YishiJson;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.DecisionRule;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import io.yishi.voting.preflib.PrefLib;
import io.yishi.voting.ranked.Profile;
import io.yishi.voting.ranked.RankedDecision;
import io.yishi.voting.ranked.RankedMethod;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code yishi tally --rule ID [--seats K] [--params JSON] [--seed N] [--json] FILE}: counts a
 * PrefLib file ({@code .soc}, {@code .soi}, {@code .toc}, {@code .toi}) or a JSON profile ({@code
 * .json}: {@code {"candidates": […], "ballots": [{"ranking": [[…]], "count": n}]}}) with a ranked
 * method and prints the result.
 */
@Command(name = "tally", mixinStandardHelpOptions = true,
    description = "Count a PrefLib or JSON ballot file with a ranked method.")
final class TallyCommand implements Callable<Integer> {

  @Option(names = "--rule", required = true, paramLabel = "ID",
      description = "The method's id, e.g. irv, schulze, ranked-pairs (see 'yishi plugins').")
  String rule;

  @Option(names = "--seats", paramLabel = "K", defaultValue = "1",
      description = "Seats to fill; the ranked methods elect one.")
  int seats;

  @Option(names = "--params", paramLabel = "JSON", defaultValue = "{}",
      description = "The method's parameters as a JSON object, e.g. '{\"tieBreak\": \"lot\"}'.")
  String params;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "0",
      description = "The seed for any lot the method draws.")
  long seed;

  @Option(names = "--json", description = "Print one JSON object: rule, winners, tie, ranking,"
      + " explanation, rounds, pairwise.")
  boolean json;

  @CommandLine.Parameters(index = "0", paramLabel = "FILE",
      description = "A PrefLib .soc/.soi/.toc/.toi file or a .json profile.")
  Path file;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ObjectMapper mapper = YishiJson.mapper();
    DecisionRule decisionRule = PluginRegistry.load().decisionRule(rule);
    if (!(decisionRule instanceof RankedMethod method)) {
      throw new IllegalArgumentException("--rule: '" + rule + "' does not count rankings; use"
          + " 'yishi decide' for motions");
    }
    if (seats != 1) {
      throw new InvalidParameterException("seats", seats, "rule '" + rule + "' elects one"
          + " winner; --seats is for multi-winner rules");
    }
    Parameters parameters = CliInput.read(mapper, params, Parameters.class, "--params");
    Profile profile = read(mapper);
    RankedDecision decision = method.decide(profile, parameters, seed);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode result = mapper.createObjectNode();
      result.put("rule", decision.ruleId());
      result.set("winners", mapper.valueToTree(decision.winners()));
      result.put("tie", decision.tie());
      result.set("ranking", mapper.valueToTree(decision.ranking()));
      result.put("explanation", decision.explain());
      result.put("voters", profile.voters());
      result.set("candidates", mapper.valueToTree(decision.candidates()));
      result.set("rounds", mapper.valueToTree(decision.rounds()));
      result.set("pairwise", mapper.valueToTree(decision.pairwise()));
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(result));
    } else {
      out.println(decision.explain());
    }
    out.flush();
    return 0;
  }

  private Profile read(ObjectMapper mapper) throws IOException {
    if (!Files.exists(file)) {
      throw new UncheckedIOException(new NoSuchFileException(file + ": no such file"));
    }
    if (file.getFileName().toString().endsWith(".json")) {
      return CliInput.read(mapper, Files.readString(file), Profile.class, file.toString());
    }
    return PrefLib.read(file).profile();
  }
}
