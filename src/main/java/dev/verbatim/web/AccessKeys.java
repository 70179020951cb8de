package dev.verbatim.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The access keys that open a served archive. Only their SHA-256 digests are kept, and a key
 * offered is compared with every one of them in constant time, so neither the time an answer takes
 * nor a heap dump tells a key. A key never appears in a message: errors name it by its place.
 */
public final class AccessKeys {

  /** Keys, comma- or whitespace-separated, when no file is given. */
  public static final String ENVIRONMENT_VARIABLE = "VERBATIM_KEYS";

  /** Shorter keys could be guessed, even slowed down: 16 random characters are ~95 bits. */
  static final int MIN_LENGTH = 16;

  private final List<byte[]> digests;

  private AccessKeys(List<byte[]> digests) {
    this.digests = List.copyOf(digests);
  }

  /**
   * The keys in {@code text}: separated by commas, spaces or line breaks, a line that starts with
   * {@code #} a comment. {@code source} says where they came from, for errors.
   *
   * @throws IllegalArgumentException when there is no key, or a key is too short or holds
   *     characters outside visible ASCII
   */
  public static AccessKeys parse(String text, String source) {
    List<byte[]> digests = new ArrayList<>();
    for (String line : text.split("\\R")) {
      if (line.strip().startsWith("#")) {
        continue;
      }
      for (String key : line.split("[,\\s]+")) {
        if (key.isEmpty()) {
          continue;
        }
        int place = digests.size() + 1;
        if (key.length() < MIN_LENGTH) {
          throw new IllegalArgumentException(
              "access key "
                  + place
                  + " in "
                  + source
                  + " has "
                  + key.length()
                  + " characters; keys need at least "
                  + MIN_LENGTH
                  + " (make one with: openssl rand -base64 32)");
        }
        if (!key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
          throw new IllegalArgumentException(
              "access key " + place + " in " + source + " has characters other than visible ASCII");
        }
        digests.add(digest(key));
      }
    }
    if (digests.isEmpty()) {
      throw new IllegalArgumentException("no access key in " + source);
    }
    return new AccessKeys(digests);
  }

  /**
   * The keys in {@code file}, one or more per line ({@link #parse}).
   *
   * @throws IllegalArgumentException when the file is missing or holds no valid key
   */
  public static AccessKeys read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("no keys file at " + file, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the keys file " + file, e);
    }
  }

  /**
   * The keys of {@code file} when it is given, else those of {@value #ENVIRONMENT_VARIABLE} in
   * {@code environment}, else null: no keys.
   */
  public static AccessKeys configured(Path file, Map<String, String> environment) {
    if (file != null) {
      return read(file);
    }
    String keys = environment.get(ENVIRONMENT_VARIABLE);
    return keys == null || keys.isBlank() ? null : parse(keys, ENVIRONMENT_VARIABLE);
  }

  /** True when {@code key} is one of the keys; as slow for a wrong key as for a right one. */
  boolean accepts(String key) {
    byte[] offered = digest(key);
    boolean accepted = false;
    for (byte[] digest : digests) {
      accepted |= MessageDigest.isEqual(digest, offered);
    }
    return accepted;
  }

  private static byte[] digest(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
