package dev.verbatim.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A file shipped inside the jar (the page, the OpenAPI description), read once at start and served
 * from memory. Serving a fixed list of files, rather than a folder, leaves nothing else reachable.
 */
record BundledFile(byte[] bytes, String contentType) {

  /** The resource at {@code name} on the classpath, e.g. {@code /web/app.js}. */
  static BundledFile of(String name, String contentType) {
    try (InputStream in = BundledFile.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " in the jar");
      }
      return new BundledFile(in.readAllBytes(), contentType);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
