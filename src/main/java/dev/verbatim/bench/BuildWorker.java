package dev.verbatim.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The process {@link PairedBuilds} runs each build of Verbatim in: it loads that build's classes
 * (the class path given as arguments) with a class loader of its own, then for each line {@code
 * build CORPUS INDEX} on its input runs that build's {@code index --full} as a user would, and
 * answers {@code done SEARCHABLE MERGED CPU} (nanoseconds: to the commit, to the end of the merge,
 * and the process's CPU time), or {@code failed REASON}.
 *
 * <p>One build per JVM: with two in one JVM, each with its own class loader, every build took 1.6
 * times as long as alone (the JDK's shared code saw both copies' classes), and the one loaded
 * second a tenth longer still.
 */
public final class BuildWorker {

  private BuildWorker() {}

  public static void main(String[] classPath) throws Exception {
    PrintStream answers = System.out;
    URL[] urls = new URL[classPath.length];
    for (int i = 0; i < urls.length; i++) {
      urls[i] = Path.of(classPath[i]).toUri().toURL();
    }
    ClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
    Class<?> type;
    try {
      type = Class.forName("dev.verbatim.cli.IndexRun", true, loader);
    } catch (ClassNotFoundException e) {
      answers.println("failed " + String.join(" ", classPath) + " holds no Verbatim build");
      return;
    }
    Constructor<?> indexRun =
        type.getDeclaredConstructor(PrintWriter.class, PrintWriter.class, Clock.class);
    Method run =
        type.getDeclaredMethod("run", Path.class, Path.class, boolean.class, Runnable.class);
    indexRun.setAccessible(true);
    run.setAccessible(true);
    answers.println("ready");
    BufferedReader commands =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = commands.readLine(); line != null; line = commands.readLine()) {
      String[] words = line.split("\t");
      if (words.length != 3 || !words[0].equals("build")) {
        answers.println("failed not a command: " + line);
        continue;
      }
      answers.println(build(indexRun, run, Path.of(words[1]), Path.of(words[2])));
    }
  }

  private static String build(Constructor<?> indexRun, Method run, Path corpus, Path index) {
    PrintWriter silent = new PrintWriter(Writer.nullWriter());
    try {
      PairedBuilds.emptied(index);
      System.gc(); // the previous build's garbage is not this one's to collect
      long startCpu = BuildClock.processCpuNanos();
      long start = System.nanoTime();
      long[] searchable = new long[1];
      Object exit =
          run.invoke(
              indexRun.newInstance(silent, silent, Clock.systemUTC()),
              corpus,
              index,
              true,
              (Runnable) () -> searchable[0] = System.nanoTime());
      long end = System.nanoTime();
      if (!Integer.valueOf(0).equals(exit)) {
        return "failed the build of " + corpus + " ended with exit code " + exit;
      }
      return "done %d %d %d"
          .formatted(searchable[0] - start, end - start, BuildClock.processCpuNanos() - startCpu);
    } catch (InvocationTargetException e) {
      return "failed " + e.getCause();
    } catch (ReflectiveOperationException | RuntimeException e) {
      return "failed " + e;
    }
  }
}
