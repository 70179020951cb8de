package dev.verbatim.lucene;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ChecksumIndexInput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.util.StringHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link DocFacts} of an index kept in a file beside its segments, so that the next reader of
 * the same segments reads them instead of working them out again: at 1M paragraphs that took a core
 * for about a second of every server's start, the longest wait before its first answer.
 *
 * <p>The file names the segments its facts were read from (their ids and the generations of their
 * deletions and updates) and ends with a checksum; for any other reader it is ignored, and it is
 * replaced once that reader's facts are worked out. Lucene leaves it alone: its name is not a
 * segment file's.
 */
final class FactsFile {

  private static final Logger LOG = LoggerFactory.getLogger(FactsFile.class);

  static final String NAME = "verbatim-facts.bin";

  private static final String CODEC = "VerbatimDocFacts";

  /** Bump when {@link DocFacts#writeTo} writes otherwise or the facts are packed otherwise. */
  private static final int VERSION = 1;

  private FactsFile() {}

  /**
   * The segments {@code reader} reads, as the file names them, or null when they cannot be named (a
   * reader not over segments in a folder), whose facts are then not kept.
   */
  static String segmentsOf(IndexReader reader) {
    if (!(reader instanceof DirectoryReader directoryReader)
        || !(directoryReader.directory() instanceof FSDirectory)) {
      return null;
    }
    StringBuilder segments = new StringBuilder();
    for (LeafReaderContext leaf : reader.leaves()) {
      if (!(FilterLeafReader.unwrap(leaf.reader()) instanceof SegmentReader segment)) {
        return null;
      }
      SegmentCommitInfo info = segment.getSegmentInfo();
      segments
          .append(StringHelper.idToString(info.info.getId()))
          .append(' ')
          .append(info.getId() == null ? "-" : StringHelper.idToString(info.getId()))
          .append(' ')
          .append(info.getDelGen())
          .append(' ')
          .append(info.getFieldInfosGen())
          .append(' ')
          .append(info.getDocValuesGen())
          .append(';');
    }
    return segments.toString();
  }

  /**
   * The facts kept for {@code segments} (see {@link #segmentsOf}) in the folder of {@code reader},
   * or null when none are, or they are another reader's, or the file is damaged.
   */
  static DocFacts read(IndexReader reader, String segments) {
    if (segments == null) {
      return null;
    }
    FSDirectory directory = (FSDirectory) ((DirectoryReader) reader).directory();
    try (ChecksumIndexInput in = directory.openChecksumInput(NAME)) {
      CodecUtil.checkHeader(in, CODEC, VERSION, VERSION);
      if (!in.readString().equals(segments)) {
        return null;
      }
      DocFacts facts = DocFacts.readFrom(in);
      CodecUtil.checkFooter(in);
      return facts;
    } catch (NoSuchFileException | FileNotFoundException none) {
      return null;
    } catch (IOException | RuntimeException e) {
      LOG.warn(
          "ignoring {} in {}, working the facts out again: {}",
          NAME,
          directory.getDirectory(),
          e.toString());
      return null;
    }
  }

  /**
   * Keeps {@code facts}, read from {@code segments}, in the folder of {@code reader}, replacing
   * what was kept; a folder that cannot be written to only means the next start works them out.
   */
  static void write(IndexReader reader, String segments, DocFacts facts) {
    if (segments == null) {
      return;
    }
    FSDirectory directory = (FSDirectory) ((DirectoryReader) reader).directory();
    String temporary = null;
    try {
      removeUnfinished(directory.getDirectory());
      try (IndexOutput out =
          directory.createTempOutput(
              UNFINISHED + ProcessHandle.current().pid(), "new", IOContext.DEFAULT)) {
        temporary = out.getName();
        CodecUtil.writeHeader(out, CODEC, VERSION);
        out.writeString(segments);
        facts.writeTo(out);
        CodecUtil.writeFooter(out);
      }
      Path folder = directory.getDirectory();
      Files.move(
          folder.resolve(temporary),
          folder.resolve(NAME),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING); // a reader of the old file keeps it until closed
    } catch (AlreadyClosedException stopping) {
      // the search closed before its facts were kept; the next start works them out
    } catch (IOException | RuntimeException e) {
      LOG.warn(
          "cannot keep the index's facts in {}; the next start works them out again: {}",
          directory.getDirectory(),
          e.toString());
      if (temporary != null) {
        try {
          Files.deleteIfExists(directory.getDirectory().resolve(temporary));
        } catch (IOException ignored) {
          // left behind, unread: the facts are only ever read from NAME
        }
      }
    }
  }

  /**
   * How the files being written start, followed by the writing process's id: a process stopped
   * while it wrote leaves one behind, which the next write removes.
   */
  private static final String UNFINISHED = "verbatim-facts-";

  /** Removes the files that processes no longer running were writing. */
  private static void removeUnfinished(Path folder) throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, UNFINISHED + "*.tmp")) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        int end = name.indexOf('_');
        long pid;
        try {
          pid = Long.parseLong(name.substring(UNFINISHED.length(), end < 0 ? 0 : end));
        } catch (NumberFormatException | IndexOutOfBoundsException notOurs) {
          continue;
        }
        if (ProcessHandle.of(pid).map(process -> !process.isAlive()).orElse(true)) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  /** Values written a few thousand at a time: one call per value took most of a write. */
  private static final int CHUNK = 1024;

  static void writeLongs(DataOutput out, long[] values) throws IOException {
    out.writeVInt(values.length);
    ByteBuffer chunk = ByteBuffer.allocate(CHUNK * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    for (int from = 0; from < values.length; from += CHUNK) {
      int count = Math.min(CHUNK, values.length - from);
      chunk.asLongBuffer().put(values, from, count); // little-endian, as DataInput.readLongs reads
      out.writeBytes(chunk.array(), 0, count * Long.BYTES);
    }
  }

  static long[] readLongs(DataInput in) throws IOException {
    long[] values = new long[in.readVInt()];
    in.readLongs(values, 0, values.length);
    return values;
  }

  static void writeInts(DataOutput out, int[] values) throws IOException {
    out.writeVInt(values.length);
    ByteBuffer chunk = ByteBuffer.allocate(CHUNK * Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    for (int from = 0; from < values.length; from += CHUNK) {
      int count = Math.min(CHUNK, values.length - from);
      chunk.asIntBuffer().put(values, from, count);
      out.writeBytes(chunk.array(), 0, count * Integer.BYTES);
    }
  }

  static int[] readInts(DataInput in) throws IOException {
    int[] values = new int[in.readVInt()];
    in.readInts(values, 0, values.length);
    return values;
  }
}
