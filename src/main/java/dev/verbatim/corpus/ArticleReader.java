package dev.verbatim.corpus;

/** Reads the articles of one file format from a file's decoded text. */
interface ArticleReader {

  /**
   * Reads the articles in {@code text}.
   *
   * @param id the article id the file's path gives (a JSON Lines file uses it as a prefix)
   * @param text the whole file, decoded, with line ends normalised to {@code \n}
   * @throws InvalidArticleException when the file holds no usable article; the message says why
   */
  ArticleBatch read(String id, String text) throws InvalidArticleException;
}
