package dev.verbatim.lucene;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;

/**
 * Lucene's default codec, with stored fields compressed in small chunks and without a preset
 * dictionary. A page of hits reads some twenty documents scattered over the index; with the default
 * format each read decompresses a shared dictionary and a block, which took an eighth of the
 * server's time under a load of different queries. Here a read decompresses at most the 4 KB before
 * the document. The index is a little larger. Found by name through {@code META-INF/services}, as
 * every codec is when an index is opened.
 */
public final class VerbatimCodec extends FilterCodec {

  static final String NAME = "Verbatim104";

  private final StoredFieldsFormat storedFields =
      new Lucene90CompressingStoredFieldsFormat(
          "VerbatimStoredFields", CompressionMode.FAST, 4 * 1024, 128, 10);

  public VerbatimCodec() {
    super(NAME, new Lucene104Codec());
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return storedFields;
  }
}
