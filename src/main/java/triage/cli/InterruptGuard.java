package triage.cli;

/**
 * While a session runs, makes sure a Ctrl-C or SIGTERM that ends the process (rather than one a
 * line reader catches) still says that no verdict was given. The exit code is the JVM's own: 130
 * for SIGINT, 143 for SIGTERM.
 */
final class InterruptGuard implements AutoCloseable {

  private final Thread hook;

  InterruptGuard(Runnable onInterrupt) {
    hook = new Thread(onInterrupt, "triage-interrupted");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running or has run: nothing to undo.
    }
  }
}
