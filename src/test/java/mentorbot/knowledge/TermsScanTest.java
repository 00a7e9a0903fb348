package mentorbot.knowledge;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import mentorbot.testing.Knowledge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading argument text for a role, a salary level, a skill level and a region, in any order. */
class TermsScanTest {

    private final Terms terms = Knowledge.real().terms();

    private static Optional<String> roleId(Terms.Scan s) {
        return s.role().map(Role::id);
    }

    private static Optional<String> band(Terms.Scan s) {
        return s.band().map(SalaryBand::level);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "senior mlops seattle", "senior seattle mlops", "mlops senior seattle",
            "mlops seattle senior", "seattle senior mlops", "seattle mlops senior",
            "Senior MLOps Engineer in Seattle", "for a senior mlops engineer based in seattle please"})
    void roleBandAndRegionAreFoundInAnyOrder(String text) {
        Terms.Scan s = terms.scan(text);
        assertAll(
                () -> assertEquals(Optional.of("mlops-engineer"), roleId(s)),
                () -> assertEquals(Optional.of("Senior"), band(s)),
                () -> assertEquals(Optional.of("Seattle"), s.region()),
                () -> assertEquals(List.of(), s.unknown()));
    }

    @Test
    void foundationModelsAreModelsNotTheFoundationalLevel() {
        assertEquals(Optional.empty(), terms.scan("build apps on top of foundation models").skill());
        assertEquals(Optional.empty(), terms.scan("which foundational APIs matter").skill());
        assertEquals(Optional.of(SkillLevel.FOUNDATIONAL), terms.scan("what do I learn at the foundation level").skill());
    }

    @Test
    void advancedTextGenerationIsAModelsStrengthNotTheAdvancedLevel() {
        assertEquals(Optional.empty(), terms.scan("is the openai api the right pick for advanced text stuff").skill());
        assertEquals(Optional.empty(), terms.scan("gpt-4 for advanced reasoning").skill());
        assertEquals(Optional.of(SkillLevel.ADVANCED), terms.scan("what is the advanced stuff").skill());
    }

    @Test
    void aFieldsFundamentalsAreASkillNeitherARoleNorTheFoundationalLevel() {
        Terms.Scan scan = terms.scan("finished the deep learning fundamentals and some ml concepts");
        assertEquals(List.of(), scan.roles());
        assertEquals(Optional.empty(), scan.skill());
        assertEquals(1, terms.scan("what does a deep learning engineer do").roles().size());
        assertEquals(1, terms.scan("I know deep learning, which title fits").roles().size());
    }

    @Test
    void anAdvancedCourseOrDegreeIsNotTheAdvancedLevel() {
        assertEquals(Optional.empty(), terms.scan("i can take information theory or advanced databases").skill());
        assertEquals(Optional.empty(), terms.scan("do i need an advanced degree").skill());
        assertEquals(Optional.of(SkillLevel.ADVANCED), terms.scan("advanced skills for a degree holder").skill());
    }

    @Test
    void aMidSizeCompanyIsTheCompanysSizeNotTheMidLevel() {
        assertEquals(Optional.empty(), band(terms.scan("I'm on a tiny team at a mid-size company")));
        assertEquals(Optional.empty(), band(terms.scan("do mid sized startups pay less")));
        assertEquals(Optional.of("Mid"), band(terms.scan("what does a mid level engineer at a mid-size company make")));
    }

    @Test
    void multiWordNamesAreReadAsOnePhrase() {
        Terms.Scan s = terms.scan("big tech computer vision new york city");
        assertEquals(Optional.of("computer-vision-engineer"), roleId(s));
        assertEquals(Optional.of("Big Tech"), band(s));
        assertEquals(Optional.of("New York City"), s.region());
        assertEquals(List.of(), s.unknown());
    }

    @Test
    void regionInitialsAreUnderstood() {
        assertEquals(Optional.of("New York City"), terms.scan("nyc").region());
        assertEquals(Optional.of("Silicon Valley"), terms.scan("sv nlp").region());
    }

    @Test
    void skillLevelsAreFound() {
        assertEquals(Optional.of(SkillLevel.FOUNDATIONAL), terms.scan("foundational").skill());
        assertEquals(Optional.of(SkillLevel.ADVANCED), terms.scan("genai advanced").skill());
        assertEquals(Optional.of("generative-ai-developer"), roleId(terms.scan("genai advanced")));
        assertEquals(Optional.of(SkillLevel.FOUNDATIONAL), terms.scan("basics").skill());
    }

    @Test
    void smallTyposInNamesAreRead() {
        Terms.Scan s = terms.scan("senir mlopz seatle");
        assertEquals(Optional.of("mlops-engineer"), roleId(s));
        assertEquals(Optional.of("Senior"), band(s));
        assertEquals(Optional.of("Seattle"), s.region());
        assertEquals(List.of(), s.unknown());
    }

    @Test
    void unknownWordsAreReported() {
        Terms.Scan s = terms.scan("senior data wrangler");
        assertEquals(Optional.of("Senior"), band(s));
        assertEquals(Optional.empty(), s.role());
        assertEquals(List.of("data", "wrangler"), s.unknown());
    }

    @Test
    void fillerWordsAreNeitherNamesNorUnknown() {
        Terms.Scan s = terms.scan("what is the salary for a role please");
        assertEquals(List.of(), s.unknown());
        assertTrue(s.role().isEmpty() && s.band().isEmpty() && s.region().isEmpty() && s.skill().isEmpty());
    }

    @Test
    void emptyTextNamesNothing() {
        for (String text : new String[] {"", "   ", null}) {
            Terms.Scan s = terms.scan(text);
            assertTrue(s.role().isEmpty() && s.band().isEmpty() && s.skill().isEmpty() && s.region().isEmpty(), text);
            assertEquals(List.of(), s.unknown());
        }
    }

    @Test
    void theFirstRoleNamedWins() {
        assertEquals(Optional.of("nlp-engineer"), roleId(terms.scan("nlp cv")));
    }

    @Test
    void punctuationAndCaseDoNotMatter() {
        Terms.Scan s = terms.scan("SENIOR, (MLOps)!  —  Seattle?");
        assertEquals(Optional.of("mlops-engineer"), roleId(s));
        assertEquals(Optional.of("Senior"), band(s));
        assertEquals(Optional.of("Seattle"), s.region());
    }

    @Test
    void everyLevelNamedIsKeptInOrderOnceEach() {
        Terms.Scan s = terms.scan("entry vs senior, and senior again");
        assertEquals(List.of("Entry", "Senior"), s.bands().stream().map(b -> b.level()).toList());
        assertEquals(Optional.of("Entry"), band(s));
    }
}
