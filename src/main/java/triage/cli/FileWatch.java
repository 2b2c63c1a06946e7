package triage.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;

/**
 * Waits for a file to be saved. It watches the file's folder, not the file, so that it also sees
 * an editor that writes a new file and renames it over the old one (vim, IntelliJ, VS Code's safe
 * write); events that come within {@link #QUIET_MS} of each other are one save. Stops only when
 * its thread is interrupted (what Ctrl-C ends, and what a test does).
 */
final class FileWatch implements AutoCloseable {

  /** How long a folder must be quiet before a burst of events counts as one save. */
  static final long QUIET_MS = 200;

  private final Path file;
  private final WatchService service;

  FileWatch(Path file) throws IOException {
    this.file = file.toAbsolutePath().normalize();
    Path folder = this.file.getParent();
    this.service = FileSystems.getDefault().newWatchService();
    folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
        StandardWatchEventKinds.ENTRY_DELETE);
  }

  /** Blocks until the file has been written, created or renamed into place, and the folder is quiet again. */
  void nextSave() throws InterruptedException {
    while (!touches(service.take())) {
      // another file of the folder changed
    }
    WatchKey more;
    while ((more = service.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) {
      touches(more);
    }
  }

  /** Whether the events of {@code key} concern the file (or were too many to tell); the key is reset. */
  private boolean touches(WatchKey key) {
    boolean touched = false;
    for (WatchEvent<?> event : key.pollEvents()) {
      touched |= event.kind() == StandardWatchEventKinds.OVERFLOW
          || event.context() instanceof Path name && name.equals(file.getFileName());
    }
    key.reset();
    return touched;
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
