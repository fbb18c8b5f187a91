package io.yishi.examples.cli;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.yishi.core.community.ResidentId;
import io.yishi.core.json.YishiJson;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Action;
import io.yishi.core.spi.InvalidActionException;
import io.yishi.core.spi.NegotiationResult;
import io.yishi.core.spi.NegotiationTool;
import io.yishi.core.spi.Parameters;
import io.yishi.examples.lixiong.ScenarioClock;
import io.yishi.mediation.dispute.Agreement;
import io.yishi.mediation.dispute.CaseRecord;
import io.yishi.mediation.dispute.CaseState;
import io.yishi.mediation.dispute.MediationAction;
import io.yishi.mediation.dispute.MediationCase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code yishi mediate [--as RESIDENT] [--json] [--log OUT.json] FILE.json}: runs a mediation
 * case from a file of timed steps, or a negotiation tool on a problem, and prints the record and
 * the result. The file formats are in the README: a case is {@code {"case": {"parameters": {…},
 * "steps": [{"at": "…", "action": {…}}, …]}}}, a negotiation {@code {"tool": "adjusted-winner",
 * "parameters": {…}, "seed": 0, "problem": {…}}}.
 */
@Command(name = "mediate", mixinStandardHelpOptions = true,
    description = "Run a mediation case, or a negotiation tool, from a JSON file and print the"
        + " record and the result.")
final class MediateCommand implements Callable<Integer> {

  @Option(names = "--as", paramLabel = "RESIDENT",
      description = "Show the record as this resident may see it (a party's member sees no other"
          + " party's separate-session statements). Default: the committee's full record.")
  @Nullable String reader;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Option(names = "--log", paramLabel = "OUT.json",
      description = "Also write the case's hash-chained log to this file.")
  @Nullable Path logFile;

  @CommandLine.Parameters(index = "0", paramLabel = "FILE.json",
      description = "A case: {\"case\": {\"parameters\", \"steps\": [{\"at\", \"action\"}]}};"
          + " or a negotiation: {\"tool\", \"parameters\", \"seed\", \"problem\"}.")
  Path file;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** A case file's {@code case}: the method's parameters and the timed steps. */
  record CaseFile(Parameters parameters, List<Step> steps) {}

  /** One step: when, and the action, as JSON until it is read. */
  record Step(OffsetDateTime at, JsonNode action) {}

