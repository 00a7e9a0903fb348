package mentorbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mentorbot.mentor.Platform;
import mentorbot.mentor.Reply;
import mentorbot.mentor.Request;
import mentorbot.testing.Knowledge;
import mentorbot.testing.TestCores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Core.create wires reloads to the answer cache and the search index. */
class CoreWiringTest {

    private static final String OLD_SUMMARY = "A Senior variation of the AI engineer role focused on deployment and operations.";
    private static final String NEW_SUMMARY = "Edited MLOps summary for the reload test.";

    @TempDir
    Path tmp;
    Path dir;
    Core core;

    @BeforeEach
    void start() {
        dir = Knowledge.copyTo(tmp.resolve("knowledge"));
        core = TestCores.rig(Map.of("MENTORBOT_KNOWLEDGE_DIR", dir.toString())).core();
    }

    private Reply ask(String user, String command, String args) {
        return core.handler().handle(Request.command(Platform.SLACK, "T1", user, "C1", command, args));
    }

    private void editRoles(String from, String to) {
        Path roles = dir.resolve("roles.yaml");
        String text = Knowledge.read(roles);
        assertTrue(text.contains(from), "test setup");
        Knowledge.write(roles, text.replace(from, to));
    }

    @Test
    void theSpecsKnownWithoutACoreAreTheOnesItRegisters() {
        assertEquals(Core.specs(List.of()), core.commands());
    }

    @Test
    void theCoreServesTheConfiguredKnowledgeDirectory() {
        assertEquals(dir, core.knowledge().dir());
    }

    @Test
    void aGoodReloadEmptiesTheAnswerCacheAndNewAnswersUseTheNewModel() {
        assertTrue(ask("U1", "role", "mlops").opening().startsWith(OLD_SUMMARY));
        ask("U2", "salary", "senior");
        assertEquals(2, core.cache().size());

        editRoles(OLD_SUMMARY, NEW_SUMMARY);
        assertTrue(core.knowledge().reload().isEmpty());

        assertEquals(0, core.cache().size(), "the reload must empty the cache");
        assertTrue(ask("U1", "role", "mlops").opening().startsWith(NEW_SUMMARY), "the cached old answer was served");
    }

    @Test
    void aBadReloadKeepsServingTheLastGoodModel() {
        ask("U1", "role", "mlops");
        editRoles("    focus: Deployment and Operations\n", "    focus: [unclosed\n");
        assertTrue(core.knowledge().reload().isPresent());
        Reply r = ask("U3", "role", "mlops");
        assertTrue(r.matched());
        assertTrue(r.opening().startsWith(OLD_SUMMARY));
    }

    @Test
    void theSearchIndexFollowsAReload() {
        assertTrue(ask("U1", "interview", "kpis").title().contains("KPIs"));
        Path interview = dir.resolve("interview.yaml");
        Knowledge.write(interview, Knowledge.read(interview).replace(
                "question: What metrics or KPIs is an AI Engineer evaluated on?",
                "question: Which yardsticks measure an AI Engineer?"));
        assertTrue(core.knowledge().reload().isEmpty());
        assertEquals("Which yardsticks measure an AI Engineer?", ask("U2", "interview", "kpis").title());
    }

    @Test
    void theBuiltInCommandsAreRegisteredInOrder() {
        assertEquals(List.of("role", "roadmap", "interview", "salary", "tip", "mentor"),
                core.commands().stream().map(c -> c.name()).toList());
    }
}
