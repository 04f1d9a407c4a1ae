package org.fahras.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.fahras.index.IndexPipeline;
import org.fahras.index.IndexSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fahras index}: files and folders of articles into an index, created if new. */
@Command(name = "index", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Index files and folders of articles (.txt .md .html: one article each;",
        ".jsonl and .jsonl.gz: one article per line) into DIR, created if new."})
final class IndexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "files and folders of articles")
  List<Path> paths;

  @Option(names = "--index", paramLabel = "DIR", required = true, description = "the index folder")
  Path index;

  @Mixin ConfigOptions config;

  @Override
  public Integer call() throws Exception {
    Inputs.requireExisting(paths);
    PrintWriter err = spec.commandLine().getErr();
    try (Engine engine = Engine.open(config.files(), index)) {
      ProgressBar progress = new ProgressBar(err, IndexPipeline.countFiles(paths));
      IndexSummary summary = engine.pipeline().run(paths, progress::update);
      progress.finish();
      err.printf("indexed %d documents into %s; skipped %d%n", summary.indexed(), index, summary.skipped().size());
      for (IndexSummary.Skipped skipped : summary.skipped()) {
        err.printf("  skipped %s: %s%n", skipped.origin(), skipped.reason());
      }
    }
    return 0;
  }
}
