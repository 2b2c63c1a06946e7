package triage.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import triage.Cli;
import triage.Trees;

/**
 * The embedding API as a program meets it: loading (and what a broken file says), checking,
 * options, the kinds of value an answer may be, the verdict's parts against its JSON, and travel
 * between JVMs. What it gives is batch's, byte for byte: {@code triage.EmbeddingTest}.
 */
class ApiTest {

  private static final JsonFactory JSON = new JsonFactory();

  @TempDir
  Path dir;

  @Test
  void aBrokenFileIsRefusedWithEveryProblemAtItsLineAsValidateShowsIt() throws Exception {
    String broken = Trees.small("yes: {next: urgent}", "yes: {next: urgnet}").replace("max: 1000", "max: lots");
    Path file = Files.writeString(dir.resolve("broken.yaml"), broken);
    InvalidQuestionnaireException e = assertThrows(InvalidQuestionnaireException.class, () -> Questionnaire.load(file));
    assertEquals(file.toString(), e.source());
    Cli.Result validate = Cli.run("", "validate", file.toString());
    assertEquals(3, e.problems().stream().filter(Problem::isError).count(), e.getMessage()); // a reference, two types
    assertEquals(validate.out().lines().filter(line -> line.contains(": error: ")).count(), e.problems().size());
    for (Problem problem : e.problems()) {
      assertTrue(problem.toString().startsWith(file + ":" + problem.line() + ":" + problem.column() + ": error: "));
      assertTrue(validate.out().contains(problem.toString()), problem + "\nis not in validate's\n" + validate.out());
      assertTrue(e.getMessage().contains(problem.toString()));
    }
    assertThrows(InvalidQuestionnaireException.class, () -> Questionnaire.parse("broken.yaml", broken));
  }

  @Test
  void checkReportsWhatValidateReports() throws Exception {
    assertEquals(List.of(), Questionnaire.builtIn().check());
    String unsafe = Trees.small("yes: {next: urgent}", "yes: {next: pops}"); // loads, but numbness can end low
    Path file = Files.writeString(dir.resolve("unsafe.yaml"), unsafe);
    List<Problem> problems = Questionnaire.load(file).check();
    assertTrue(problems.stream().anyMatch(p -> p.isError() && p.rule().equals("safety")), problems.toString());
    List<String> lines = problems.stream().map(Problem::toString).toList();
    assertEquals(Cli.run("", "validate", file.toString()).out().lines()
        .filter(line -> line.matches(Pattern.quote(file.toString()) + ":\\d+:\\d+: .*")).toList(), lines);
  }

  @Test
  void whatIsNotAReadableFileIsAnIoException() {
    assertThrows(IOException.class, () -> Questionnaire.load(dir));
    assertThrows(IOException.class, () -> Questionnaire.load(dir.resolve("missing.yaml")));
  }

  @Test
  void theQuestionnaireSaysWhatItIs() {
    Questionnaire small = Questionnaire.parse("small.yaml", Trees.SMALL);
    assertEquals("test", small.id());
    assertEquals("1.0.0", small.version());
    assertEquals(Trees.SMALL_SHA256, small.sha256());
    assertEquals("small.yaml", small.source());
    assertEquals(List.of("chest", "numb", "pops", "sitting"), small.questionIds());
    assertEquals("en", small.language());
    assertEquals(List.of("en", "es"), Questionnaire.builtIn().languages());
    assertEquals("built-in", Questionnaire.builtIn().source());
  }

  @Test
  void optionsAreCheckedWhenSet() {
    assertThrows(IllegalArgumentException.class, () -> Options.defaults().region("GBR"));
    assertThrows(IllegalArgumentException.class, () -> Options.defaults().emergencyNumber("call 112"));
    IllegalArgumentException noFrench = assertThrows(IllegalArgumentException.class,
        () -> Questionnaire.builtIn().triager(Options.defaults().language("fr")));
    assertEquals("the questionnaire has no `fr` texts; it has en, es", noFrench.getMessage());
    assertEquals(Options.defaults().language("ES").region("gb"), Options.defaults().language("es").region("gb"));
  }

