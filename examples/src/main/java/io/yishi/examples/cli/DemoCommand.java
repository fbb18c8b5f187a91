package io.yishi.examples.cli;

import io.yishi.core.plugin.PluginRegistry;
import io.yishi.examples.lixiong.LixiongDemo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yishi demo}: replays the Lixiong case, printed for people. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Replay the Lixiong case: community, repair plan revised for a year, vote,"
        + " consensus methods, a mediation, a study of 1,000 simulated owners under three rules,"
        + " and a check of the record.")
final class DemoCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--chart", paramLabel = "FILE",
      description = "Also draw the owners' study (80% turnout, after deliberation) as PNG or SVG"
          + " by the file's extension.")
  @Nullable Path chart;

  @Override
  public Integer call() throws IOException {
    LixiongDemo demo = new LixiongDemo(spec.commandLine().getOut(), PluginRegistry.load());
    demo.run();
    if (chart != null) {
      SimulationChart.write(demo.ownersStudy(), chart);
      spec.commandLine().getOut().println("The owners' study is drawn in " + chart);
      spec.commandLine().getOut().flush();
    }
    return 0;
  }
}
