package org.fahras.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fahras.http.FahrasServer;
import org.fahras.http.WriteAccess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fahras serve}: the web page and the JSON API over an existing index. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Serve the web page and the JSON API over an existing index.",
        "%nWrites through the API need the token of --token-file or of $FAHRAS_TOKEN."})
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--index", paramLabel = "DIR", required = true, description = "the index folder (built by 'fahras index')")
  Path index;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "port to listen on (default: ${DEFAULT-VALUE})")
  int port;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = "localhost", description = "address to listen on (default: ${DEFAULT-VALUE})")
  String host;

  @Option(names = "--token-file", paramLabel = "FILE", description = "file holding the token that API writes need")
  Path tokenFile;

  @Mixin ConfigOptions config;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    ExistingIndex.require(index);
    WriteAccess access = WriteAccess.configure(tokenFile, System.getenv());
    Engine engine = Engine.open(config.files(), index);
    FahrasServer server = new FahrasServer(engine.search(), engine.pipeline(), engine.store(), access, host, port);
    try {
      server.start();
    } catch (RuntimeException e) {
      closeQuietly(server, engine, err);
      if (causedBy(e, BindException.class) != null) {
        throw new CommandFailure("cannot listen on " + host + ":" + port + ": " + causedBy(e, BindException.class).getMessage()
            + " (is another server there? choose another --port)");
      }
      throw e;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(server, engine, err)));
    err.printf("Fahras serves %d documents on http://%s:%d/%n", engine.search().documentCount(), host, server.port());
    Thread.currentThread().join();
    return 0;
  }

  private static void closeQuietly(FahrasServer server, Engine engine, PrintWriter err) {
    try {
      server.close();
    } catch (RuntimeException e) {
      // a server that never started has nothing to stop
    }
    try {
      engine.close();
    } catch (IOException e) {
      err.println("fahras: closing the index failed: " + Failures.describe(e));
    }
  }

  private static <T extends Throwable> T causedBy(Throwable e, Class<T> kind) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (kind.isInstance(t)) {
        return kind.cast(t);
      }
    }
    return null;
  }
}
