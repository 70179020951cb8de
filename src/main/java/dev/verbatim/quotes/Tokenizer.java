package dev.verbatim.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a paragraph into words, URLs and punctuation in one pass, marking the tokens inside each
 * quotation and the first token of each sentence.
 *
 * <p>A word keeps inner apostrophes, hyphens and periods ({@code don’t}, {@code co-founder}, {@code
 * U.S.}) and a final period when it is an abbreviation or an initial ({@code Mr.}, {@code J.}), so
 * that a lone {@code .} always ends a sentence.
 */
final class Tokenizer {

  private static final Pattern PARTY_TAG = Pattern.compile("[A-Z]-[A-Z][a-z]{1,5}");

  /**
   * One string per ASCII character, shared by every punctuation token instead of a new one each.
   */
  private static final String[] ASCII = new String[128];

  static {
    for (char c = 0; c < ASCII.length; c++) {
      ASCII[c] = String.valueOf(c);
    }
  }

  private Tokenizer() {}

  /** The tokens of {@code text}, whose characters are {@code chars}. */
  static List<Token> tokenize(String text, char[] chars, List<QuoteSpan> spans) {
    List<Token> tokens = new ArrayList<>();
    int span = 0;
    boolean sentenceStart = true;
    int i = 0;
    while (i < chars.length) {
      char c = chars[i];
      if (isSpace(c)) {
        i++;
        continue;
      }
      int end;
      Token.Kind kind;
      if (startsUrl(text, i)) {
        end = skipNonSpace(chars, i);
        kind = Token.Kind.URL;
      } else if (isLetterOrDigit(c)) {
        end = wordEnd(text, chars, i);
        kind = Token.Kind.WORD;
      } else {
        end = i + 1;
        kind = Token.Kind.PUNCTUATION;
      }
      while (span < spans.size() && spans.get(span).after() <= i) {
        span++;
      }
      int quote = span < spans.size() && spans.get(span).open() <= i ? span : -1;
      String tokenText =
          kind == Token.Kind.PUNCTUATION && c < ASCII.length ? ASCII[c] : text.substring(i, end);
      Token token = Token.of(tokenText, i, end, kind, quote, sentenceStart);
      tokens.add(token);
      sentenceStart = endsSentence(token, text, spans);
      i = end;
    }
    return tokens;
  }

  private static boolean endsSentence(Token token, String text, List<QuoteSpan> spans) {
    if (token.kind() == Token.Kind.URL) {
      return true;
    }
    if (token.kind() != Token.Kind.PUNCTUATION) {
      return false;
    }
    char mark = token.text().charAt(0); // a punctuation token is one character
    if (mark == '.' || mark == '!' || mark == '?') {
      return token.isOutsideQuotes();
    }
    // A closing mark after a quoted full stop ends the sentence too: “… first.” Later, she …
    if (token.quote() >= 0) {
      QuoteSpan span = spans.get(token.quote());
      return span.closed()
          && token.end() == span.after()
          && span.end() > span.start()
          && ".!?".indexOf(text.charAt(span.end() - 1)) >= 0;
    }
    return false;
  }

  private static int wordEnd(String text, char[] chars, int start) {
    int i = start + 1;
    while (i < chars.length) {
      char c = chars[i];
      if (isLetterOrDigit(c) || c >= 128 && Character.getType(c) == Character.NON_SPACING_MARK) {
        i++;
      } else if (joinsWords(c) && i + 1 < chars.length && isLetterOrDigit(chars[i + 1])) {
        i += 2;
      } else {
        break;
      }
    }
    boolean closesAside = i + 1 < chars.length && (chars[i + 1] == ')' || chars[i + 1] == ',');
    if (i < chars.length
        && chars[i] == '.'
        && (Lexicon.keepsPeriod(text.substring(start, i))
            || closesAside && PARTY_TAG.matcher(text.substring(start, i)).matches())) {
      i++; // "Rep. John Mica (R-Fla.) said", "Mitch McConnell, R-Ky., said": not a sentence end
    }
    return i;
  }

  /** A mark that a word keeps when a letter or digit follows it: don’t, co-founder, U.S., AT&T. */
  private static boolean joinsWords(char c) {
    return switch (c) {
      case '\'', '’', '.', '-', '&' -> true;
      default -> false;
    };
  }

  /**
   * Whitespace including no-break spaces, which HTML (&amp;nbsp;) and some archives put between
   * words.
   */
  static boolean isSpace(char c) {
    if (c < 128) { // the common case, without Unicode tables: space, \t..\r, the ASCII separators
      return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** A letter or a digit; ASCII, most of any English text, is decided without Unicode tables. */
  static boolean isLetterOrDigit(char c) {
    if (c < 128) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    return Character.isLetterOrDigit(c);
  }

  private static boolean startsUrl(String text, int i) {
    char c = text.charAt(i);
    return (c == 'h' || c == 'w')
        && (text.startsWith("http://", i)
            || text.startsWith("https://", i)
            || text.startsWith("www.", i));
  }

  private static int skipNonSpace(char[] chars, int i) {
    int end = i;
    while (end < chars.length && !isSpace(chars[end])) {
      end++;
    }
    return end;
  }
}
