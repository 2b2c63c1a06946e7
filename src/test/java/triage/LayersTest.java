package triage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The layers of the code, bottom to top, as the README's architecture section names them: a
 * package may use the ones below it and never one above, and no packages use each other in a loop.
 */
class LayersTest {

  /** Bottom first. Packages on one line are one layer and must not use each other. */
  static final List<List<String>> LAYERS = List.of(
      List.of("triage.text"),
      List.of("triage.model"),
      List.of("triage.load"),
      List.of("triage.walk"),
      List.of("triage.analysis"),
      List.of("triage.check"),
      List.of("triage.render"),
      List.of("triage.api"),
      List.of("triage.session"),
      List.of("triage.transcript"),
      List.of("triage.cli"),
      List.of("triage"));

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("triage");

  @TestFactory
  List<DynamicTest> noPackageUsesOneAboveIt() {
    return IntStream.range(0, LAYERS.size()).boxed().flatMap(i -> LAYERS.get(i).stream()
        .map(pkg -> DynamicTest.dynamicTest(pkg + " uses nothing above it", () -> {
          String[] above = LAYERS.subList(i + 1, LAYERS.size()).stream().flatMap(List::stream)
              .filter(other -> !other.equals("triage")).toArray(String[]::new);
          String[] same = LAYERS.get(i).stream().filter(other -> !other.equals(pkg)).toArray(String[]::new);
          String[] forbidden = concat(above, same);
          if (forbidden.length > 0) {
            noClasses().that().resideInAPackage(pkg).should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .check(CLASSES);
          }
          if (!pkg.equals("triage")) {
            noClasses().that().resideInAPackage(pkg).should().dependOnClassesThat().resideInAPackage("triage")
                .because("only Main, at the top, lives in `triage` itself").check(CLASSES);
          }
        })))
        .toList();
  }

  /**
   * The public API keeps off the terminal and the command line, however indirectly: an embedding
   * program (a Spark job, a web form) never loads JLine or picocli through it.
   */
  @Test
  void theApiReachesNoTerminalAndNoCommandLine() {
    noClasses().that().resideInAPackage("triage.api").should().transitivelyDependOnClassesThat()
        .resideInAnyPackage("org.jline..", "picocli..", "triage.session..", "triage.transcript..", "triage.cli..")
        .check(CLASSES);
  }

  @Test
  void noPackagesUseEachOtherInALoop() {
    slices().matching("triage.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void everyPackageHasItsLayer() {
    List<String> known = LAYERS.stream().flatMap(List::stream).toList();
    List<String> unknown = CLASSES.stream().map(javaClass -> javaClass.getPackageName()).distinct()
        .filter(pkg -> !known.contains(pkg)).sorted().toList();
    assertEquals(List.of(), unknown,
        "a new package needs its place in LAYERS and in the README's architecture section");
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
