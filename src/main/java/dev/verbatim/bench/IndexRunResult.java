package dev.verbatim.bench;

/**
 * One timed index build.
 *
 * @param name what was run ("verbatim", "bare Lucene")
 * @param articles articles indexed
 * @param paragraphs paragraphs indexed
 * @param textBytes UTF-8 size of the paragraph texts
 * @param seconds wall-clock time from reading the first file to the commit (or to the merge after
 *     it)
 * @param cpuSeconds CPU time of the whole process over the same span, all threads together
 * @param compileSeconds time the JIT compiler's threads spent compiling over the same span
 * @param indexBytes size of the index folder at the end of that span
 */
public record IndexRunResult(
    String name,
    long articles,
    long paragraphs,
    long textBytes,
    double seconds,
    double cpuSeconds,
    double compileSeconds,
    long indexBytes) {

  public double articlesPerSecond() {
    return articles / seconds;
  }

  public double megabytesPerSecond() {
    return textBytes / 1e6 / seconds;
  }

  /** Index size over text size. */
  public double sizeRatio() {
    return (double) indexBytes / textBytes;
  }
}
