package dev.verbatim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way, and only the backends and the composition root know an engine: read from the
 * imports of the sources.
 */
class PackageDependenciesTest {

  private static final Path SOURCES = Path.of("src/main/java/dev/verbatim");
  private static final Pattern IMPORT =
      Pattern.compile(
          "^import (?:static )?((?:dev\\.verbatim\\.\\w+)|(?:org\\.apache\\.(?:lucene|solr)))\\.",
          Pattern.MULTILINE);

  /**
   * What each package may import of ours and of the engines; cli, the composition root, may import
   * everything.
   */
  private static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "corpus", Set.of(),
          "quotes", Set.of("dev.verbatim.corpus"),
          "index", Set.of("dev.verbatim.corpus", "dev.verbatim.quotes"),
          "search", Set.of(),
          "lucene",
              Set.of(
                  "dev.verbatim.corpus",
                  "dev.verbatim.quotes",
                  "dev.verbatim.index",
                  "dev.verbatim.search",
                  "org.apache.lucene"),
          "solr",
              Set.of(
                  "dev.verbatim.corpus",
                  "dev.verbatim.quotes",
                  "dev.verbatim.index",
                  "dev.verbatim.search",
                  "org.apache.solr"),
          "web", Set.of("dev.verbatim.search"));

  @Test
  void eachPackageImportsOnlyWhatComesBeforeItAndNoEngineOutsideItsBackend() throws IOException {
    List<String> violations = new ArrayList<>();
    for (var allowed : ALLOWED.entrySet()) {
      String own = "dev.verbatim." + allowed.getKey();
      try (Stream<Path> files = Files.walk(SOURCES.resolve(allowed.getKey()))) {
        files
            .filter(file -> file.toString().endsWith(".java"))
            .forEach(
                file -> {
                  Matcher imported = IMPORT.matcher(read(file));
                  while (imported.find()) {
                    String target = imported.group(1);
                    if (!target.equals(own) && !allowed.getValue().contains(target)) {
                      violations.add(SOURCES.relativize(file) + " imports " + target);
                    }
                  }
                });
      }
    }
    assertEquals(List.of(), violations);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
