package org.fahras.cli;

/** A command cannot do its job for a reason the user can act on; the message says it in one line. */
final class CommandFailure extends RuntimeException {
  CommandFailure(String message) {
    super(message);
  }
}
