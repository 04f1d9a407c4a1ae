package org.fahras.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code fahras --version}: the version the jar's manifest carries. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {"fahras " + (version == null ? "(built from source, not packaged)" : version)};
  }
}