  @Test
  void theEmergencyNumberComesFromTheOptionsElseTheRegionElseTheDefault() {
    Map<String, Object> chestPain = Map.of("chest_pain", "yes");
    Questionnaire builtIn = Questionnaire.builtIn();
    assertEquals("112", builtIn.triage(chestPain).emergencyNumber().orElseThrow());
    assertEquals("Call 999 now", builtIn.triager(Options.defaults().region("GB")).triage(chestPain).title());
    assertEquals("999", builtIn.triager(Options.defaults().region("gb")).emergencyNumber().orElseThrow());
    assertEquals("911", builtIn.triager(Options.defaults().region("GB").emergencyNumber("911")).triage(chestPain)
        .emergencyNumber().orElseThrow());
    assertEquals(Cli.run("", "--answer", "chest_pain=yes", "--region", "AU", "--lang", "es", "--format", "json").out(),
        builtIn.triager(Options.defaults().region("AU").language("es")).triage(chestPain).toJson() + "\n");
  }

  @Test
  void answersAreStringsNumbersBooleansOrNull() {
    Questionnaire small = Questionnaire.parse("small.yaml", Trees.SMALL);
    Map<String, Object> typed = new LinkedHashMap<>();
    typed.put("chest", false);
    typed.put("numb", "no");
    typed.put("pops", 12.0);
    typed.put("sitting", "many");
    Map<String, Object> asText = Map.of("chest", "no", "numb", "no", "pops", "12", "sitting", "many");
    assertEquals(small.triage(asText).toJson(), small.triage(typed).toJson());
    typed.put("pops", 12L);
    assertEquals(small.triage(asText), small.triage(typed));

    Map<String, Object> gap = new LinkedHashMap<>(typed);
    gap.put("numb", null);
    Verdict assumed = small.triage(gap);
    assertEquals(List.of("numb"), assumed.assumedUnsure());
    assertEquals(Level.SEE_PROFESSIONAL, assumed.level());
    AnswerException strict = assertThrows(AnswerException.class,
        () -> small.triager(Options.defaults().strict(true)).triage(gap));
    assertEquals(AnswerException.Kind.INCOMPLETE, strict.kind());
    assertEquals("question `numb` has no answer, so there is no verdict", strict.getMessage());

    AnswerException notWhole = assertThrows(AnswerException.class, () -> small.triage(with(typed, "pops", 2.5)));
    assertEquals("`2.5` is not an answer to question `pops`; it accepts a whole number from 0 to 1000",
        notWhole.getMessage());
    AnswerException trueForAChoice = assertThrows(AnswerException.class,
        () -> small.triage(with(typed, "sitting", true)));
    assertEquals(AnswerException.Kind.INVALID_ANSWER, trueForAChoice.kind());
    assertEquals("`true` is not an answer to question `sitting`; it accepts few, many", trueForAChoice.getMessage());
    AnswerException list = assertThrows(AnswerException.class,
        () -> small.triage(with(typed, "sitting", List.of("few"))));
    assertEquals("the answer to `sitting` must be a single value (a string, a number, true or false, or null), "
        + "not a list or an object", list.getMessage());
    AnswerException typo = assertThrows(AnswerException.class, () -> small.triage(with(typed, "numbb", "no")));
    assertEquals(AnswerException.Kind.UNKNOWN_QUESTION, typo.kind());
    assertEquals("numbb", typo.question().orElseThrow());
    assertEquals("numb", typo.didYouMean().orElseThrow());
  }

