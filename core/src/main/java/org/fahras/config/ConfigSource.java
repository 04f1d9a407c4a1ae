package org.fahras.config;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Where configuration files come from, by name ({@code countries.tsv}): a folder of a checkout
 * ({@link ConfigFolder}), or the configuration set a search server keeps, such as Solr's in
 * ZooKeeper. The loaders only ask for names, so the same word lists serve every deployment.
 */
public interface ConfigSource {
  /** The bytes of the named file, or empty when the source has no file of that name. */
  Optional<byte[]> read(String name) throws IOException;

  /** Every file name the source holds, sorted: what a fingerprint of the configuration covers. */
  List<String> names() throws IOException;

  /** Where the named file is, for error messages. */
  String describe(String name);
}
