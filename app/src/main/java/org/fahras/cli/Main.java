package org.fahras.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code fahras} command: {@code index}, {@code serve}, {@code search}, {@code backup} and {@code article-counts}. */
@Command(
    name = "fahras",
    description = "Arabic-aware full-text search for news.",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      IndexCommand.class,
      ServeCommand.class,
      SearchCommand.class,
      BackupCommand.class,
      ArticleCountsCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {"", "Run 'fahras COMMAND --help' for the options of a command."})
public final class Main implements Runnable {
  @Spec CommandSpec spec;

  /** A bare {@code fahras} lists the commands. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Library loggers that speak on every start: Lucene's notice about the vector module (bin/fahras
   * adds it where it pays, for serve), Undertow's and XNIO's version banners. Their warnings stay.
   */
  private static final Map<Logger, Level> QUIET = Map.of(
      Logger.getLogger("org.apache.lucene.internal.vectorization"), Level.SEVERE,
      Logger.getLogger("io.undertow"), Level.WARNING,
      Logger.getLogger("org.xnio"), Level.WARNING);

  public static void main(String[] args) {
    QUIET.forEach(Logger::setLevel);
    System.exit(run(args, writer(System.out), writer(System.err)));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, writer(out), writer(err));
  }

  private static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine =
        new CommandLine(new Main())
            .setOut(out)
            .setErr(err)
            .setCaseInsensitiveEnumValuesAllowed(true)
            .setParameterExceptionHandler(Failures::wrongCommandLine)
            .setExecutionExceptionHandler(Failures::failed);
    // a query may exclude a word: "fahras search --index DIR ليبيا -تونس"
    commandLine.getSubcommands().get("search").setUnmatchedOptionsArePositionalParams(true);
    return commandLine.execute(args);
  }

  private static PrintWriter writer(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }
}