  @Test
  void aVerdictsPartsAreItsJson() throws Exception {
    Questionnaire builtIn = Questionnaire.builtIn();
    Triager spanish = builtIn.triager(Options.defaults().language("es").region("US"));
    for (Map<String, Object> answers : List.<Map<String, Object>>of(Map.of("chest_pain", "yes"),
        Map.of("numbness", "yes", "pops_per_day", 3), Map.of("chest_pain", "no"))) {
      for (Verdict verdict : List.of(builtIn.triage(answers), spanish.triage(answers))) {
        Map<String, Object> json = read(verdict.toJson());
        assertEquals(json.get("level"), verdict.level().word());
        assertEquals(json.get("outcome"), verdict.outcome());
        assertEquals(json.get("title"), verdict.title());
        assertEquals(json.get("advice"), verdict.advice().stream()
            .map(a -> List.of("id", a.id(), "text", a.text())).toList());
        assertEquals(json.get("reasons"), verdict.reasons().stream()
            .map(r -> List.of("question", r.question(), "answer", r.answer(), "level", r.level().word())).toList());
        assertEquals(json.get("path"), verdict.path().stream()
            .map(s -> List.of("question", s.question(), "text", s.text(), "answer", s.answer())).toList());
        assertEquals(json.get("unused"), verdict.unused());
        assertEquals(json.get("assumed_unsure"), verdict.assumedUnsure());
        assertEquals(json.get("not_a_diagnosis"), verdict.notADiagnosis());
        assertEquals(json.get("seek_help_if"), verdict.seekHelpIf().orElse(null));
        assertEquals(json.get("emergency_number"), verdict.emergencyNumber().orElse(null));
        assertEquals(json.get("language"), verdict.language());
        Verdict.Source source = verdict.questionnaire();
        assertEquals(json.get("questionnaire"), List.of("id", source.id(), "version", source.version(), "sha256",
            source.sha256(), "source", source.source()));
      }
    }
  }

  @Test
  void aTriagerTravelsAsItsQuestionnaireAndOptions() throws Exception {
    Path file = Files.writeString(dir.resolve("small.yaml"), Trees.SMALL);
    Map<String, Object> answers = Map.of("chest", "unsure", "numb", "no", "pops", 3, "sitting", "few");
    for (Triager triager : List.of(Questionnaire.builtIn().triager(Options.defaults().language("es").strict(true)),
        Questionnaire.load(file).triager(Options.defaults().emergencyNumber("999")))) {
      Triager arrived = (Triager) travel(triager);
      assertEquals(triager.questionnaire(), arrived.questionnaire());
      assertEquals(triager.language(), arrived.language());
      assertEquals(triager.strict(), arrived.strict());
      assertEquals(triager.emergencyNumber(), arrived.emergencyNumber());
      Map<String, Object> set = triager.questionnaire().source().equals("built-in") ? Map.of("chest_pain", "yes")
          : answers;
      assertEquals(triager.triage(set).toJson(), arrived.triage(set).toJson());
    }
    assertFalse(travel(Questionnaire.builtIn()) == Questionnaire.builtIn(), "loaded again from the bytes that travelled");
    assertEquals(Questionnaire.builtIn(), travel(Questionnaire.builtIn()));
  }

  private static Map<String, Object> with(Map<String, Object> answers, String id, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(answers);
    changed.put(id, value);
    return changed;
  }

  private static Object travel(Object object) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(object);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }

  /** A JSON object as a map; an object inside it as a flat list of names and values; null as null. */
  private static Map<String, Object> read(String json) throws IOException {
    Map<String, Object> fields = new LinkedHashMap<>();
    try (JsonParser parser = JSON.createParser(json)) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        fields.put(name, value(parser, parser.nextToken()));
      }
    }
    return fields;
  }

  private static Object value(JsonParser parser, JsonToken token) throws IOException {
    if (token == JsonToken.START_ARRAY) {
      List<Object> items = new ArrayList<>();
      for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
        items.add(value(parser, item));
      }
      return items;
    }
    if (token == JsonToken.START_OBJECT) {
      List<Object> flat = new ArrayList<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        flat.add(parser.currentName());
        flat.add(value(parser, parser.nextToken()));
      }
      return flat;
    }
    return token == JsonToken.VALUE_NULL ? null : parser.getText();
  }
}
