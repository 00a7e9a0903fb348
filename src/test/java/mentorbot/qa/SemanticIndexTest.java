package mentorbot.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import mentorbot.knowledge.Entry;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.testing.TestCores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The scan over the example vectors: each label's best example, the same alone or several questions at once. */
class SemanticIndexTest {

    private static KnowledgeBase kb;
    private static Vectors vectors;
    private static SemanticIndex index;

    @BeforeAll
    static void build() {
        kb = TestCores.rig().core().knowledge().current();
        vectors = Vectors.shipped(MiniLmEncoder.MODEL);
        index = SemanticIndex.build(kb, vectors);
    }

    private static float[] vectorOf(String example) {
        return vectors.get(SemanticIndex.matchForm(example, kb)).orElseThrow();
    }

    @Test
    void anExampleAskedAgainFindsItsOwnEntryAtFullSimilarity() {
        Entry entry = kb.entry("education").orElseThrow();
        String example = entry.questions().get(0);
        SemanticIndex.Score top = index.scores(vectorOf(example)).get(0);
        assertEquals("education", top.label());
        assertEquals(1.0, top.similarity(), 1e-4);
        assertEquals(SemanticIndex.matchForm(example, kb), top.example());
    }

    @Test
    void everyLabelsScoreIsItsClosestExample() {
        float[] question = vectorOf(kb.entry("certifications").orElseThrow().questions().get(0));
        List<SemanticIndex.Score> scores = index.scores(question);
        SemanticIndex.Score education = scores.stream().filter(s -> s.label().equals("education")).findFirst().orElseThrow();
        double best = kb.entry("education").orElseThrow().questions().stream()
                .mapToDouble(q -> dot(question, vectorOf(q))).max().orElseThrow();
        assertTrue(best <= education.similarity() + 1e-5, "the title is an example too, so the label can only score higher");
        assertEquals(dot(question, vectorOf(education.example())), education.similarity(), 1e-5);
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i - 1).similarity() >= scores.get(i).similarity(), "best first");
        }
    }

    @Test
    void severalQuestionsInOnePassScoreAsEachAlone() {
        List<float[]> questions = List.of(
                vectorOf(kb.entry("education").orElseThrow().questions().get(1)),
                vectorOf(kb.entry("certifications").orElseThrow().questions().get(2)),
                vectorOf(kb.outOfField().get(0).questions().get(0)));
        List<List<SemanticIndex.Score>> together = index.scores(questions);
        for (int k = 0; k < questions.size(); k++) {
            assertEquals(index.scores(questions.get(k)), together.get(k));
        }
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
