package triage.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import triage.model.Level;

/**
 * Re-triages a stream of answer sets, writing one output line per input line in the same order:
 * the verdict, or the error for that line. A bad line never stops the batch. With several jobs,
 * chunks of lines are triaged on that many threads while this one reads the input and writes the
 * chunks back in order; a fixed number of chunks is ever in flight, and nothing is kept but
 * counts, so memory stays flat however long the input.
 */
final class Batch {

  /** Lines longer than this are errors (and are never held in memory whole). */
  static final int MAX_LINE = 1 << 20;

  /** A batch that a failed read or write stopped after {@code triaged} output lines (the last perhaps part written). */
  static final class Stopped extends Exception {
    private static final long serialVersionUID = 1L;
    final long triaged;

    Stopped(IOException cause, long triaged) {
      super(cause.getMessage(), cause);
      this.triaged = triaged;
    }
  }

  /** How many lines gave each level, how many were errors, and how many blank lines were skipped. */
  record Summary(Map<Level, Long> levels, long errors, long blank) {
    long lines() {
      return levels.values().stream().mapToLong(Long::longValue).sum() + errors;
    }
  }

  /** What a gap in a line's answers means. */
  enum Gaps {
    /** A question reached without an answer is taken as {@code unsure} where it accepts that. */
    UNSURE,
    /** A question reached without an answer makes the line an error. */
    STRICT
  }

  /** Makes the worker for the thread that calls it. */
  @FunctionalInterface
  interface Workers {
    BatchWorker make() throws IOException;
  }

  private final Workers workers;
  private final int jobs;
  private final long[] counts = new long[Level.values().length];
  private long errors;
  private long written; // output lines handed to the output

  /** {@code jobs} threads walk; with one, everything happens on the caller's thread. */
  Batch(Workers workers, int jobs) {
    this.workers = workers;
    this.jobs = jobs;
  }

  /**
   * Triages every line of {@code input} onto {@code out}. A read or write that fails (a full disk,
   * a reader gone) stops it at once: nothing after it is read, written or counted.
   *
   * @throws Stopped with the cause and how many output lines had been handed to {@code out} when it failed
   */
  Summary run(BatchInput input, OutputStream out) throws Stopped {
    try {
      if (jobs <= 1) {
        BatchWorker worker = workers.make();
        Chunk chunk = new Chunk();
        while (input.fill(chunk)) {
          worker.triage(chunk);
          write(chunk, out);
        }
      } else {
        inParallel(input, out);
      }
      out.flush();
    } catch (IOException e) {
      throw new Stopped(e, written);
    }
    Map<Level, Long> levels = new EnumMap<>(Level.class);
    for (Level level : Level.values()) {
      levels.put(level, counts[level.ordinal()]);
    }
    return new Summary(levels, errors, input.blank());
  }

  private void inParallel(BatchInput input, OutputStream out) throws IOException {
    ThreadLocal<BatchWorker> worker = new ThreadLocal<>();
    ExecutorService pool = Executors.newFixedThreadPool(jobs, task -> {
      Thread thread = new Thread(task, "triage-batch");
      thread.setDaemon(true); // a batch stopped by a failed write must not wait for them
      return thread;
    });
    // Enough chunks that every worker has the next one waiting while the oldest is written.
    int inFlight = 2 * jobs;
    Deque<Chunk> free = new ArrayDeque<>();
    for (int i = 0; i <= inFlight; i++) {
      free.add(new Chunk());
    }
    Deque<Future<Chunk>> pending = new ArrayDeque<>();
    try {
      while (true) {
        if (free.isEmpty() || pending.size() >= inFlight) {
          free.add(writeOldest(pending, out));
          continue;
        }
        Chunk chunk = free.poll();
        if (!input.fill(chunk)) {
          break;
        }
        pending.add(pool.submit(() -> {
          BatchWorker mine = worker.get();
          if (mine == null) {
            mine = workers.make();
            worker.set(mine);
          }
          mine.triage(chunk);
          return chunk;
        }));
      }
      while (!pending.isEmpty()) {
        writeOldest(pending, out);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private Chunk writeOldest(Deque<Future<Chunk>> pending, OutputStream out) throws IOException {
    Chunk chunk;
    try {
      chunk = pending.poll().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      throw new IllegalStateException(e.getCause());
    }
    write(chunk, out);
    return chunk;
  }

  private void write(Chunk chunk, OutputStream out) throws IOException {
    written += chunk.count;
    if (out instanceof Watched watched) {
      watched.write(chunk.out.bytes, 0, chunk.out.size, chunk.count); // one line out for each line in
    } else {
      chunk.out.writeTo(out);
    }
    for (int i = 0; i < counts.length; i++) {
      counts[i] += chunk.levels[i];
    }
    errors += chunk.errors;
  }
}
