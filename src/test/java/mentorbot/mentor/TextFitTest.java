package mentorbot.mentor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Shortening at word boundaries. */
class TextFitTest {

    @Test
    void textThatFitsIsUnchanged() {
        assertEquals("hello world", TextFit.fit("hello world", 11));
        assertEquals("", TextFit.fit("", 5));
    }

    @Test
    void longTextIsCutAtAWordBoundaryWithAnEllipsis() {
        assertEquals("hello world…", TextFit.fit("hello world wide web", 12));
        assertEquals("hello world…", TextFit.fit("hello world wide web", 15));
    }

    @Test
    void aSpaceAtExactlyHalfTheLimitIsUsed() {
        assertEquals("hello…", TextFit.fit("hello world wide web", 11));
    }

    @Test
    void oneUnbrokenWordLongerThanHalfTheLimitIsSplitRatherThanDropped() {
        String fitted = TextFit.fit("a".repeat(50), 10);
        assertEquals("a".repeat(9) + "…", fitted);
    }

    @Test
    void lastBreakFindsTheLastSpaceAtOrBeforeTheLimit() {
        assertEquals(5, TextFit.lastBreak("hello world", 8));
        assertEquals(11, TextFit.lastBreak("hello world", 20));
        assertEquals(5, TextFit.lastBreak("hello world", 5));
    }

    private static final SplittableRandom RANDOM = new SplittableRandom(2026);

    @RepeatedTest(50)
    void fittedTextIsAlwaysWithinTheLimitAndNeverEndsMidWord() {
        StringBuilder b = new StringBuilder();
        while (b.length() < 500) {
            b.append("x".repeat(1 + RANDOM.nextInt(12))).append(' ');
        }
        String text = b.toString().strip();
        int max = 20 + RANDOM.nextInt(400);
        String fitted = TextFit.fit(text, max);
        assertTrue(fitted.length() <= max, fitted.length() + " > " + max);
        if (!fitted.equals(text)) {
            assertTrue(fitted.endsWith("…"));
            String kept = fitted.substring(0, fitted.length() - 1);
            assertTrue(text.startsWith(kept));
            assertTrue(Character.isWhitespace(text.charAt(kept.length())), "cut mid-word at " + kept.length());
        }
    }
}
