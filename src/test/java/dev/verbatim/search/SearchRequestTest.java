package dev.verbatim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SearchRequestTest {

  @Test
  void rejectsOutOfRangeParametersNamingThem() {
    assertEquals(
        "size",
        assertThrows(
                InvalidRequestException.class,
                () -> new SearchRequest("x", null, null, null, null, null, 1, 101))
            .param());
    assertEquals(
        "page",
        assertThrows(
                InvalidRequestException.class,
                () -> new SearchRequest("x", null, null, null, null, null, 0, 10))
            .param());
    assertEquals(
        "type",
        assertThrows(
                InvalidRequestException.class,
                () -> new SearchRequest("x", "tweet", null, null, null, null, 1, 10))
            .param());
    assertEquals(
        "q",
        assertThrows(
                InvalidRequestException.class,
                () -> SearchRequest.of("x".repeat(SearchRequest.MAX_QUERY_LENGTH + 1)))
            .param());
  }
}
