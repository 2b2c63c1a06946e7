package triage.transcript;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Appends transcript lines so that none is ever lost or mixed: each line is written whole, in one
 * append, under an exclusive lock on the file (so sessions writing at the same time take turns),
 * and synced to disk before returning. If an earlier writer was killed halfway through a line, a
 * line end is added first, so the torn line stays alone and readers can skip it. Transcripts hold
 * health answers: a new file is readable by its owner only (0600), and a symbolic link is never
 * followed, so a link planted in a shared folder cannot send them elsewhere.
 */
public final class TranscriptFile {

  /**
   * A file lock belongs to the whole process, so threads of one process take turns here first
   * (locking a file twice from one process throws rather than waits).
   */
  private static final ConcurrentMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

  private final Path path;

  public TranscriptFile(Path path) {
    this.path = path;
  }

  /** The options every opening uses: never through a symbolic link. */
  private static final Set<OpenOption> OPEN = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
      StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);

  /** Owner only, for a file about someone's health (where the file system has POSIX permissions). */
  public static FileAttribute<?>[] ownerOnly(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
        : new FileAttribute<?>[0];
  }

  /**
   * Makes sure the file can be appended to, creating it (owner only) if it is not there, before a
   * session starts: a transcript that cannot be written must stop the run before the first question.
   */
  public void prepare() throws IOException {
    try (FileChannel channel = FileChannel.open(path, OPEN, ownerOnly(path))) {
      channel.size();
    }
  }

  public void append(byte[] line) throws IOException {
    ReentrantLock turn = IN_PROCESS.computeIfAbsent(path.toAbsolutePath().normalize(), p -> new ReentrantLock());
    turn.lock();
    try {
      appendLocked(line);
    } finally {
      turn.unlock();
    }
  }

  private void appendLocked(byte[] line) throws IOException {
    // Not APPEND (it cannot be combined with READ): every writer holds the lock, so writing at the
    // end as it stands under the lock is just as safe.
    try (FileChannel channel = FileChannel.open(path, OPEN, ownerOnly(path));
        FileLock lock = channel.lock()) {
      long size = channel.size();
      channel.position(size);
      ByteBuffer buffer = ByteBuffer.wrap(line);
      if (size > 0 && !endsWithNewline(channel, size)) {
        ByteBuffer mended = ByteBuffer.allocate(line.length + 1);
        mended.put((byte) '\n').put(line).flip();
        buffer = mended;
      }
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
  }

  private static boolean endsWithNewline(FileChannel channel, long size) throws IOException {
    ByteBuffer last = ByteBuffer.allocate(1);
    channel.read(last, size - 1);
    return last.get(0) == '\n';
  }
}
