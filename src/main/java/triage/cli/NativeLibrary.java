package triage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.jline.nativ.JLineNativeLoader;
import org.jline.nativ.OSInfo;

/**
 * JLine's native terminal library, kept in one fixed place per JLine version
 * ({@code $XDG_CACHE_HOME/triage/jline-native-VERSION}, else {@code ~/.cache/...}) and loaded from
 * there. Left to itself JLine copies the library into {@code /tmp} under a new name at every start
 * and deletes it at exit, so a killed run leaves two files behind each time. Written once, by a
 * rename, so two runs starting together never see half a file; where the cache cannot be written,
 * JLine's own way is used. The library is found by the loader's package, which the shaded jar keeps
 * as it is (pom.xml: the library binds to those class names), so tests and the jar find the same.
 */
final class NativeLibrary {

  private NativeLibrary() {}

  /** Points JLine at the library in its fixed place, putting it there first if need be. */
  static void prepare(Map<String, String> env) {
    if (System.getProperty("library.jline.path") != null) {
      return; // set by whoever started the JVM
    }
    String name = System.mapLibraryName("jlinenative");
    String folder = OSInfo.getNativeLibFolderPathForCurrentOS();
    String resource = "/" + JLineNativeLoader.class.getPackage().getName().replace('.', '/') + "/" + folder + "/"
        + name;
    cache(env).ifPresent(home -> {
      Path dir = home.resolve("triage").resolve("jline-native-" + JLineNativeLoader.getVersion());
      try (InputStream in = JLineNativeLoader.class.getResourceAsStream(resource)) {
        if (in == null) {
          return;
        }
        byte[] library = in.readAllBytes();
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file) || !Arrays.equals(Files.readAllBytes(file), library)) {
          Files.createDirectories(dir);
          Path partial = Files.createTempFile(dir, name, ".partial");
          Files.write(partial, library);
          Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        System.setProperty("library.jline.path", dir.toString());
      } catch (IOException | RuntimeException e) {
        // No cache here (a read-only home): JLine puts the library where it always has.
      }
    });
  }

  private static Optional<Path> cache(Map<String, String> env) {
    String xdg = env.get("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Optional.of(Path.of(xdg));
    }
    String home = env.get("HOME");
    return home == null || home.isBlank() ? Optional.empty() : Optional.of(Path.of(home, ".cache"));
  }
}
