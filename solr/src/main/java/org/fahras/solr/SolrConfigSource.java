package org.fahras.solr;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.solr.cloud.ZkSolrResourceLoader;
import org.apache.solr.common.cloud.SolrZkClient;
import org.apache.solr.core.SolrResourceLoader;
import org.apache.solr.core.SolrResourceNotFoundException;
import org.apache.zookeeper.KeeperException;
import org.fahras.config.ConfigFolder;
import org.fahras.config.ConfigSource;

/**
 * One folder of a core's configset ({@code index-config}, {@code stopwords}), read through the
 * core's {@link SolrResourceLoader}: in SolrCloud from ZooKeeper, where {@code bin/solr zk upconfig}
 * put it, in a standalone core from its {@code conf/} folder.
 */
final class SolrConfigSource implements ConfigSource {
  private final SolrResourceLoader loader;
  private final String folder;

  SolrConfigSource(SolrResourceLoader loader, String folder) {
    this.loader = loader;
    this.folder = folder;
  }

  @Override
  public Optional<byte[]> read(String name) throws IOException {
    try (InputStream in = loader.openResource(folder + "/" + name)) {
      return Optional.of(in.readAllBytes());
    } catch (SolrResourceNotFoundException absent) {
      return Optional.empty();
    }
  }

  @Override
  public List<String> names() throws IOException {
    if (!(loader instanceof ZkSolrResourceLoader zk)) {
      return new ConfigFolder(loader.getConfigPath().resolve(folder)).names();
    }
    List<String> names = new ArrayList<>();
    try {
      SolrZkClient client = zk.getZkController().getZkClient();
      String root = zk.getConfigSetZkPath() + "/" + folder;
      if (client.exists(root, true)) {
        collect(client, root, "", names);
      }
    } catch (KeeperException e) {
      throw new IOException("cannot list " + describe(""), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while listing " + describe(""), e);
    }
    names.sort(null);
    return names;
  }

  /** The files below a ZooKeeper node: nodes without children are files. */
  private static void collect(SolrZkClient client, String node, String prefix, List<String> names)
      throws KeeperException, InterruptedException {
    for (String child : client.getChildren(node, null, true)) {
      String path = node + "/" + child;
      if (client.getChildren(path, null, true).isEmpty()) {
        names.add(prefix + child);
      } else {
        collect(client, path, prefix + child + "/", names);
      }
    }
  }

  @Override
  public String describe(String name) {
    String where = loader instanceof ZkSolrResourceLoader zk ? "zookeeper:" + zk.getConfigSetZkPath() : loader.getConfigPath().toString();
    return where + "/" + folder + "/" + name;
  }
}
