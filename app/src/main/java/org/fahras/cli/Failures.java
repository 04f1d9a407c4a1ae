package org.fahras.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What the user sees when a command fails: one line saying what went wrong, never a stack trace
 * (FAHRAS_DEBUG=1 adds it for a developer). A wrong command line exits with 2, a failure with 1.
 */
final class Failures {
  static final int WRONG_COMMAND_LINE = 2;
  static final int FAILED = 1;

  private Failures() {}

  static int wrongCommandLine(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("fahras: " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help'.");
    return WRONG_COMMAND_LINE;
  }

  static int failed(Exception e, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    if (e instanceof UsageException) {
      err.println("fahras: " + e.getMessage());
      err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help'.");
      return WRONG_COMMAND_LINE;
    }
    err.println("fahras: " + describe(e));
    if (System.getenv("FAHRAS_DEBUG") != null) {
      e.printStackTrace(err);
    }
    return FAILED;
  }

  /** One line for a failure, in the user's terms where the kind of failure is known. */
  static String describe(Throwable e) {
    if (e instanceof CommandFailure) {
      return e.getMessage();
    }
    if (e instanceof UncheckedIOException unchecked) {
      return describe(unchecked.getCause());
    }
    if (isDiskFull(e)) {
      return "the disk is full (" + e.getMessage() + "); free some space and run the command again";
    }
    if (e instanceof NoSuchFileException missing) {
      return "no such file or folder: " + missing.getFile();
    }
    if (e instanceof AccessDeniedException denied) {
      return "permission denied: " + denied.getFile();
    }
    if (e instanceof FileAlreadyExistsException exists) {
      return "already exists: " + exists.getFile();
    }
    if (e instanceof FileSystemException fs) {
      return fs.getFile() + ": " + fs.getReason();
    }
    if (e instanceof IOException && e.getMessage() != null) {
      return e.getMessage();
    }
    return "unexpected failure: " + e + " (run with FAHRAS_DEBUG=1 for the stack trace)";
  }

  private static boolean isDiskFull(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (t instanceof IOException && message != null
          && message.toLowerCase(Locale.ROOT).contains("no space left on device")) {
        return true;
      }
    }
    return false;
  }
}
