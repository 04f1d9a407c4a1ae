package org.fahras.cli;

/** The command line is wrong; the message says how, and a pointer to the command's help follows. */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }
}
