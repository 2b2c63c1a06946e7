package triage;

import java.util.List;

/** The classes a JVM's {@code -Xlog:class+load} log says it loaded, and which of them an embedding program must not load. */
public final class EmbeddingClasses {

  private EmbeddingClasses() {}

  /** The class names, from lines such as {@code [0.012s][info][class,load] java.lang.Object source: shared objects file}. */
  public static List<String> loaded(List<String> log) {
    return log.stream()
        .filter(line -> line.contains("[class,load]"))
        .map(line -> line.substring(line.indexOf("[class,load]") + "[class,load]".length()).strip().split(" ")[0])
        .toList();
  }

  /** JLine's and picocli's classes, under their own names or the jar's relocated ones. */
  public static List<String> terminalOrCommandLine(List<String> classes) {
    return classes.stream().filter(name -> name.contains("org.jline.") || name.contains("picocli.")).toList();
  }
}
