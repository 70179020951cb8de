package dev.verbatim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.verbatim.TestIndex;
import dev.verbatim.lucene.LuceneSearch;
import dev.verbatim.search.SearchBackend;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServedIndexTest {

  @TempDir Path folder;

  /** Runs {@code served.get()} on its own thread, returning once that thread is waiting in it. */
  private static CompletableFuture<Object> waitingRequest(ServedIndex served)
      throws InterruptedException {
    CompletableFuture<Object> outcome = new CompletableFuture<>();
    Thread request =
        Thread.ofPlatform()
            .start(
                () -> {
                  try {
                    outcome.complete(served.get());
                  } catch (RuntimeException e) {
                    outcome.complete(e);
                  }
                });
    while (request.getState() != Thread.State.WAITING) {
      Thread.sleep(1);
    }
    return outcome;
  }

  @Test
  void aWaitingRequestGetsTheSearcherOnceReady() throws Exception {
    TestIndex.build(folder, List.of(TestIndex.article("a/one", "One", "Some text.")));
    ServedIndex served = new ServedIndex();
    CompletableFuture<Object> request = waitingRequest(served);
    try (SearchBackend searcher = LuceneSearch.open(folder)) {
      served.ready(searcher);

      assertSame(searcher, request.get(10, TimeUnit.SECONDS));
      assertSame(searcher, served.get());
    }
  }

  @Test
  void aWaitingRequestIsToldWhyWhenTheIndexIsUnavailable() throws Exception {
    ServedIndex served = new ServedIndex();
    CompletableFuture<Object> request = waitingRequest(served);

    served.unavailable("the index is being built; try again in a moment");

    Object outcome = request.get(10, TimeUnit.SECONDS);
    assertEquals(ServedIndex.IndexUnavailableException.class, outcome.getClass());
    assertEquals(
        "the index is being built; try again in a moment", ((Exception) outcome).getMessage());
  }
}
