package org.fahras.cli;

import java.nio.file.Path;
import org.fahras.config.ConfigFiles;
import picocli.CommandLine.Option;

/** The configuration folders, an option of every command that reads articles or an index. */
final class ConfigOptions {
  @Option(names = "--config", paramLabel = "DIR", defaultValue = "index-config",
      description = "folder of index-config files (default: ${DEFAULT-VALUE})")
  Path config;

  @Option(names = "--stopwords", paramLabel = "DIR", defaultValue = "stopwords",
      description = "folder of stopword lists (default: ${DEFAULT-VALUE})")
  Path stopwords;

  ConfigFiles files() {
    return new ConfigFiles(config, stopwords);
  }
}
