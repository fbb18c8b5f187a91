package io.yishi.examples.cli;

import io.yishi.core.json.YishiJson;
import io.yishi.core.plugin.PluginDescriptor;
import io.yishi.core.plugin.PluginKind;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.ParameterSpec;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code yishi plugins}: lists every method, rule, tie-breaker and negotiation tool the registry
 * finds.
 */
@Command(name = "plugins", mixinStandardHelpOptions = true,
    description = "List every installed plugin by kind (methods, rules, tie-breakers, negotiation"
        + " tools, simulation models, sortition algorithms), with its parameters.")
final class PluginsCommand implements Callable<Integer> {

  @Option(names = "--json", description = "Print the list as JSON.")
  boolean json;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<PluginDescriptor> plugins = PluginRegistry.load().descriptors();
    if (json) {
      out.println(YishiJson.mapper().writerWithDefaultPrettyPrinter()
          .writeValueAsString(plugins));
      return 0;
    }
    for (PluginKind kind : PluginKind.values()) {
      List<PluginDescriptor> ofKind = plugins.stream().filter(p -> p.kind() == kind).toList();
      out.printf("%s (%d)%n", heading(kind), ofKind.size());
      for (PluginDescriptor p : ofKind) {
        out.printf("  %-22s %s%n", p.id(), p.description());
        for (ParameterSpec param : p.parameters()) {
          out.printf("  %-22s   %s (%s, default %s): %s%n", "", param.name(), param.type(),
              param.defaultValue().isEmpty() ? "none" : param.defaultValue(),
              param.description());
        }
      }
      out.println();
    }
    out.flush();
    return 0;
  }

  private static String heading(PluginKind kind) {
    switch (kind) {
      case DELIBERATION_METHOD:
        return "Deliberation methods";
      case DECISION_RULE:
        return "Decision rules";
      case TIE_BREAKER:
        return "Tie-breakers";
      case NEGOTIATION_TOOL:
        return "Negotiation tools";
      case OPINION_DYNAMICS:
        return "Opinion dynamics";
      case PREFERENCE_MODEL:
        return "Preference models";
      case POPULATION_MODEL:
        return "Population models";
      case SORTITION_ALGORITHM:
        return "Sortition algorithms";
      default:
        throw new AssertionError(kind);
    }
  }
}
