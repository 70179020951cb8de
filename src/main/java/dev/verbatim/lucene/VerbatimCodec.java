package dev.verbatim.lucene;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;

/**
 * Lucene's default codec, with stored fields written uncompressed ({@link UncompressedChunks}). A
 * page of hits reads some twenty documents scattered over the index: with the default format each
 * read decompressed a shared dictionary and a block, an eighth of the server's time under a load of
 * different queries; with LZ4 in 4 KB chunks, the chunk up to the document, still a tenth of a
 * search. Here a read copies the document's own bytes; the index is a third larger. Found by name
 * through {@code META-INF/services}, as every codec is when an index is opened.
 */
public final class VerbatimCodec extends FilterCodec {

  static final String NAME = "Verbatim104";

  private final StoredFieldsFormat storedFields =
      new Lucene90CompressingStoredFieldsFormat(
          "VerbatimRawStoredFields", new UncompressedChunks(), 4 * 1024, 128, 10);

  public VerbatimCodec() {
    super(NAME, new Lucene104Codec());
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return storedFields;
  }
}
