package triage.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import triage.render.Messages;
import triage.transcript.TranscriptFile;

/**
 * The file {@code --save} writes a person's answers and result to: checked before the first
 * question (as a transcript is), never written through a symbolic link, readable by its owner only,
 * and written whole or not at all (a temporary file beside it, then renamed over it).
 */
final class SaveFile {

  private final Path path;

  SaveFile(Path path) {
    this.path = path;
  }

  /** Refuses, before anything is asked, a path the result could not be saved to. */
  void check() throws Failure {
    Path folder = folder();
    if (Files.isSymbolicLink(path) || Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)
        || !Files.isDirectory(folder) || !Files.isWritable(folder)
        || Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
      throw Failure.of(Failure.Kind.UNREADABLE_FILE,
          words -> words.get("save.cannot", path, reason(path, new AccessDeniedException(path.toString()), words)));
    }
  }

  void write(String text) throws Failure {
    Path partial = null;
    try {
      partial = Files.createTempFile(folder(), ".triage-save", ".partial", TranscriptFile.ownerOnly(path));
      Files.writeString(partial, text, StandardCharsets.UTF_8);
      Files.move(partial, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      try {
        if (partial != null) {
          Files.deleteIfExists(partial);
        }
      } catch (IOException ignored) {
        // the message below says what matters: nothing was saved
      }
      throw Failure.of(Failure.Kind.WRITE_FAILED, words -> words.get("save.failed", path, reason(path, e, words)));
    }
  }

  private Path folder() {
    Path parent = path.toAbsolutePath().getParent();
    return parent == null ? Path.of("/") : parent;
  }

  /** Why a file cannot be written, in a person's words. */
  static String reason(Path path, IOException e, Messages words) {
    if (Files.isSymbolicLink(path)) {
      return words.get("file.symlink");
    }
    if (Files.isDirectory(path)) {
      return words.get("record.folder");
    }
    if (path.toAbsolutePath().getParent() != null && !Files.isDirectory(path.toAbsolutePath().getParent())) {
      return words.get("record.no-folder");
    }
    if (e instanceof AccessDeniedException) {
      return words.get("record.denied");
    }
    if (e instanceof NoSuchFileException) {
      return words.get("record.cannot-create");
    }
    return e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : String.valueOf(e.getMessage());
  }
}
