package io.yishi.examples.cli;

import io.yishi.core.plugin.PluginRegistry;
import io.yishi.examples.lixiong.LixiongDemo;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code yishi demo}: replays the Lixiong case, printed for people. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Replay the Lixiong case: community, repair plan revised for a year, vote,"
        + " and a check of the record.")
final class DemoCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    new LixiongDemo(spec.commandLine().getOut(), PluginRegistry.load()).run();
    return 0;
  }
}
