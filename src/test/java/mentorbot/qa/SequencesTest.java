package mentorbot.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import mentorbot.knowledge.Entry;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.SkillLevel;
import mentorbot.testing.TestCores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Moving along the numbered entries a conversation is on. */
class SequencesTest {

    private static KnowledgeBase kb;

    @BeforeAll
    static void knowledge() {
        kb = TestCores.rig().core().knowledge().current();
    }

    private static Optional<Entry> step(int n) {
        return kb.steps().stream().filter(s -> s.number() == n).map(s -> (Entry) s).findFirst();
    }

    @Test
    void nextPreviousAndLastNameTheStepMovedTo() {
        assertEquals(Optional.of("what is step 3 to become an AI engineer"), Sequences.moved("and the next one", step(2), Optional.empty(), kb));
        assertEquals(Optional.of("what is step 3 to become an AI engineer"), Sequences.moved("the one after that", step(2), Optional.empty(), kb));
        assertEquals(Optional.of("what is step 1 to become an AI engineer"), Sequences.moved("the one before", step(2), Optional.empty(), kb));
        assertEquals(Optional.of("what is step 5 to become an AI engineer"), Sequences.moved("and the final step", step(2), Optional.empty(), kb));
    }

    @Test
    void aResponsibilityMovesToItsNeighbourByNumber() {
        Optional<Entry> first = kb.responsibilities().stream().filter(r -> r.number() == 1).map(r -> (Entry) r).findFirst();
        String second = kb.responsibilities().stream().filter(r -> r.number() == 2).findFirst().orElseThrow().title();
        assertEquals(Optional.of("what is the " + second + " responsibility of an AI engineer"), Sequences.moved("next one", first, Optional.empty(), kb));
    }

    @Test
    void aCellOfTheSkillTableMovesAlongItsRowsLevels() {
        Optional<Entry> row = kb.entry("progression-genai-specialization");
        assertEquals(Optional.of("what is in the GenAI Specialization row at the foundational level of the skill progression"),
                Sequences.moved("the one before", row, Optional.of(SkillLevel.INTERMEDIATE), kb));
        assertEquals(Optional.of("what is in the GenAI Specialization row at the advanced level of the skill progression"),
                Sequences.moved("and the one after", row, Optional.of(SkillLevel.INTERMEDIATE), kb));
        assertEquals(Optional.empty(), Sequences.moved("and the next one", row, Optional.of(SkillLevel.ADVANCED), kb));
        assertEquals(Optional.empty(), Sequences.moved("and the next one", row, Optional.empty(), kb));
    }

    @Test
    void nothingPastEitherEndNorForOtherMessagesOrEntries() {
        assertEquals(Optional.empty(), Sequences.moved("and the next one", step(5), Optional.empty(), kb));
        assertEquals(Optional.empty(), Sequences.moved("the previous step", step(1), Optional.empty(), kb));
        assertEquals(Optional.empty(), Sequences.moved("what comes next for a junior", step(2), Optional.empty(), kb));
        assertEquals(Optional.empty(), Sequences.moved("and the next one", kb.role("nlp-engineer").map(r -> (Entry) r), Optional.empty(), kb));
    }
}
