package org.fahras.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.fahras.clean.CorpusReader;
import org.fahras.clean.RecordFields;
import org.fahras.pipeline.IndexPipeline;
import org.fahras.pipeline.IndexSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fahras index}: files and folders of articles into an index, created if new. */
@Command(name = "index", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Index files and folders of articles into an index, created if new.",
        "%n.txt, .md, .html: one article each, its id the path below the folder named without the extension;"
            + " .jsonl and .jsonl.gz: one article per line. What is indexed as it is is left alone: files with"
            + " the size and time they had at the last run are not read, records with the same id and content"
            + " are not rewritten (--full rewrites all)."})
final class IndexCommand implements Callable<Integer> {
  /** Examples of each kind of skipped input in the summary; --verbose lists them all. */
  private static final int EXAMPLES = 3;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "files and folders of articles")
  List<Path> paths;

  @Option(names = "--index", paramLabel = "DIR", required = true, description = "the index folder")
  Path index;

  @Option(names = "--full", description = "read and rewrite everything, unchanged or not")
  boolean full;

  @Option(names = "--verbose", description = "list every skipped input, not a few of each kind")
  boolean verbose;

  @Option(names = "--max-file-bytes", paramLabel = "BYTES", defaultValue = "" + CorpusReader.MAX_FILE_BYTES,
      description = "larger files are skipped (default: ${DEFAULT-VALUE})")
  long maxFileBytes;

  @Option(names = "--max-record-bytes", paramLabel = "BYTES", defaultValue = "" + CorpusReader.MAX_RECORD_BYTES,
      description = "larger JSON Lines records are skipped (default: ${DEFAULT-VALUE})")
  int maxRecordBytes;

  @Option(names = "--max-field-chars", paramLabel = "CHARS", defaultValue = "" + CorpusReader.MAX_FIELD_CHARS,
      description = "records with a longer id, title, url, source or published_at are skipped (default: ${DEFAULT-VALUE})")
  int maxFieldChars;

  @Option(names = "--map", paramLabel = "PART=FIELD,...",
      description = "JSON Lines: the record field that holds each part, e.g. body=content,published_at=date_extracted;"
          + " without it the names of index-config/record-fields.tsv are tried (parts: id, title, body, html, url, source,"
          + " published_at, tags)")
  String map = "";

  @Mixin ConfigOptions config;

  @Override
  public Integer call() throws Exception {
    Inputs.requireExisting(paths);
    if (maxFileBytes < 1 || maxRecordBytes < 1 || maxFieldChars < 1) {
      throw new UsageException("the --max-... limits are positive numbers");
    }
    PrintWriter err = spec.commandLine().getErr();
    RecordFields fields;
    try {
      fields = RecordFields.load(config.files()).with(map);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--map: " + e.getMessage());
    }
    IndexPipeline.Options options = new IndexPipeline.Options(full,
        new CorpusReader.Limits(maxFileBytes, maxRecordBytes, maxFieldChars), config.files().fingerprint() + map, fields);
    long start = System.nanoTime();
    try (Engine engine = Engine.open(config.files(), index)) {
      ProgressBar bar = new ProgressBar(err);
      AtomicReference<IndexPipeline.Progress> last = new AtomicReference<>();
      IndexSummary summary;
      try {
        summary = engine.pipeline().run(paths, options, progress -> {
          last.set(progress);
          bar.update(progress);
        });
      } catch (IOException | RuntimeException e) {
        bar.abandon();
        throw e;
      }
      bar.finish(last.get());
      print(summary, (System.nanoTime() - start) / 1e9, err);
    }
    return 0;
  }

  private void print(IndexSummary summary, double seconds, PrintWriter err) {
    err.printf(Locale.ROOT, "indexed %,d documents into %s in %s", summary.indexed(), index, ProgressBar.duration(seconds));
    if (summary.unchangedFiles() + summary.unchangedRecords() > 0) {
      err.printf(Locale.ROOT, "; unchanged since the last run: %,d files (not read: same size and time), %,d documents (same id and content)",
          summary.unchangedFiles(), summary.unchangedRecords());
    }
    err.printf(Locale.ROOT, "; skipped %,d%n", summary.skipped().size());
    for (Map.Entry<String, List<IndexSummary.Skipped>> kind : summary.skippedByKind().entrySet()) {
      List<IndexSummary.Skipped> all = kind.getValue();
      if (verbose || all.size() == 1) {
        for (IndexSummary.Skipped skipped : all) {
          err.printf("  skipped %s: %s%n", skipped.origin(), skipped.reason());
        }
        continue;
      }
      String examples = all.stream().limit(EXAMPLES).map(IndexSummary.Skipped::origin).collect(Collectors.joining(", "));
      err.printf(Locale.ROOT, "  skipped %,d: %s (%s%s)%n", all.size(), kind.getKey(), examples,
          all.size() > EXAMPLES ? ", … --verbose lists all" : "");
    }
    if (!summary.unreadDates().isEmpty()) {
      err.printf(Locale.ROOT, "%,d documents indexed without a date: their record's date could not be read (%s%s)%n",
          summary.unreadDates().size(),
          summary.unreadDates().stream().limit(verbose ? Long.MAX_VALUE : EXAMPLES)
              .map(d -> d.origin() + ": " + d.reason()).collect(Collectors.joining("; ")),
          !verbose && summary.unreadDates().size() > EXAMPLES ? "; … --verbose lists all" : "");
    }
    if (!summary.duplicates().isEmpty()) {
      err.printf(Locale.ROOT, "%,d ids met twice in this run; the first document of each was kept:%n", summary.duplicates().size());
      summary.duplicates().stream().limit(verbose ? Long.MAX_VALUE : EXAMPLES).forEach(duplicate ->
          err.printf("  id %s: kept %s, not written %s%n", duplicate.id(), duplicate.kept(), duplicate.dropped()));
      if (!verbose && summary.duplicates().size() > EXAMPLES) {
        err.println("  … --verbose lists all");
      }
    }
  }
}
