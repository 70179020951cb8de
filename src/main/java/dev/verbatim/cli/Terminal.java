package dev.verbatim.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Tells whether standard output is an interactive terminal (progress bars, colours) or a pipe. */
final class Terminal {

  private Terminal() {}

  @SuppressWarnings("SystemConsoleNull") // on Java 21 it is null when redirected
  static boolean isInteractive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      // Java 22+ returns a Console even when redirected; isTerminal() then tells the truth.
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException olderJdk) {
      return true;
    }
  }
}
