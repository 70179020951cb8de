package dev.verbatim.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verbatim index}: builds or updates the index from the corpus folder, in one commit. */
@Command(
    name = "index",
    description = "Builds the index from the articles in the corpus folder, or updates it: unchanged articles are kept, "
        + "changed ones rewritten, deleted ones removed. The build ends in one commit, so a server reading the "
        + "index sees either the old or the new one. Exit 0 when articles were indexed, 1 when none could be.")
final class IndexCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CorpusFolderOption corpus;

  @Mixin IndexFolderOption index;

  @Option(names = "--full", description = "Rewrite every article, even unchanged ones.")
  boolean full;

  @Override
  public Integer call() {
    return new IndexRun(spec.commandLine().getOut(), spec.commandLine().getErr(), Clock.systemUTC())
        .run(corpus.folder, index.folder, full);
  }
}
