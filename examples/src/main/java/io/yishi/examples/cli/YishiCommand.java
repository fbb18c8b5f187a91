package io.yishi.examples.cli;

import io.yishi.core.YishiException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code yishi} command: lists plugins, replays the Lixiong demo, decides and tallies votes,
 * runs mediation cases, simulates rule comparisons, and selects panels by lot.
 *
 * <p>Exit codes: 0 on success, 1 on bad input (the message names what was wrong), 2 on bad
 * usage, 3 on an internal error (a fault of Yishi or of a plugin, to be reported). Errors print one line; {@code --debug} adds the stack trace.
 */
@Command(
    name = "yishi",
    mixinStandardHelpOptions = true,
    versionProvider = YishiCommand.Version.class,
    description = "Run, record and study community deliberation.",
    subcommands = {PluginsCommand.class, DemoCommand.class, DecideCommand.class, TallyCommand.class,
        MediateCommand.class, SimulateCommand.class, SortitionCommand.class,
        CommandLine.HelpCommand.class})
public final class YishiCommand implements Runnable {

  /** Exit code for bad input: a file, a parameter or a ballot that does not fit. */
  public static final int BAD_INPUT = 1;
  /** Exit code for bad usage: an unknown option or command. */
  public static final int BAD_USAGE = 2;
  /** Exit code for a fault of Yishi's own or of a plugin, not of the input. */
  public static final int INTERNAL_ERROR = 3;

  @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
      description = "Print stack traces of errors.")
  boolean debug;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Without a sub-command, prints the usage. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Runs the command line and exits the JVM with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the command line in-process.
   *
   * @param args the arguments
   * @param out where normal output goes
   * @param err where errors go
   * @return the exit code: 0 success, 1 bad input, 2 bad usage
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    YishiCommand root = new YishiCommand();
    CommandLine cli = new CommandLine(root);
    cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cli.setExitCodeExceptionMapper(e -> BAD_INPUT);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      boolean debug = parseResult.hasMatchedOption("--debug")
          || parseResult.subcommands().stream().anyMatch(s -> s.hasMatchedOption("--debug"));
      PrintWriter w = commandLine.getErr();
      boolean badInput = e instanceof YishiException || e instanceof IllegalArgumentException
          || e instanceof IOException || e instanceof UncheckedIOException;
      w.println("yishi: " + (badInput ? "" : "internal error, please report it (--debug shows"
          + " where): ") + message(e));
      if (debug) {
        e.printStackTrace(w);
      }
      w.flush();
      return badInput ? BAD_INPUT : INTERNAL_ERROR;
    });
    cli.setParameterExceptionHandler((e, args1) -> {
      PrintWriter w = e.getCommandLine().getErr();
      w.println("yishi: " + e.getMessage());
      w.println("Try 'yishi --help' for usage.");
      w.flush();
      return BAD_USAGE;
    });
    try {
      return cli.execute(args);
    } finally {
      // An auto-flushing PrintWriter flushes on println/printf only, not on print or write;
      // main() calls System.exit next, so nothing may be left in the buffer.
      cli.getOut().flush();
      cli.getErr().flush();
    }
  }

  private static String message(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  /** Reads the version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = YishiCommand.class.getPackage().getImplementationVersion();
      return new String[] {"yishi " + (v == null ? "(development build)" : v)};
    }
  }
}
