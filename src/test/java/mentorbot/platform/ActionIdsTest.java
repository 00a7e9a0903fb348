package mentorbot.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import mentorbot.mentor.Action;
import mentorbot.mentor.Platform;
import mentorbot.mentor.Request;
import org.junit.jupiter.api.Test;

class ActionIdsTest {

    @Test
    void everyActionComesBackAsItWasSent() {
        for (Action a : List.of(new Action.Run("salary", "senior big tech"), new Action.Run("role", ""),
                new Action.Run("Interview", "  Tell me about yourself? "), new Action.Share("k3y"), new Action.More("abc123"))) {
            assertEquals(Optional.of(a), ActionIds.decode(ActionIds.encode(a)), ActionIds.encode(a));
        }
        assertEquals("mb:run:salary senior", ActionIds.encode(Action.Run.of("/Salary senior")));
    }

    @Test
    void aClickRunsTheCommandWithItsArgumentsAsGiven() {
        Action.Run run = (Action.Run) ActionIds.decode("mb:run:salary senior & <!channel>").orElseThrow();
        assertEquals(Request.command(Platform.SLACK, "T", "U", "C", "salary", "senior & <!channel>"),
                Request.run(Platform.SLACK, "T", "U", "C", run));
    }

    @Test
    void anythingElseIsNoAction() {
        for (String id : new String[] {null, "", "/salary senior", "mb:run:", "mb:run:/salary", "mb:share:", "mb:more:",
                "mentorbot_share", "mb:feedback:1"}) {
            assertTrue(ActionIds.decode(id).isEmpty(), String.valueOf(id));
        }
    }

    @Test
    void suggestionsAreWrittenAsCommandsOnly() {
        assertThrows(IllegalArgumentException.class, () -> Action.Run.of("what does it pay?"));
        assertEquals(new Action.Run("tip", "portfolio"), Action.Run.of(" /tip portfolio "));
        assertEquals("/salary senior", new Action.Run("salary", "senior").typed());
    }
}
