package triage.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the lines of a batch are laid out: which key holds a line's own id, which keys are copied
 * unchanged to its output line ({@code --keep}), and, with {@code --answers-field}, the one key the
 * answers sit under (every other key of the line then being the line's own). Any other key must be
 * a question: a misspelt answer is an error, never a column quietly passed over.
 */
record Columns(String idField, List<String> keep, Optional<String> answersField) {

  static final String DEFAULT_ID = "id";

  Columns {
    keep = List.copyOf(keep);
  }

  /** Where each kept column goes, by name. */
  Map<String, Integer> keepIndex() {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < keep.size(); i++) {
      index.put(keep.get(i).intern(), i); // interned, as JSON field names arrive
    }
    return index;
  }

  /** The names a line may hold besides questions, offered when a key is misspelt. */
  List<String> ownNames() {
    List<String> names = new java.util.ArrayList<>(keep);
    names.add(idField);
    answersField.ifPresent(names::add);
    return names;
  }
}
