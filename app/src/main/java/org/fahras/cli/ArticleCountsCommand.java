package org.fahras.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.fahras.analysis.AnalysisResources;
import org.fahras.analysis.ArticleCountsBuilder;
import org.fahras.clean.Cleaner;
import org.fahras.clean.CorpusReader;
import org.fahras.clean.RecordFields;
import org.fahras.model.CleanArticle;
import org.fahras.model.RawDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fahras article-counts}: reads and cleans the articles as {@code index} would, and counts their word forms. */
@Command(name = "article-counts", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Count how often the articles write each word with ال and without.",
        "%nThe stemmer's evidence for telling a clitic from a root letter: write it to"
            + " index-config/article-counts.tsv, then re-index."})
final class ArticleCountsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "files and folders of articles")
  List<Path> paths;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "where to write the counts")
  Path out;

  @Mixin ConfigOptions config;

  @Override
  public Integer call() throws Exception {
    Inputs.requireExisting(paths);
    PrintWriter err = spec.commandLine().getErr();
    ArticleCountsBuilder counts = new ArticleCountsBuilder(AnalysisResources.load(config.files()));
    Cleaner cleaner = Cleaner.load(config.files());
    int[] articles = {0};
    CorpusReader.Sink sink = new CorpusReader.Sink() {
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
    };
    CorpusReader reader = new CorpusReader(CorpusReader.Limits.DEFAULTS, RecordFields.load(config.files()));
    for (CorpusReader.Input input : CorpusReader.inputs(paths, sink)) {
      reader.read(input, sink);
    }
    int forms = counts.write(out, "the " + articles[0] + " articles of " + paths);
    err.printf("counted %d articles; %d word forms written to %s%n", articles[0], forms, out);
    return 0;
  }
}
