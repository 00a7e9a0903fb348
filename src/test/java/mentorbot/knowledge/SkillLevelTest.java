package mentorbot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SkillLevelTest {

    @Test
    void eachLevelKnowsTheOneAfterItAndTheLastHasNone() {
        assertEquals(Optional.of(SkillLevel.INTERMEDIATE), SkillLevel.FOUNDATIONAL.next());
        assertEquals(Optional.of(SkillLevel.ADVANCED), SkillLevel.INTERMEDIATE.next());
        assertEquals(Optional.empty(), SkillLevel.ADVANCED.next());
    }

    @Test
    void aLevelIsFoundByItsLabelOnly() {
        assertEquals(Optional.of(SkillLevel.INTERMEDIATE), SkillLevel.labelled("Intermediate"));
        assertEquals(Optional.empty(), SkillLevel.labelled("Senior"));
        assertEquals(Optional.empty(), SkillLevel.labelled(null));
    }
}
