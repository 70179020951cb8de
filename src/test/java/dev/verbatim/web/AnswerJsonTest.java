package dev.verbatim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.search.Facets;
import dev.verbatim.search.SearchResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerJsonTest {

  private final ObjectMapper json = new ObjectMapper();
  private final AnswerJson answers = new AnswerJson(json);

  private static SearchResponse answer(long tookMs) {
    return new SearchResponse(
        "money",
        "money",
        2,
        3,
        1,
        10,
        tookMs,
        List.of(),
        new Facets(Map.of("quote", 2L), Map.of("Elon Musk", 2L), Map.of("2025-01", 2L)),
        null,
        null);
  }

  /** The answer as Jackson alone writes it. */
  private JsonNode written(SearchResponse answer) throws IOException {
    return json.readTree(json.writeValueAsBytes(answer));
  }

  @Test
  void answerGivenAgainIsWrittenWithItsOwnTimeEachTime() throws IOException {
    SearchResponse first = answer(41);

    for (long tookMs : new long[] {41, 3, 0, 12}) { // the third and fourth from the kept JSON
      SearchResponse again = first.took(tookMs); // what a kept answer is: the same facets object
      assertEquals(written(again), json.readTree(answers.write(again)));
    }
  }

  @Test
  void differentAnswersAreWrittenAsThemselves() throws IOException {
    for (long tookMs : new long[] {5, 6, 7}) {
      SearchResponse answer = answer(tookMs);
      assertEquals(written(answer), json.readTree(answers.write(answer)));
    }
  }
}
