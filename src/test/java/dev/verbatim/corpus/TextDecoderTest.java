package dev.verbatim.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  @Test
  void decodesUtf8() throws Exception {
    assertEquals(
        "Musk’s “deal”", TextDecoder.decode("Musk’s “deal”".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void dropsUtf8ByteOrderMark() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "Title".getBytes(StandardCharsets.UTF_8);
    byte[] both = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, both, 0, 3);
    System.arraycopy(text, 0, both, 3, text.length);

    assertEquals("Title", TextDecoder.decode(both));
  }

  @Test
  void decodesWindows1252WithoutMojibake() throws Exception {
    byte[] legacy = "It’s £5 — “cheap”".getBytes(Charset.forName("windows-1252"));

    assertEquals("It’s £5 — “cheap”", TextDecoder.decode(legacy));
  }

  @Test
  void keepsAReplacementCharacterThatIsValidUtf8() throws Exception {
    // U+FFFD written on purpose is text, not the sign of a file in another encoding
    assertEquals(
        "a � b “c”", TextDecoder.decode("a \uFFFD b “c”".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void decodesUtf16WithByteOrderMark() throws Exception {
    assertEquals("café", TextDecoder.decode("\uFEFFcafé".getBytes(StandardCharsets.UTF_16BE)));
  }

  @Test
  void normalisesLineEndsAndRemovesControlCharacters() throws Exception {
    assertEquals("a\nb\nc", TextDecoder.decode("a\r\nb\r\u0007c".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void removesDeleteAndC1ControlsAndTurnsAStrayByteOrderMarkIntoASpace() throws Exception {
    assertEquals(
        "abc d\ttab",
        TextDecoder.decode("a\u0085b\u007Fc\uFEFFd\ttab".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void keepsCleanTextAsItIs() throws Exception {
    String text = "Title\n\nA paragraph,\ttabbed — “quoted” and café.\n";
    assertEquals(text, TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void composesDecomposedAccents() throws Exception {
    assertEquals("café", TextDecoder.decode("cafe\u0301".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void rejectsEmptyFile() {
    assertTrue(
        assertThrows(InvalidArticleException.class, () -> TextDecoder.decode(new byte[0]))
            .getMessage()
            .contains("empty"));
  }

  @Test
  void rejectsBinaryFile() {
    byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13};
    assertTrue(
        assertThrows(InvalidArticleException.class, () -> TextDecoder.decode(binary))
            .getMessage()
            .contains("binary"));
  }
}
