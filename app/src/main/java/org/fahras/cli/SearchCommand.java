package org.fahras.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fahras.analysis.TextForm;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fahras search}: matching ids, titles and snippets on the terminal. */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Print the ids, titles and snippets of the articles matching QUERY.")
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--index", paramLabel = "DIR", required = true, description = "the index folder")
  Path index;

  @Option(names = "--mode", paramLabel = "MODE", defaultValue = "stemmed",
      description = "stemmed, normalized or exact (default: ${DEFAULT-VALUE})")
  TextForm mode;

  @Option(names = "--filter", paramLabel = "DIM=VALUE", description = "keep hits with this facet value, e.g. --filter country=LY (repeatable)")
  List<String> filters = new ArrayList<>();

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "the query (no query: every article)")
  List<String> words = new ArrayList<>();

  @Mixin ConfigOptions config;

  @Override
  public Integer call() throws Exception {
    Map<String, List<String>> byDimension = new HashMap<>();
    for (String filter : filters) {
      int eq = filter.indexOf('=');
      if (eq < 1) {
        throw new UsageException("--filter takes DIM=VALUE, e.g. --filter country=LY, not '" + filter + "'");
      }
      byDimension.computeIfAbsent(filter.substring(0, eq), k -> new ArrayList<>()).add(filter.substring(eq + 1));
    }
    ExistingIndex.require(index);
    String query = String.join(" ", words);
    SearchRequest request = SearchRequest.of(query).withFilters(byDimension).withMode(mode);
    PrintWriter out = spec.commandLine().getOut();
    try (Engine engine = Engine.open(config.files(), index)) {
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
    out.flush();
    return 0;
  }
}
