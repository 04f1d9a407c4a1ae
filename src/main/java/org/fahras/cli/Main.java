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
import org.fahras.analysis.AnalysisResources;
import org.fahras.analysis.ArticleCountsBuilder;
import org.fahras.analysis.TextForm;
import org.fahras.clean.Cleaner;
import org.fahras.clean.CorpusReader;
import org.fahras.config.ConfigFiles;
import org.fahras.http.FahrasServer;
import org.fahras.http.WriteAccess;
import org.fahras.index.IndexBackup;
import org.fahras.index.IndexSummary;
import org.fahras.index.IndexPipeline;
import org.fahras.model.CleanArticle;
import org.fahras.model.RawDocument;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResponse;

/** The {@code fahras} command: {@code index}, {@code serve}, {@code search}, {@code backup} and {@code article-counts}. */
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
        fahras article-counts PATH... --out FILE  count how often the articles write each
                                              word with ال: the stemmer's evidence for
                                              telling a clitic from a root letter (write it
                                              to index-config/article-counts.tsv, re-index)
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
    if (arguments.command().equals("article-counts")) {
      return articleCounts(config, arguments, err);
    }
    Path indexDir = Path.of(arguments.required("index"));
    return switch (arguments.command()) {
      case "index" -> index(config, indexDir, arguments, err);
      case "serve" -> serve(config, indexDir, arguments, err);
      case "search" -> search(config, indexDir, arguments, out);
      case "backup" -> backup(indexDir, arguments, err);
      default -> throw new UsageException("unknown command '" + arguments.command() + "'");
    };
  }

  /** The files and folders named on the command line, each of which must exist. */
  private static List<Path> inputs(Arguments arguments) {
    if (arguments.positional().isEmpty()) {
      throw new UsageException(arguments.command() + " needs at least one file or folder");
    }
    List<Path> paths = arguments.positional().stream().map(Path::of).toList();
    for (Path path : paths) {
      if (!path.toFile().exists()) {
        throw new UsageException("no such file or folder: " + path);
      }
    }
    return paths;
  }

  private static int index(ConfigFiles config, Path indexDir, Arguments arguments, PrintStream err) throws IOException {
    List<Path> paths = inputs(arguments);
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

  /** Reads and cleans the articles as {@code index} would, and counts their word forms. */
  private static int articleCounts(ConfigFiles config, Arguments arguments, PrintStream err) throws IOException {
    List<Path> paths = inputs(arguments);
    Path out = Path.of(arguments.required("out"));
    ArticleCountsBuilder counts = new ArticleCountsBuilder(AnalysisResources.load(config));
    Cleaner cleaner = Cleaner.load(config);
    int[] articles = {0};
    CorpusReader reader = new CorpusReader();
    for (Path file : CorpusReader.files(paths)) {
      reader.read(file, new CorpusReader.Sink() {
        @Override
        public void accept(RawDocument document) {
          CleanArticle article = cleaner.clean(document);
          counts.add(article.title());
          counts.add(article.body());
          articles[0]++;
        }

        @Override
        public void skip(String origin, String reason) {
          err.printf("  skipped %s: %s%n", origin, reason);
        }
      });
    }
    int forms = counts.write(out, "the " + articles[0] + " articles of " + paths);
    err.printf("counted %d articles; %d word forms written to %s%n", articles[0], forms, out);
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
