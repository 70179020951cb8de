package dev.verbatim.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The baseline the real pipeline is compared with: the same paragraph texts, read from the same
 * generated JSON Lines files, each indexed as one {@code TextField} with Lucene's {@code
 * StandardAnalyzer} and nothing else, in one commit.
 */
public final class BareLuceneIndexer {

  private BareLuceneIndexer() {}

  public static IndexRunResult run(Path corpus, Path index) {
    ObjectMapper json = new ObjectMapper();
    BuildClock clock = new BuildClock();
    long articles = 0;
    long paragraphs = 0;
    long bytes = 0;
    IndexWriterConfig config =
        new IndexWriterConfig(new StandardAnalyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setRAMBufferSizeMB(128);
    try (Directory directory = FSDirectory.open(index);
        IndexWriter writer = new IndexWriter(directory, config)) {
      for (Path file : jsonLinesFiles(corpus)) {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            JsonNode article = json.readTree(line);
            articles++;
            for (JsonNode paragraph : article.get("paragraphs")) {
              Document document = new Document();
              document.add(new TextField("text", paragraph.asText(), Field.Store.NO));
              writer.addDocument(document);
              paragraphs++;
              bytes += paragraph.asText().getBytes(StandardCharsets.UTF_8).length;
            }
          }
        }
      }
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("bare Lucene baseline failed on " + corpus, e);
    }
    return clock.stop("bare Lucene", articles, paragraphs, bytes, folderSize(index));
  }

  static List<Path> jsonLinesFiles(Path corpus) throws IOException {
    try (Stream<Path> files = Files.list(corpus)) {
      return files.filter(file -> file.toString().endsWith(".jsonl")).sorted().toList();
    }
  }

  /** The total size of the files in a folder (an index is flat). */
  public static long folderSize(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(Files::isRegularFile)
          .mapToLong(
              file -> {
                try {
                  return Files.size(file);
                } catch (IOException e) {
                  return 0; // a file Lucene deleted while we listed
                }
              })
          .sum();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }
}
