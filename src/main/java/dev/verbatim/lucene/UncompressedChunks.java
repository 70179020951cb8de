package dev.verbatim.lucene;

import java.io.IOException;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * Stored-field chunks written as they are: reading one document copies its own bytes and skips the
 * rest of its chunk, where a compressed chunk must be decompressed up to the document first.
 */
final class UncompressedChunks extends CompressionMode {

  @Override
  public Compressor newCompressor() {
    return new Compressor() {
      @Override
      public void compress(ByteBuffersDataInput chunk, DataOutput out) throws IOException {
        out.copyBytes(chunk, chunk.length() - chunk.position());
      }

      @Override
      public void close() {}
    };
  }

  @Override
  public Decompressor newDecompressor() {
    return new Decompressor() {
      @Override
      public void decompress(DataInput in, int chunkLength, int offset, int length, BytesRef bytes)
          throws IOException {
        bytes.bytes = ArrayUtil.growNoCopy(bytes.bytes, length);
        in.skipBytes(offset);
        in.readBytes(bytes.bytes, 0, length);
        in.skipBytes(chunkLength - offset - length); // past the chunk, as decompressing reads it
        bytes.offset = 0;
        bytes.length = length;
      }

      @Override
      public Decompressor clone() {
        return this; // it keeps no state
      }
    };
  }

  @Override
  public String toString() {
    return "UNCOMPRESSED";
  }
}
