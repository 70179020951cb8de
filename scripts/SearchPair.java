import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The search CPU of two builds of Verbatim over one index, in one JVM: each jar in a class loader of
 * its own, the word list searched in turns of 250 words, the builds' order swapped every turn, each
 * turn's thread CPU added to its build. Both builds see the same minutes of a machine whose speed
 * drifts by a third from run to run; within one JVM the ratio repeats within ±1% from pass to pass
 * (docs/BENCHMARKS.md). Run by scripts/search-pair.
 */
public class SearchPair {

  private static final int TURN = 250;

  /** One build: its LuceneSearch over the index, called through reflection. */
  private record Build(String name, AutoCloseable searcher, Method search, Method request) {

    static Build open(Path jar, Path index) throws Exception {
      ClassLoader loader =
          new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> search = loader.loadClass("dev.verbatim.lucene.LuceneSearch");
      Class<?> request = loader.loadClass("dev.verbatim.search.SearchRequest");
      AutoCloseable searcher =
          (AutoCloseable) search.getMethod("open", Path.class, int.class).invoke(null, index, 0);
      return new Build(
          jar.getFileName().toString(),
          searcher,
          search.getMethod("search", request),
          request.getMethod("of", String.class));
    }

    void search(String words) throws Exception {
      search.invoke(searcher, request.invoke(null, words));
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      System.err.println("usage: SearchPair INDEX WORDS PASSES BASELINE_JAR CANDIDATE_JAR");
      System.exit(2);
    }
    Path index = Path.of(args[0]);
    List<String> words = Files.readAllLines(Path.of(args[1]));
    int passes = Integer.parseInt(args[2]);
    Build[] builds = {Build.open(Path.of(args[3]), index), Build.open(Path.of(args[4]), index)};
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int pass = 0; pass < passes; pass++) {
      long[] cpu = new long[2];
      for (int from = 0; from < words.size(); from += TURN) {
        List<String> turn = words.subList(from, Math.min(words.size(), from + TURN));
        for (int k = 0; k < 2; k++) {
          int b = (k + from / TURN) % 2;
          long started = threads.getCurrentThreadCpuTime();
          for (String word : turn) {
            builds[b].search(word);
          }
          cpu[b] += threads.getCurrentThreadCpuTime() - started;
        }
      }
      System.out.printf(
          Locale.ROOT,
          "pass %d%s: %s %.4f ms, %s %.4f ms CPU per search; candidate/baseline %.4f%n",
          pass + 1,
          pass == 0 ? " (warm-up)" : "",
          builds[0].name(),
          cpu[0] / 1e6 / words.size(),
          builds[1].name(),
          cpu[1] / 1e6 / words.size(),
          (double) cpu[1] / cpu[0]);
    }
    for (Build build : builds) {
      build.searcher().close();
    }
  }
}
