package dev.verbatim.index;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256: of text, as its first 64 bits; of text in parts, in hex. */
final class Hashing {

  /**
   * One digest per thread: looking the algorithm up for every hash took a third of hashing a
   * quotation's key.
   */
  private static final ThreadLocal<MessageDigest> SHA_256 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException("every JDK has SHA-256", e);
            }
          });

  private Hashing() {}

  /**
   * The SHA-256, in hex, of the parts each followed by {@code separator}: that of their
   * concatenation, without making it (a whole article's text, copied twice more to encode it).
   */
  static String sha256(List<String> parts, char separator) {
    MessageDigest digest = SHA_256.get();
    byte[] separatorBytes = String.valueOf(separator).getBytes(StandardCharsets.UTF_8);
    for (String part : parts) {
      digest.update(part.getBytes(StandardCharsets.UTF_8));
      digest.update(separatorBytes);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * The first 64 bits of the SHA-256 of {@code text}: a key that any backend, in any language,
   * computes alike.
   */
  static long sha256Long(String text) {
    return ByteBuffer.wrap(digest(text)).getLong();
  }

  private static byte[] digest(String text) {
    return SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8)); // digest() also resets it
  }
}
