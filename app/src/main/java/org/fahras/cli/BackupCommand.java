package org.fahras.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fahras.lucene.IndexBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fahras backup}: the last commit of an index, copied and checked. */
@Command(name = "backup", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Copy the last commit of an index into a new or empty folder and check it.",
        "%nSafe while a server writes to the index. The copy is an index ('serve --index' it to restore);"
            + " a copy cut short keeps BACKUP-IN-PROGRESS and is refused by serve."})
final class BackupCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--index", paramLabel = "DIR", required = true, description = "the index folder to copy")
  Path index;

  @Option(names = "--to", paramLabel = "EMPTY_DIR", required = true, description = "a new or empty folder")
  Path target;

  @Override
  public Integer call() throws Exception {
    ExistingIndex.require(index);
    IndexBackup.Copied copied = IndexBackup.copy(index, target);
    spec.commandLine().getErr().printf("copied the last commit of %s (%d documents) to %s; it checks clean%n",
        index, copied.documents(), target);
    return 0;
  }
}
