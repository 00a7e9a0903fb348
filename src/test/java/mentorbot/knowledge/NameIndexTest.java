package mentorbot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Finding things by name: exact, a small typo, closest suggestions, autocomplete. */
class NameIndexTest {

    private final NameIndex<String> index = NameIndex.<String>builder()
            .add("mlops", "MLOps Engineer").add("mlops", "mlops").add("mlops", "ml ops")
            .add("cv", "Computer Vision Engineer").add("cv", "cv").add("cv", "computer vision")
            .add("nlp", "NLP Engineer").add("nlp", "nlp")
            .add("ml", "Machine Learning Engineer").add("ml", "ml engineer")
            .add("platform", "ML Platform Engineer")
            .build();

    @ParameterizedTest(name = "exact \"{0}\" -> {1}")
    @CsvSource({
            "MLOps Engineer, mlops",
            "mlops engineer, mlops",
            "'  MLOPS   engineer ', mlops",
            "ml-ops, mlops",
            "ML_OPS, mlops",
            "CV, cv",
            "Computer   Vision, cv"})
    void exactIgnoresCaseSpacingAndPunctuation(String name, String expected) {
        assertEquals(Optional.of(expected), index.exact(name));
    }

    @Test
    void exactDoesNotGuess() {
        assertEquals(Optional.empty(), index.exact("mlopz"));
        assertEquals(Optional.empty(), index.exact(""));
        assertEquals(Optional.empty(), index.exact(null));
    }

    @ParameterizedTest(name = "find \"{0}\" -> {1}")
    @CsvSource({
            "mlopz, mlops",
            "mlps, mlops",
            "computr vision, cv",
            "compter vision engineer, cv",
            "machine lerning enginer, ml",
            "nlp engineer, nlp"})
    void findToleratesASmallTypo(String name, String expected) {
        assertEquals(Optional.of(expected), index.find(name));
    }

    @Test
    void findDoesNotGuessOnShortOrDistantWords() {
        assertEquals(Optional.empty(), index.find("nlx"), "three letters: too short to guess");
        assertEquals(Optional.empty(), index.find("xyzzy"));
        assertEquals(Optional.empty(), index.find("data wrangler"));
    }

    @Test
    void findDoesNotPickBetweenTwoEquallyCloseNames() {
        NameIndex<String> tie = NameIndex.<String>builder().add("A", "abcd").add("B", "abce").build();
        assertEquals(Optional.empty(), tie.find("abcf"));
        assertEquals(Optional.of("A"), tie.find("abcd"));
    }

    @Test
    void closestGivesAtMostMaxValuesBestFirstWithoutDuplicates() {
        List<String> closest = index.closest("mlop", 3);
        assertEquals(3, closest.size());
        assertEquals("mlops", closest.get(0));
        assertEquals(closest.size(), closest.stream().distinct().count());
        assertEquals(5, index.closest("zzz", 10).size(), "never more values than the index holds");
    }

    @Test
    void completeStartsWithPrefixMatchesAndStaysWithinMax() {
        List<String> done = index.complete("ml", 2);
        assertEquals(2, done.size());
        assertTrue(done.stream().allMatch(v -> v.equals("mlops") || v.equals("ml") || v.equals("platform")), done.toString());
        assertEquals("cv", index.complete("comp", 5).get(0));
        for (int max = 1; max <= 6; max++) {
            assertTrue(index.complete("e", max).size() <= max);
            assertTrue(index.complete("", max).size() <= max);
        }
    }

    @Test
    void completeFindsNamesContainingWhatWasTyped() {
        assertEquals("cv", index.complete("vision", 5).get(0));
    }

    @Test
    void theFirstNameGivenIsTheDisplayName() {
        assertEquals("MLOps Engineer", index.displayName("mlops"));
        assertEquals("Computer Vision Engineer", index.displayName("cv"));
        assertEquals("unknown", index.displayName("unknown"));
    }

    @Test
    void completeWithNothingTypedKeepsTheDeclaredOrder() {
        NameIndex.Builder<Integer> b = NameIndex.builder();
        for (int i = 0; i < 12; i++) {
            b.add(i, "name " + (char) ('a' + i));
        }
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), b.build().complete("", 12));
    }
}
