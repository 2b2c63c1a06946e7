package triage.load;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import triage.model.Origin;
import triage.model.Problem;
import triage.model.Questionnaire;

/**
 * What loading a questionnaire gave, in a compact binary form that reads back in a small part of
 * the time that parsing and checking the YAML takes. The build writes one for the built-in
 * questionnaire. A snapshot names the build that made it (a key the caller works out from the code
 * that runs, so that no number has to be bumped by hand when the loader changes) and the length and
 * CRC-32 of the YAML it was made from: read by another build or against other bytes, it gives
 * nothing, and the caller loads the YAML instead.
 */
public final class Snapshot {

  private static final int MAGIC = 0x74726961; // "tria"

  private Snapshot() {}

  /** The snapshot of {@code loaded}, which came from {@code yaml}, made by the build named {@code key}. */
  public static byte[] write(String key, byte[] yaml, Loaded loaded) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      SnapshotWriter writer = new SnapshotWriter(out);
      out.writeInt(MAGIC);
      writer.string(key);
      out.writeInt(yaml.length);
      out.writeLong(crc(yaml));
      writer.origin(loaded.origin());
      writer.list(loaded.problems(), writer::problem);
      writer.optional(loaded.questionnaire(), writer::questionnaire);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** What {@code snapshot} holds, if the build named {@code key} made it from exactly {@code yaml}. */
  public static Optional<Loaded> read(byte[] snapshot, String key, byte[] yaml) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(snapshot))) {
      SnapshotReader reader = new SnapshotReader(in);
      if (in.readInt() != MAGIC || !reader.string().equals(key) || in.readInt() != yaml.length
          || in.readLong() != crc(yaml)) {
        return Optional.empty();
      }
      Origin origin = reader.origin();
      List<Problem> problems = reader.list(reader::problem);
      Optional<Questionnaire> questionnaire = reader.optional(reader::questionnaire);
      return in.read() == -1 ? Optional.of(new Loaded(questionnaire, problems, origin)) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // torn or foreign: the YAML is there to load instead
    }
  }

  private static long crc(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return crc.getValue();
  }

  /** Writes one value. */
  @FunctionalInterface
  interface Put<T> {
    void put(T value) throws IOException;
  }

  /** Reads one value. */
  @FunctionalInterface
  interface Get<T> {
    T get() throws IOException;
  }
}
