package io.yishi.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.yishi.core.electorate.Electorate;
import io.yishi.core.json.YishiJson;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.Decision;
import io.yishi.core.spi.DecisionRequest;
import io.yishi.core.spi.DecisionRule;
import io.yishi.core.spi.InvalidBallotException;
import io.yishi.core.spi.Parameters;
import io.yishi.voting.motion.MotionBallot;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code yishi decide --rule ID [--params JSON] BALLOTS.json}: decides one motion from a ballot
 * file and prints the decision's explanation (or JSON with {@code --json}). The file format is
 * in the README: {@code {"date", "seed", "electorate", "ballots"}}.
 */
@Command(name = "decide", mixinStandardHelpOptions = true,
    description = "Decide a motion from a ballot file and explain the decision.")
final class DecideCommand implements Callable<Integer> {

  @Option(names = "--rule", required = true, paramLabel = "ID",
      description = "The decision rule's id, e.g. majority, owners-major (see 'yishi plugins').")
  String rule;

  @Option(names = "--params", paramLabel = "JSON", defaultValue = "{}",
      description = "The rule's parameters as a JSON object, e.g. '{\"threshold\": \"2/3\"}'.")
  String params;

  @Option(names = "--json", description = "Print the decision as JSON.")
  boolean json;

  @CommandLine.Parameters(index = "0", paramLabel = "BALLOTS.json",
      description = "The ballot file: {\"date\", \"seed\", \"electorate\", \"ballots\"}.")
  Path file;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /**
   * The ballot file, as read; ballots stay JSON until the rule's ballot type is known. Date and
   * seed are optional (today, and 0).
   */
  record BallotFile(@Nullable LocalDate date, @Nullable Long seed, Electorate electorate,
      List<JsonNode> ballots) {}

  @Override
  public Integer call() throws IOException {
    ObjectMapper mapper = YishiJson.mapper();
    DecisionRule decisionRule = PluginRegistry.load().decisionRule(rule);
    Parameters parameters = CliInput.read(mapper, params, Parameters.class, "--params")
        .checkKnown(decisionRule.id(), decisionRule.parameters());
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("BALLOTS.json: no such file: " + file, e);
    }
    BallotFile input = CliInput.read(mapper, text, BallotFile.class, file.toString());
    if (input.electorate() == null || input.ballots() == null) {
      throw new IllegalArgumentException(file + ": \"electorate\" and \"ballots\" are required");
    }
    List<Ballot> ballots = new ArrayList<>();
    for (int i = 0; i < input.ballots().size(); i++) {
      ballots.add(ballot(mapper, input.ballots().get(i), decisionRule, i));
    }
    // Without a date in the file the decision is dated today, by the system clock: the one
    // place where the command line, not the library, chooses the time.
    LocalDate date = input.date() != null ? input.date() : LocalDate.now(Clock.systemDefaultZone());
    Decision decision = decisionRule.decide(new DecisionRequest(input.electorate(), ballots,
        List.of(), parameters, input.seed() == null ? 0L : input.seed(), date));
    PrintWriter out = spec.commandLine().getOut();
    out.println(json ? mapper.writerWithDefaultPrettyPrinter().writeValueAsString(decision)
        : decision.explain());
    out.flush();
    return 0;
  }

  /** Reads one ballot; a ballot without a "type" is taken to be of the rule's motion type. */
  private static Ballot ballot(ObjectMapper mapper, JsonNode node, DecisionRule rule, int i)
      throws JsonProcessingException {
    if (node instanceof ObjectNode object && !object.has("type")
        && rule.ballotType() == MotionBallot.class) {
      ObjectNode typed = mapper.createObjectNode().put("type", "motion");
      typed.setAll(object);
      node = typed;
    }
    try {
      return mapper.treeToValue(node, Ballot.class);
    } catch (JsonMappingException e) {
      throw new InvalidBallotException("ballots[" + i + "]", node, e.getOriginalMessage());
    }
  }
}
