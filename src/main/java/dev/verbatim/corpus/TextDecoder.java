package dev.verbatim.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Decodes a file's bytes to text: UTF-8 (with or without a byte order mark), UTF-16 with a byte
 * order mark, or else Windows-1252, the usual encoding of older news archives.
 *
 * <p>Strict UTF-8 decoding is tried first because a Windows-1252 file with any non-ASCII byte is
 * almost never valid UTF-8, while the reverse guess would turn every {@code ’} into mojibake
 * ({@code â€™}).
 */
final class TextDecoder {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int SNIFF_BYTES = 8192;

  private TextDecoder() {}

  /**
   * Returns the decoded text, NFC-normalised, with {@code \r\n} and {@code \r} turned into {@code
   * \n} and control characters other than tab and newline removed.
   *
   * @throws InvalidArticleException when the bytes are empty or look binary
   */
  static String decode(byte[] bytes) throws InvalidArticleException {
    if (bytes.length == 0) {
      throw new InvalidArticleException("empty file");
    }
    String text;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      text = decodeUtf8OrLegacy(bytes, 3);
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    } else {
      if (looksBinary(bytes)) {
        throw new InvalidArticleException("binary file: it contains NUL bytes, so it is not text");
      }
      text = decodeUtf8OrLegacy(bytes, 0);
    }
    return clean(text);
  }

  private static String decodeUtf8OrLegacy(byte[] bytes, int offset) {
    // The JDK's lenient decoding is several times faster than a strict decoder, and gives the same
    // text for valid UTF-8; it turns malformed bytes into U+FFFD, which sends the file to the
    // strict decoder to tell a real U+FFFD from an encoding error.
    String lenient = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
    if (lenient.indexOf('\uFFFD') < 0) {
      return lenient;
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(buffer)
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
    }
  }

  private static boolean looksBinary(byte[] bytes) {
    int end = Math.min(bytes.length, SNIFF_BYTES);
    for (int i = 0; i < end; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static String clean(String text) {
    String kept =
        isClean(text) ? text : withoutControls(text.replace("\r\n", "\n").replace('\r', '\n'));
    return Normalizer.normalize(kept, Normalizer.Form.NFC);
  }

  /**
   * True when {@link #withoutControls} would change nothing: most files, and copying them costs.
   */
  private static boolean isClean(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((Character.isISOControl(c) && c != '\n' && c != '\t') || c == '\uFEFF') {
        return false; // '\r' is a control character too
      }
    }
    return true;
  }

  private static String withoutControls(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
        out.append(c == '\uFEFF' ? ' ' : c);
      }
    }
    return out.toString();
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
