/**
 * The {@code verbatim} command line: one picocli command class per subcommand.
 *
 * <p>Commands are the composition roots: they open the corpus, the index and the searcher from
 * their options, wire the stages together and print results. They hold no rules of their own.
 */
package dev.verbatim.cli;
