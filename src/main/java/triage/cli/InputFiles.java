package triage.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.LongFunction;

/** Reads a file the user named: one that cannot be read is a failure (exit 66), never a stack trace. */
final class InputFiles {

  private InputFiles() {}

  /** The file's bytes; a file over {@code maxBytes} is refused, unread, with {@code tooLarge}'s failure. */
  static byte[] read(Path path, long maxBytes, LongFunction<Failure> tooLarge) throws Failure {
    String name = path.toString();
    try {
      if (Files.isDirectory(path)) {
        throw Failure.of(Failure.Kind.UNREADABLE_FILE, "cannot read " + name + ": it is a folder, not a file");
      }
      long size = Files.size(path);
      if (size > maxBytes) {
        throw tooLarge.apply(size);
      }
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw Failure.of(Failure.Kind.UNREADABLE_FILE, "cannot read " + name + ": no such file");
    } catch (AccessDeniedException e) {
      throw Failure.of(Failure.Kind.UNREADABLE_FILE, "cannot read " + name + ": permission denied");
    } catch (IOException e) {
      throw Failure.of(Failure.Kind.UNREADABLE_FILE, "cannot read " + name + ": " + e.getMessage());
    }
  }
}
