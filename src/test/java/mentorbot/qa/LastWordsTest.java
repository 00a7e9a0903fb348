package mentorbot.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model reads a long question's last words only; a short one whole. */
class LastWordsTest {

    @Test
    void aLongTextKeepsItsLastWords() {
        assertEquals("d e", LastWords.last("a b c d e", 2));
    }

    @Test
    void aTextNoLongerThanTheLimitIsReadWhole() {
        assertEquals("a b c", LastWords.last("a b c", 3));
        assertEquals("a b c", LastWords.last("a b c", 40));
        assertEquals("", LastWords.last("", 40));
    }

    @Test
    void theEncoderIsHandedTheLastWords() {
        List<String> seen = new ArrayList<>();
        SentenceEncoder recording = new SentenceEncoder() {
            @Override
            public float[] encode(String text) {
                seen.add(text);
                return new float[] {1};
            }

            @Override
            public String model() {
                return "test";
            }
        };
        new LastWords(recording, 3).encode("i am a nurse what do i learn");
        assertEquals(List.of("do i learn"), seen);
    }
}
