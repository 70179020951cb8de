package dev.verbatim.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.verbatim.search.Facets;
import dev.verbatim.search.RecentKeys;
import dev.verbatim.search.SearchResponse;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes search answers as JSON bytes. An answer the searcher gives again from its kept answers
 * shares its facets object with the first one (every search makes a new one), so the JSON of
 * everything but {@code tookMs} is kept too, keyed by that object's identity and dropped with it;
 * only {@code tookMs} is written afresh. Under load, serialising a page of hits was most of the
 * work of giving a kept answer. Only the JSON of an answer written a second time is kept: most
 * answers are written once.
 */
final class AnswerJson {

  /** Everything but the time, which differs on every request. */
  @JsonIgnoreProperties("tookMs")
  private interface WithoutTime {}

  private static final int KEPT = 1000;

  private final ObjectMapper json;
  private final Cache<Facets, byte[]> bodies =
      Caffeine.newBuilder().weakKeys().maximumSize(KEPT).build();
  private final RecentKeys written = new RecentKeys(KEPT);

  AnswerJson(ObjectMapper json) {
    this.json = json.copy().addMixIn(SearchResponse.class, WithoutTime.class);
  }

  byte[] write(SearchResponse answer) {
    Facets facets = answer.facets();
    byte[] body = bodies.getIfPresent(facets); // weak keys compare by identity
    if (body == null) {
      body = serialise(answer);
      if (written.seenBefore(System.identityHashCode(facets))) {
        bodies.put(facets, body);
      }
    }
    byte[] time = ("{\"tookMs\":" + answer.tookMs() + ",").getBytes(StandardCharsets.US_ASCII);
    byte[] out = Arrays.copyOf(time, time.length + body.length - 1);
    System.arraycopy(
        body, 1, out, time.length, body.length - 1); // the body without its opening brace
    return out;
  }

  private byte[] serialise(SearchResponse answer) {
    try {
      return json.writeValueAsBytes(answer);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write the answer as JSON", e);
    }
  }
}
