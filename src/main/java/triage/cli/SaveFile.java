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
import java.nio.file.attribute.FileAttribute;
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
      throw Failure.of(Failure.Kind.UNREADABLE_FILE, "cannot save to " + path + ": "
          + reason(path, new AccessDeniedException(path.toString())));
    }
  }

  void write(String text) throws Failure {
    try {
      writeWhole(path, text, TranscriptFile.ownerOnly(path));
    } catch (IOException e) {
      throw Failure.of(Failure.Kind.WRITE_FAILED, "could not save to " + path + ": " + reason(path, e));
    }
  }

  /**
   * Writes {@code text} to {@code path} whole or not at all: into a temporary file beside it, made
   * with {@code attributes}, then renamed over it. On failure nothing is left behind.
   */
  static void writeWhole(Path path, String text, FileAttribute<?>... attributes) throws IOException {
    Path partial = null;
    try {
      partial = Files.createTempFile(folder(path), ".triage-save", ".partial", attributes);
      Files.writeString(partial, text, StandardCharsets.UTF_8);
      Files.move(partial, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      try {
        if (partial != null) {
          Files.deleteIfExists(partial);
        }
      } catch (IOException ignored) {
        // the caller says what matters: nothing was written
      }
      throw e;
    }
  }

  private Path folder() {
    return folder(path);
  }

  private static Path folder(Path path) {
    Path parent = path.toAbsolutePath().getParent();
    return parent == null ? Path.of("/") : parent;
  }

  /** Why a file cannot be written, in a person's words. */
  static String reason(Path path, IOException e) {
    if (Files.isSymbolicLink(path)) {
      return "it is a symbolic link, which triage never writes through";
    }
    if (Files.isDirectory(path)) {
      return "it is a folder";
    }
    if (path.toAbsolutePath().getParent() != null && !Files.isDirectory(path.toAbsolutePath().getParent())) {
      return "its folder does not exist";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "a file cannot be created there";
    }
    return e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : String.valueOf(e.getMessage());
  }
}
