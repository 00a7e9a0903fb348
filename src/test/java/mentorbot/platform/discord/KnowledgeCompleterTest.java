package mentorbot.platform.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import mentorbot.knowledge.Faq;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.KnowledgeSource;
import mentorbot.knowledge.NameIndex;
import mentorbot.knowledge.Role;
import mentorbot.knowledge.SkillLevel;
import mentorbot.knowledge.Terms;
import mentorbot.mentor.CommandSpec.ValueSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Autocomplete reads the knowledge model's own name indexes (mocked snapshot, real NameIndex). */
class KnowledgeCompleterTest {

    KnowledgeCompleter completer;

    private static Role role(String id, String title, String... aliases) {
        return new Role(id, title, List.of(aliases), "Senior", "Focus", true, "Summary", List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), "seed-ai-engineer");
    }

    @BeforeEach
    void setUp() {
        NameIndex.Builder<Role> roles = NameIndex.builder();
        for (Role r : List.of(role("mlops-engineer", "MLOps Engineer", "mlops"),
                role("nlp-engineer", "NLP Engineer", "nlp"), role("ml-engineer", "Machine Learning Engineer", "ml"))) {
            roles.add(r, r.title());
            r.aliases().forEach(a -> roles.add(r, a));
        }
        for (int i = 0; i < 30; i++) {
            Role extra = role("extra-" + i, "Extra Role " + i);
            roles.add(extra, extra.title());
        }
        NameIndex.Builder<SkillLevel> skills = NameIndex.builder();
        for (SkillLevel l : SkillLevel.values()) {
            skills.add(l, l.label());
        }
        NameIndex.Builder<String> regions = NameIndex.builder();
        List.of("Silicon Valley", "New York City", "Seattle").forEach(r -> regions.add(r, r));
        Terms terms = mock(Terms.class);
        when(terms.roles()).thenReturn(roles.build());
        when(terms.skills()).thenReturn(skills.build());
        when(terms.regions()).thenReturn(regions.build());
        KnowledgeBase kb = mock(KnowledgeBase.class);
        when(kb.terms()).thenReturn(terms);
        when(kb.faq()).thenReturn(List.of(
                new Faq("faq-phd", "Q2", "Do I need a PhD to become an AI engineer?", "No.", List.of(),
                        List.of("degree"), List.of(), List.of(), "seed-ai-engineer"),
                new Faq("faq-switch", "Q1", "Is an AI Engineer suitable for someone switching careers?", "Yes.",
                        List.of(), List.of("career change"), List.of(), List.of(), "seed-ai-engineer")));
        KnowledgeSource source = mock(KnowledgeSource.class);
        when(source.current()).thenReturn(kb);
        completer = new KnowledgeCompleter(source);
    }

    @Test
    void rolesRankedByTheCoreMatcherAsDisplayNames() {
        List<String> out = completer.complete(ValueSource.ROLE, "mlo", 25);
        assertEquals("MLOps Engineer", out.get(0));
        assertTrue(completer.complete(ValueSource.ROLE, "", 25).size() <= 25);
        assertEquals(25, completer.complete(ValueSource.ROLE, "extra", 25).size());
    }

    @Test
    void typosStillFindTheRole() {
        assertTrue(completer.complete(ValueSource.ROLE, "nlp enginer", 5).contains("NLP Engineer"));
    }

    @Test
    void levelsRegionsAndInterviewQuestions() {
        assertEquals("Advanced", completer.complete(ValueSource.SKILL_LEVEL, "adv", 25).get(0));
        assertEquals("Seattle", completer.complete(ValueSource.REGION, "sea", 25).get(0));
        assertEquals("Do I need a PhD to become an AI engineer?",
                completer.complete(ValueSource.INTERVIEW_TOPIC, "phd", 25).get(0));
        assertEquals("Is an AI Engineer suitable for someone switching careers?",
                completer.complete(ValueSource.INTERVIEW_TOPIC, "career change", 25).get(0));
    }

    @Test
    void timesAndZones() {
        assertTrue(completer.complete(ValueSource.TIME, "09", 25).contains("09:00"));
        assertEquals(List.of("07:45"), completer.complete(ValueSource.TIME, "07:45", 25));
        assertTrue(completer.complete(ValueSource.TIME_ZONE, "berlin", 25).contains("Europe/Berlin"));
        assertTrue(completer.complete(ValueSource.TIME_ZONE, "", 25).size() <= 25);
        assertEquals(List.of(), completer.complete(ValueSource.FREE_TEXT, "anything", 25));
    }

    @Test
    void fastEnoughForDiscordsThreeSeconds() {
        long start = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            completer.complete(ValueSource.ROLE, "engineer " + i, 25);
        }
        long perCallMicros = (System.nanoTime() - start) / 200 / 1_000;
        assertTrue(perCallMicros < 50_000, "per call " + perCallMicros + " µs");
    }
}
