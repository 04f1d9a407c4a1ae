package org.fahras.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.store.LockObtainFailedException;
import org.fahras.analysis.TextForm;
import org.fahras.config.ConfigFiles;
import org.fahras.http.FahrasServer;
import org.fahras.http.WriteAccess;
import org.fahras.index.IndexBackup;
import org.fahras.index.IndexSummary;
import org.fahras.index.IndexPipeline;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResponse;

/** The {@code fahras} command: {@code index}, {@code serve} and {@code search}. */
public final class Main {
  private static final String USAGE =
      """
      usage:
        fahras index PATH... --index DIR      index files and folders (.txt .md .html .jsonl[.gz])
        fahras serve --index DIR [--port 8080] [--host localhost] [--token-file FILE]
                                              serve the web page and the JSON API; writes
                                              need the token of FILE or of $FAHRAS_TOKEN
        fahras search --index DIR [--mode stemmed|normalized|exact] [--filter DIM=VALUE]... QUERY
                                              print matching ids, titles and snippets
        fahras backup --index DIR --to EMPTY_DIR  copy the last commit, and check the copy
      common options:
        --config DIR     folder of index-config files (default ./index-config)
        --stopwords DIR  folder of stopword lists (default ./stopwords)
      """;

  private Main() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    try {
      System.exit(run(args, out, err));
    } catch (UsageException e) {
      err.println("fahras: " + e.getMessage());
      err.print(USAGE);
      System.exit(2);
    } catch (LockObtainFailedException e) {
      err.println("fahras: the index folder is in use by another Fahras process (a running server?); stop it first");
      System.exit(1);
    }
  }

  static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
    Arguments arguments = Arguments.parse(args);
    ConfigFiles config =
        new ConfigFiles(Path.of(arguments.option("config", "index-config")), Path.of(arguments.option("stopwords", "stopwords")));
    Path indexDir = Path.of(arguments.required("index"));
    return switch (arguments.command()) {
      case "index" -> index(config, indexDir, arguments, err);
      case "serve" -> serve(config, indexDir, arguments, err);
      case "search" -> search(config, indexDir, arguments, out);
      case "backup" -> backup(indexDir, arguments, err);
      default -> throw new UsageException("unknown command '" + arguments.command() + "'");
    };
  }

  private static int index(ConfigFiles config, Path indexDir, Arguments arguments, PrintStream err) throws IOException {
    if (arguments.positional().isEmpty()) {
      throw new UsageException("index needs at least one file or folder");
    }
    List<Path> paths = arguments.positional().stream().map(Path::of).toList();
    for (Path path : paths) {
      if (!path.toFile().exists()) {
        throw new UsageException("no such file or folder: " + path);
      }
    }
    try (Engine engine = Engine.open(config, indexDir)) {
      ProgressBar progress = new ProgressBar(err, IndexPipeline.countFiles(paths));
      IndexSummary summary = engine.pipeline().run(paths, progress::update);
      progress.finish();
      err.printf("indexed %d documents into %s; skipped %d%n", summary.indexed(), indexDir, summary.skipped().size());
      for (IndexSummary.Skipped skipped : summary.skipped()) {
        err.printf("  skipped %s: %s%n", skipped.origin(), skipped.reason());
      }
    }
    return 0;
  }

  private static int serve(ConfigFiles config, Path indexDir, Arguments arguments, PrintStream err) throws Exception {
    int port = arguments.intOption("port", 8080);
    String host = arguments.option("host", "localhost");
    Engine engine = Engine.open(config, indexDir);
    String tokenFile = arguments.option("token-file", null);
    WriteAccess access = WriteAccess.configure(tokenFile == null ? null : Path.of(tokenFile), System.getenv());
    FahrasServer server = new FahrasServer(engine.search(), engine.pipeline(), engine.store(), access, host, port);
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      try {
        engine.close();
      } catch (IOException e) {
        err.println("fahras: closing the index failed: " + e.getMessage());
      }
    }));
    err.printf("Fahras serves %d documents on http://%s:%d/%n", engine.search().documentCount(), host, server.port());
    Thread.currentThread().join();
    return 0;
  }

  private static int backup(Path indexDir, Arguments arguments, PrintStream err) throws IOException {
    Path target = Path.of(arguments.required("to"));
    int documents = IndexBackup.copy(indexDir, target);
    err.printf("copied the last commit of %s (%d documents) to %s; it checks clean%n", indexDir, documents, target);
    return 0;
  }

  private static TextForm mode(String name) {
    try {
      return TextForm.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--mode is stemmed, normalized or exact, not '" + name + "'");
    }
  }

  private static int search(ConfigFiles config, Path indexDir, Arguments arguments, PrintStream out) throws IOException {
    String query = String.join(" ", arguments.positional());
    Map<String, List<String>> filters = new HashMap<>();
    for (String filter : arguments.all("filter")) {
      int eq = filter.indexOf('=');
      if (eq < 1) {
        throw new UsageException("--filter takes DIM=VALUE, e.g. --filter country=LY");
      }
      filters.computeIfAbsent(filter.substring(0, eq), k -> new ArrayList<>()).add(filter.substring(eq + 1));
    }
    SearchRequest request = SearchRequest.of(query).withFilters(filters).withMode(mode(arguments.option("mode", "stemmed")));
    try (Engine engine = Engine.open(config, indexDir)) {
      SearchResponse response = engine.search().search(request);
      out.printf("%d hits for «%s» (searched: %s)%n", response.total().value(), query, String.join(" ", response.query().analyzed()));
      for (SearchResponse.Hit hit : response.hits()) {
        out.printf("%n%s  %s%n", hit.id(), hit.title());
        for (SearchResponse.Snippet snippet : hit.snippets()) {
          if (snippet.field().equals("body")) {
            out.println("  " + snippet.html().replace("<mark>", "[").replace("</mark>", "]"));
          }
        }
      }
    }
    return 0;
  }
}
