package triage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.LongFunction;

/**
 * Opens and reads a file the user named. Only a regular file is opened: a folder, a device such as
 * /dev/zero, or a pipe with no writer (which would block forever on opening) is refused before it
 * is touched, with exit 66, as is a file that does not exist or cannot be read; {@code -} is how
 * to give standard input. Never a stack trace.
 */
final class InputFiles {

  private InputFiles() {}

  /** The file's bytes; a file over {@code maxBytes} is refused, unread, with {@code tooLarge}'s failure. */
  static byte[] read(Path path, long maxBytes, LongFunction<Failure> tooLarge) throws Failure {
    checkRegular(path);
    try {
      long size = Files.size(path);
      if (size > maxBytes) {
        throw tooLarge.apply(size);
      }
      try (InputStream in = Files.newInputStream(path)) {
        byte[] bytes = in.readNBytes((int) maxBytes + 1); // the file may have grown since its size was read
        if (bytes.length > maxBytes) {
          throw tooLarge.apply(bytes.length);
        }
        return bytes;
      }
    } catch (IOException e) {
      throw unreadable(path, e);
    }
  }

  /** The file, opened to be read as a stream. */
  static InputStream open(Path path) throws Failure {
    checkRegular(path);
    try {
      return Files.newInputStream(path);
    } catch (IOException e) {
      throw unreadable(path, e);
    }
  }

  /** Refuses anything that is not a regular file, without opening it. */
  static void checkRegular(Path path) throws Failure {
    String name = path.toString();
    if (Files.isDirectory(path)) {
      throw Failure.said(Failure.Kind.UNREADABLE_FILE, "file.folder", name);
    }
    if (!Files.exists(path)) {
      throw Failure.said(Failure.Kind.UNREADABLE_FILE, "file.missing", name);
    }
    if (!Files.isRegularFile(path)) {
      throw Failure.said(Failure.Kind.UNREADABLE_FILE, "file.not-regular", name);
    }
  }

  private static Failure unreadable(Path path, IOException e) {
    String name = path.toString();
    if (e instanceof NoSuchFileException) {
      return Failure.said(Failure.Kind.UNREADABLE_FILE, "file.missing", name);
    }
    if (e instanceof AccessDeniedException) {
      return Failure.said(Failure.Kind.UNREADABLE_FILE, "file.denied", name);
    }
    return Failure.said(Failure.Kind.UNREADABLE_FILE, "file.unreadable", name, e.getMessage());
  }
}
