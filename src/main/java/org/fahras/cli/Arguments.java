package org.fahras.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A parsed command line: the command, {@code --name value} options (repeatable), and the rest. */
record Arguments(String command, Map<String, List<String>> options, List<String> positional) {

  static Arguments parse(String[] args) {
    if (args.length == 0) {
      throw new UsageException("no command given");
    }
    Map<String, List<String>> options = new HashMap<>();
    List<String> positional = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      if (args[i].startsWith("--")) {
        if (i + 1 >= args.length) {
          throw new UsageException(args[i] + " needs a value");
        }
        options.computeIfAbsent(args[i].substring(2), k -> new ArrayList<>()).add(args[++i]);
      } else {
        positional.add(args[i]);
      }
    }
    return new Arguments(args[0], options, positional);
  }

  String option(String name, String fallback) {
    List<String> values = options.get(name);
    return values == null ? fallback : values.getLast();
  }

  String required(String name) {
    String value = option(name, null);
    if (value == null) {
      throw new UsageException("--" + name + " is required");
    }
    return value;
  }

  int intOption(String name, int fallback) {
    String value = option(name, null);
    try {
      return value == null ? fallback : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " takes a number, not '" + value + "'");
    }
  }

  List<String> all(String name) {
    return options.getOrDefault(name, List.of());
  }
}