  @Override
  public Integer call() throws IOException {
    ObjectMapper mapper = YishiJson.mapper();
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("FILE.json: no such file: " + file, e);
    }
    JsonNode root = CliInput.read(mapper, text, JsonNode.class, file.toString());
    if (root.has("tool")) {
      return negotiate(mapper, root);
    }
    if (!root.has("case")) {
      throw new IllegalArgumentException(file + ": must hold \"case\" (a mediation case) or"
          + " \"tool\" (a negotiation)");
    }
    CaseFile input = CliInput.read(mapper, root.get("case").toString(), CaseFile.class,
        file + " (case)");
    if (input.parameters() == null || input.steps() == null || input.steps().isEmpty()) {
      throw new IllegalArgumentException(file + ": case: \"parameters\" and at least one step"
          + " in \"steps\" are required");
    }
    MediationCase c = run(mapper, input);
    print(mapper, c);
    if (logFile != null) {
      Files.writeString(logFile, mapper.writerWithDefaultPrettyPrinter()
          .writeValueAsString(c.log()));
    }
    return 0;
  }

  private int negotiate(ObjectMapper mapper, JsonNode root) throws IOException {
    if (reader != null || logFile != null) {
      throw new IllegalArgumentException(file + ": --as and --log apply to a case, not to a"
          + " negotiation");
    }
    NegotiationTool<?, ?> tool = PluginRegistry.load().negotiationTool(root.get("tool").asText());
    JsonNode params = root.path("parameters");
    Parameters parameters = params.isMissingNode() || params.isNull() ? Parameters.empty()
        : CliInput.read(mapper, params.toString(), Parameters.class, file + " (parameters)");
    parameters.checkKnown(tool.id(), tool.parameters());
    if (!root.has("problem")) {
      throw new IllegalArgumentException(file + ": a negotiation needs \"problem\"");
    }
    JsonNode seed = root.path("seed");
    if (!seed.isMissingNode() && !seed.canConvertToLong()) {
      throw new IllegalArgumentException(file + ": seed: must be a whole number, was " + seed);
    }
    NegotiationResult result = negotiate(mapper, tool, root.get("problem"), parameters,
        seed.asLong(0));
    PrintWriter out = spec.commandLine().getOut();
    out.println(json ? mapper.writerWithDefaultPrettyPrinter().writeValueAsString(result)
        : result.explain());
    out.flush();
    return 0;
  }

  private <P> NegotiationResult negotiate(ObjectMapper mapper, NegotiationTool<P, ?> tool,
      JsonNode problem, Parameters parameters, long seed) {
    P value = CliInput.read(mapper, problem.toString(), tool.problemType(), file + " (problem)");
    return tool.negotiate(value, parameters, seed);
  }

  private MediationCase run(ObjectMapper mapper, CaseFile input) {
    // every timestamp in the case's log is the time of its step in the file
    ScenarioClock clock = new ScenarioClock(Instant.EPOCH, ZoneOffset.UTC);
    PluginRegistry registry = PluginRegistry.load();
    MediationCase c = null;
    Instant previous = Instant.MIN;
    for (int i = 0; i < input.steps().size(); i++) {
      Step step = input.steps().get(i);
      String where = file + ": steps[" + i + "]";
      if (step == null || step.at() == null || step.action() == null) {
        throw new IllegalArgumentException(where + ": needs \"at\" and \"action\"");
      }
      Instant at = step.at().toInstant();
      if (at.isBefore(previous)) {
        throw new IllegalArgumentException(where + ".at: " + step.at() + " is before the step"
            + " above it; steps are in time order");
      }
      previous = at;
      clock.set(at);
      MediationAction action = action(mapper, step.action(), where);
      try {
        if (c == null) {
          c = open(action, input.parameters(), clock, registry, where);
        } else {
          c.submit(action);
        }
      } catch (InvalidActionException e) {
        throw new IllegalArgumentException(where + " (" + action.kind() + "): "
            + e.getMessage(), e);
      }
    }
    return c;
  }

  private static MediationCase open(MediationAction first, Parameters parameters,
      Clock clock, PluginRegistry registry, String where) {
    if (first instanceof MediationAction.ApplyForMediation a) {
      return MediationCase.apply(a.dispute(), a.by(), a.party(), parameters, clock, registry);
    }
    if (first instanceof MediationAction.TakeUpCase t) {
      return MediationCase.takeUp(t.dispute(), t.by(), t.reason(), parameters, clock, registry);
    }
    throw new IllegalArgumentException(where + ": the first step must be apply-for-mediation or"
        + " take-up-case, was " + first.kind());
  }

  private static MediationAction action(ObjectMapper mapper, JsonNode node, String where) {
    try {
      Action action = mapper.treeToValue(node, Action.class);
      if (action instanceof MediationAction m) {
        return m;
      }
      throw new IllegalArgumentException(where + ".action: '" + action.kind()
          + "' is not a mediation action (kinds: " + MediationAction.KINDS + ")");
    } catch (JsonMappingException e) {
      throw new IllegalArgumentException(where + ".action: " + e.getOriginalMessage()
          + CliInput.where(e), e);
    } catch (IOException e) {
      throw new UncheckedIOException(where + ".action: " + e.getMessage(), e);
    }
  }

  private void print(ObjectMapper mapper, MediationCase c) throws IOException {
    CaseState s = c.state();
    ResidentId who = reader != null ? new ResidentId(reader) : committeeMember(c);
    CaseRecord record = c.recordFor(who);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("case", record.caseId());
      result.put("status", s.status());
      result.put("agreement", s.agreement());
      result.put("ending", s.ending());
      result.put("record", record);
      result.put("headHash", c.log().headHash());
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(result));
      out.flush();
      return;
    }
    out.println("Case " + record.caseId() + ": " + s.dispute().title());
    s.dispute().parties().forEach(p -> out.println("  party " + p.id() + ": " + p.name() + " "
        + p.members()));
    s.dispute().matters().forEach(m -> out.println("  matter " + m.id() + ": "
        + m.description()));
    out.println("Record as " + who + " (" + record.role().name().toLowerCase() + ") sees it:");
    record.explain().forEach(line -> out.println("  " + line));
    out.println("Status: " + s.status().name().toLowerCase().replace('_', ' '));
    Agreement a = s.agreement();
    if (a != null) {
      out.println("Agreement: " + a.form().name().toLowerCase() + ", " + a.performed().size()
          + " of " + a.content().terms().size() + " terms performed"
          + (a.confirmationLastDay() == null ? ""
              : "; joint application for judicial confirmation until the end of "
                  + a.confirmationLastDay()));
    }
    out.println("Log: " + c.log().size() + " entries, head " + c.log().headHash());
    out.flush();
  }

  private static ResidentId committeeMember(MediationCase c) {
    List<String> committee = c.consultation().state().methodParameters()
        .texts("committee", List.of());
    return new ResidentId(committee.get(0));
  }
}
