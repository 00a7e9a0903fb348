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
                new Action.Run("Interview", "  Tell me about yourself? "), new Action.Share("k3y"), new Action.More("abc123"),
                new Action.Vote("a1B2c3D4e5F6g7H8", true), new Action.Vote("a1B2c3D4e5F6g7H8", false),
                new Action.AskMentor("a1B2c3D4e5F6g7H8"), new Action.Claim("r_1-x"), new Action.Resolve("r_1-x"),
                new Action.PlanDone("progression-programming-foundational"), new Action.PlanUndo("step-core-skills"),
                new Action.PlanLater("learning-habits-follow-the-research"))) {
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
                "mentorbot_share", "mb:feedback:1", "mb:up:", "mb:down:bad id", "mb:claim:" + "x".repeat(33),
                "mb:askm:<!channel>", "mb:done:é", "mb:plan-done:", "mb:plan-done:<!here>", "mb:plan-undo:" + "x".repeat(81)}) {
            assertTrue(ActionIds.decode(id).isEmpty(), String.valueOf(id));
        }
    }

    @Test
    void suggestionsAreWrittenAsCommandsOnly() {
        assertThrows(IllegalArgumentException.class, () -> Action.Run.of("what does it pay?"));
        assertEquals(new Action.Run("tip", "portfolio"), Action.Run.of(" /tip portfolio "));
        assertEquals("/salary senior", new Action.Run("salary", "senior").typed());
    }

    @Test
    void mentoringIdsFitADiscordCustomId() {
        String longest = "x".repeat(Action.Ids.MAX);
        for (Action a : List.of(new Action.Vote(longest, false), new Action.AskMentor(longest), new Action.Claim(longest),
                new Action.Resolve(longest))) {
            assertTrue(ActionIds.encode(a).length() <= 100, ActionIds.encode(a));
        }
    }

    @Test
    void planItemIdsFitADiscordCustomIdAndOnlyDoneAndUndoEditInPlace() {
        String longest = "x".repeat(Action.Ids.ITEM_MAX);
        for (Action a : List.of(new Action.PlanDone(longest), new Action.PlanUndo(longest), new Action.PlanLater(longest))) {
            assertTrue(ActionIds.encode(a).length() <= 100, ActionIds.encode(a));
        }
        assertTrue(new Action.PlanDone("a").editsInPlace() && new Action.PlanUndo("a").editsInPlace());
        assertTrue(!new Action.PlanLater("a").editsInPlace() && !new Action.Vote("a", true).editsInPlace());
    }
}
