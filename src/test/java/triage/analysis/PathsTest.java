package triage.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import triage.BuiltIn;
import triage.Trees;
import triage.model.Level;
import triage.walk.Verdict;
import triage.walk.Walker;

class PathsTest {

  private static Map<Level, Long> listedByLevel(Walker walker) {
    Map<Level, Long> byLevel = new EnumMap<>(Level.class);
    for (Level level : Level.values()) {
      byLevel.put(level, 0L);
    }
    for (Verdict path : Paths.list(walker, Integer.MAX_VALUE)) {
      byLevel.merge(path.level(), 1L, Long::sum);
    }
    return byLevel;
  }

  private static Map<Level, Long> countedByLevel(Walker walker) {
    Map<Level, Long> byLevel = new EnumMap<>(Level.class);
    Paths.count(walker).forEach((level, count) -> byLevel.put(level, count.exact()));
    return byLevel;
  }

  @Test
  void countingAgreesWithListingEveryPath() {
    Walker walker = new Walker(Trees.valid(Trees.SMALL));
    assertEquals(listedByLevel(walker), countedByLevel(walker));
    assertEquals(Map.of(Level.EMERGENCY, 1L, Level.URGENT, 10L, Level.SEE_PROFESSIONAL, 6L, Level.SELF_CARE, 2L),
        countedByLevel(walker));
  }

  /**
   * The counts were worked out outside this code, by a dozen lines of Python over questions.yaml
   * (PyYAML's BaseLoader, a memoised count over each question and level raised, skips followed);
   * only the 729 self-care paths can be checked by hand: 3 ways past `age_65` (no; yes or unsure, then
   * `strain_onset` no) times 3 sitting options times 3^4 tailoring answers.
   */
  @Test
  void theBuiltInQuestionnaireIsCountedWithoutListing() {
    Map<Level, Long> counted = countedByLevel(new Walker(BuiltIn.load().ready()));
    assertEquals(Map.of(Level.EMERGENCY, 423_359L, Level.URGENT, 923_200L, Level.SEE_PROFESSIONAL, 22_039_920_423L,
        Level.SELF_CARE, 729L), counted);
  }

  @Test
  void listingStopsAtTheLimitInDepthFirstOrder() {
    List<Verdict> first = Paths.list(new Walker(Trees.valid(Trees.SMALL)), 2);
    assertEquals(2, first.size());
    assertEquals("chest=yes", first.get(0).path().get(0).question().id() + "=" + first.get(0).path().get(0).given());
    assertEquals(Level.URGENT, first.get(1).level());
  }

  @Test
  void countsTooLargeForALongAreEstimated() {
    Count huge = Count.ONE;
    for (int i = 0; i < 200; i++) {
      huge = huge.plus(huge);
    }
    assertEquals("about 1.6e60", huge.toString());
    assertEquals("1,024", exact(1024).toString());
  }

  private static Count exact(long n) {
    Count count = Count.ZERO;
    for (long i = 0; i < n; i++) {
      count = count.plus(Count.ONE);
    }
    return count;
  }
}
