package mentorbot.qa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentEncodingsTest {

    /** Counts what reaches the model. */
    private static final class CountingEncoder implements SentenceEncoder {
        final List<String> encoded = new ArrayList<>();

        @Override
        public float[] encode(String text) {
            encoded.add(text);
            return new float[] {text.length(), 1f};
        }

        @Override
        public String model() {
            return "counting";
        }
    }

    @Test
    void aTextEncodedLatelyIsNotEncodedAgain() {
        CountingEncoder model = new CountingEncoder();
        RecentEncodings recent = new RecentEncodings(model, 16);
        float[] first = recent.encode("pay?");
        float[] again = recent.encode("pay?");
        recent.encode("certs?");
        assertArrayEquals(first, again);
        assertEquals(List.of("pay?", "certs?"), model.encoded);
        assertEquals("counting", recent.model());
    }

    @Test
    void itKeepsNoMoreThanItsBound() {
        CountingEncoder model = new CountingEncoder();
        RecentEncodings recent = new RecentEncodings(model, 2);
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 50; i++) {
                recent.encode("question " + i);
            }
        }
        // 50 distinct texts through a bound of 2: an unbounded memory would encode each once (50 in all).
        assertEquals(true, model.encoded.size() > 100, "encoded " + model.encoded.size());
    }
}
