package dev.verbatim.index;

/**
 * What one index build did and what the index holds after its commit.
 *
 * @param articles articles in the index
 * @param paragraphs paragraph documents in the index
 * @param quotes quote documents in the index
 * @param written articles (re)written by this build, new or changed
 * @param unchanged articles left as they were because their fingerprint matched
 * @param removed articles deleted because their file is gone
 * @param fullRebuild true when the build started from an empty index
 */
public record BuildResult(
    long articles,
    long paragraphs,
    long quotes,
    int written,
    int unchanged,
    int removed,
    boolean fullRebuild) {}
