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
    if (!canTake(path)) {
      throw Failure.of(Failure.Kind.UNREADABLE_FILE,
          words -> words.get("save.cannot", path, reason(path, new AccessDeniedException(path.toString()), words)));
    }
  }

  /**
   * Whether a file can be written whole at {@code path}: not a symbolic link, a folder or another
   * special file, and in a folder that exists and can be written; an ordinary file there is replaced.
   */
  static boolean canTake(Path path) {
    Path folder = folder(path);
    return !(Files.isSymbolicLink(path) || Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)
        || !Files.isDirectory(folder) || !Files.isWritable(folder)
        || Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS));
  }

  void write(String text) throws Failure {
    try {
      writeWhole(path, text, TranscriptFile.ownerOnly(path));
    } catch (IOException e) {
      throw Failure.of(Failure.Kind.WRITE_FAILED, words -> words.get("save.failed", path, reason(path, e, words)));
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

  private static Path folder(Path path) {
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
