package triage.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Names the build that runs: the jar this code was loaded from, and a key made of the name, size
 * and CRC-32 of every entry in it (read from the jar's directory, not its contents, so it costs a
 * millisecond or two). Two jars have the same key exactly when they hold the same files; what the
 * build writes beside its jar (the snapshot of the built-in questionnaire) carries the key, so it
 * is never read by any other build.
 */
final class BuildKey {

  private BuildKey() {}

  /** The jar this code runs from; empty when it runs from a folder of classes (tests, an IDE). */
  static Optional<Path> jar() {
    CodeSource source = BuildKey.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return Optional.empty();
    }
    try {
      Path path = Path.of(source.getLocation().toURI());
      return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The key of a jar. */
  static String of(Path jar) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
        ZipEntry entry = entries.nextElement();
        digest.update((entry.getName() + '\0' + entry.getSize() + '\0' + entry.getCrc() + '\n')
            .getBytes(StandardCharsets.UTF_8));
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Where the build keeps what it made for a jar: beside it, {@code triage.jar} giving {@code triage.EXTENSION}. */
  static Path beside(Path jar, String extension) {
    String name = jar.getFileName().toString();
    return jar.resolveSibling((name.endsWith(".jar") ? name.substring(0, name.length() - 4) : name) + "." + extension);
  }
}
