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

    @Test
    void splitPrefersLineBreaksThenWordBoundaries() {
        assertEquals(java.util.List.of("aaa bbb", "ccc"), TextFit.split("aaa bbb ccc", 8));
        assertEquals(java.util.List.of("line one", "line two"), TextFit.split("line one\nline two", 12));
        assertEquals(java.util.List.of(), TextFit.split("   ", 10));
        assertEquals(java.util.List.of("a".repeat(10), "a".repeat(5)), TextFit.split("a".repeat(15), 10));
        assertEquals("", TextFit.fit(null, 5));
    }

    @RepeatedTest(30)
    void splitPiecesAreWithinTheLimitAndKeepEveryWord() {
        StringBuilder b = new StringBuilder();
        while (b.length() < 2_000) {
            b.append("y".repeat(1 + RANDOM.nextInt(15))).append(RANDOM.nextInt(8) == 0 ? '\n' : ' ');
        }
        String text = b.toString().strip();
        int max = 20 + RANDOM.nextInt(300);
        java.util.List<String> parts = TextFit.split(text, max);
        assertTrue(parts.stream().allMatch(p -> p.length() <= max && !p.isBlank()), parts.toString());
        assertEquals(text.replaceAll("\\s+", ""), String.join("", parts).replaceAll("\\s+", ""));
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
