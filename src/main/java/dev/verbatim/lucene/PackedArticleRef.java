package dev.verbatim.lucene;

import java.io.IOException;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * The value of {@link Schema#ARTICLE_REF}: an article's id, title and source in one binary doc
 * value, so the other articles of a quotation are listed with one direct read each, where sorted
 * doc values would decompress a terms-dictionary block per field.
 */
public final class PackedArticleRef {

  /** Titles beyond this are cut: the reference is for display in a list. */
  private static final int MAX_TITLE_CHARS = 1_000;

  /** The article's parts, as packed. */
  public record Parts(String id, String title, String source) {}

  private PackedArticleRef() {}

  static BytesRef pack(String id, String title, String source) {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    out.writeString(id);
    out.writeString(cut(title));
    out.writeString(source);
    return new BytesRef(out.toArrayCopy());
  }

  public static Parts unpack(BytesRef packed) throws IOException {
    ByteArrayDataInput in = new ByteArrayDataInput(packed.bytes, packed.offset, packed.length);
    return new Parts(in.readString(), in.readString(), in.readString());
  }

  /** The id alone, the first part packed, as UTF-8: a view of {@code packed}'s bytes. */
  static BytesRef idOf(BytesRef packed) throws IOException {
    ByteArrayDataInput in = new ByteArrayDataInput(packed.bytes, packed.offset, packed.length);
    int length = in.readVInt();
    return new BytesRef(packed.bytes, in.getPosition(), length);
  }

  private static String cut(String title) {
    if (title.length() <= MAX_TITLE_CHARS) {
      return title;
    }
    int end =
        Character.isHighSurrogate(title.charAt(MAX_TITLE_CHARS - 1))
            ? MAX_TITLE_CHARS - 1
            : MAX_TITLE_CHARS;
    return title.substring(0, end); // a character cut in half is dropped rather than split
  }
}
