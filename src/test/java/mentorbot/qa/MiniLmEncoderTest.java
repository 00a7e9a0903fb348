package mentorbot.qa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The encoder runs the model itself; its vectors must stay those of LangChain4j's own wrapper around the same model. */
class MiniLmEncoderTest {

    private static MiniLmEncoder encoder;

    @BeforeAll
    static void load() {
        encoder = MiniLmEncoder.onDemand();
    }

    @Test
    void vectorsAreThoseOfLangChain4jsOwnModel() {
        var reference = new AllMiniLmL6V2QuantizedEmbeddingModel();
        for (String text : List.of("pay?", "I've tested software for six years, what do I learn first to become an AI engineer?",
                "is 95k a fair offer for a junior in Austin?", "Ünïcödé, emoji 🚀 and <@U123> markup")) {
            float[] ours = encoder.encode(text);
            float[] theirs = reference.embed(text).content().vector();
            assertEquals(theirs.length, ours.length);
            assertTrue(dot(ours, theirs) > 0.9999, text + ": cosine " + dot(ours, theirs));
        }
    }

    @Test
    void aVectorIsOfUnitLengthAndTheSameEachTime() {
        float[] v = encoder.encode("what does an NLP engineer do?");
        assertEquals(384, v.length);
        assertEquals(1.0, dot(v, v), 1e-5);
        assertArrayEquals(v, encoder.encode("what does an NLP engineer do?"));
    }

    @Test
    void aParaphraseIsCloserThanAnotherSubject() {
        float[] q = encoder.encode("how much do AI engineers earn?");
        assertTrue(dot(q, encoder.encode("what is the salary of an AI engineer")) > dot(q, encoder.encode("which GPU should I buy")));
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
