package dev.verbatim.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {

  /** News sentences where the JDK's sentence iterator gets it right. */
  private static final List<String> TEXTS =
      List.of(
          "Mr. Smith said. He left.",
          "U.S. officials said it. the rest",
          "It rose 3.5 percent. Then fell!",
          "He said: “Go.” Then he left.",
          "Really? Yes! No... maybe. \"Quoted.\" Next one",
          "e.g. this is fine. And (this). [That.] Done",
          "A line\nnext line. Another",
          "Ends with period.",
          "He said \"No.\" she said",
          "Version 2.0 is out. 2020 was bad.",
          "The end.  Two spaces. ’Tis.",
          "Hello.World. Hi",
          "Costs $5.00. Fine?No. Ok",
          "He left. “Go home,” she said.",
          "He left. (The end.) Next",
          "It fell.\nThe next",
          "Why?\" he asked.",
          "Stop! she said.",
          "Why?) And",
          "Wait… Then",
          "He said ‘No.’ Then",
          "He asked Mr Ebbers \"make an accounting decision?\". \"Not that I am aware of,\" he said.",
          "A.B. Smith went. Then",
          "end.” she said",
          "",
          "One sentence without an end");

  private static List<String> sentences(BreakIterator breaks, String text) {
    breaks.setText(text);
    List<String> sentences = new ArrayList<>();
    int start = breaks.first();
    for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
      sentences.add(text.substring(start, end));
    }
    return sentences;
  }

  @Test
  void splitsNewsTextAsTheJdkSentenceIteratorDoes() {
    BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
    for (String text : TEXTS) {
      assertEquals(sentences(jdk, text), sentences(new SentenceBreaks(), text), text);
    }
  }

  @Test
  void keepsAcronymsWholeWhereTheJdkIteratorSplitsThem() {
    assertEquals(
        List.of("Families crossed the U.S.-Mexico border. ", "Examining the U.N.'s record."),
        sentences(
            new SentenceBreaks(),
            "Families crossed the U.S.-Mexico border. Examining the U.N.'s record."));
  }

  @Test
  void answersEveryOffsetAsTheJdkIteratorDoes() {
    BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
    SentenceBreaks ours = new SentenceBreaks();
    for (String text : TEXTS) {
      jdk.setText(text);
      ours.setText(text);
      for (int offset = 0; offset <= text.length(); offset++) {
        String at = text + " @" + offset;
        assertEquals(jdk.following(offset), ours.following(offset), "following " + at);
        assertEquals(jdk.current(), ours.current(), "after following " + at);
        assertEquals(jdk.preceding(offset), ours.preceding(offset), "preceding " + at);
        assertEquals(jdk.current(), ours.current(), "after preceding " + at);
        assertEquals(jdk.isBoundary(offset), ours.isBoundary(offset), "isBoundary " + at);
        assertEquals(jdk.current(), ours.current(), "after isBoundary " + at);
      }
      assertEquals(jdk.last(), ours.last(), text);
      for (int step = 0; step <= text.length() + 1; step++) {
        assertEquals(jdk.previous(), ours.previous(), "previous from the end " + text);
      }
      assertEquals(jdk.first(), ours.first(), text);
      assertEquals(jdk.next(2), ours.next(2), text);
      assertEquals(jdk.current(), ours.current(), text);
    }
  }
}
