package mentorbot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import mentorbot.testing.BotJar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The learning plan through the built jar, each step its own JVM on one {@code MENTORBOT_DATA_DIR}: scripted with
 * {@code ask}, and kept with its progress when the running bot is killed with SIGKILL.
 */
@Timeout(240)
class PlanJarIT {

    static final Duration RUN = Duration.ofSeconds(60);
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    final BotJar.Children children = new BotJar.Children();

    @AfterEach
    void stop() throws Exception {
        children.close();
    }

    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("MENTORBOT_DATA_DIR", data.toString());
        env.put("USER", "learner1"); // the console's user
        return env;
    }

    private BotJar ask(String... args) throws Exception {
        String[] all = new String[args.length + 1];
        all[0] = "ask";
        System.arraycopy(args, 0, all, 1, args.length);
        BotJar jar = children.run(env(), RUN, all);
        assertEquals(0, jar.process().exitValue(), jar.describe());
        return jar;
    }

    private JsonNode plan(String user) throws Exception {
        return JSON.readTree(ask("--json", "--user", user, "/plan").stdout()).get("plan");
    }

    @Test
    void aPlanIsScriptedWithAskAcrossRuns() throws Exception {
        BotJar set = ask("--user", "u1", "/plan set mlops");
        assertTrue(set.stdout().contains("Your learning plan: MLOps Engineer"), set.describe());
        BotJar done = ask("--user", "u1", "/plan done progression-programming-foundational");
        assertTrue(done.stdout().contains("Checked off: Programming (foundational)."), done.describe());
        JsonNode plan = plan("u1");
        assertEquals("mlops-engineer", plan.get("role").asText());
        assertEquals(1, plan.get("done").asInt());
        assertEquals("progression-machine-learning-foundational", plan.get("next").get(0).asText());
        System.out.printf("PlanJarIT: ask --json \"/plan\" -> done %d of %d, next %s%n", plan.get("done").asInt(),
                plan.get("total").asInt(), plan.get("next"));
    }

    @Test
    void progressSurvivesASigkillOfTheRunningBot() throws Exception {
        BotJar bot = children.start(env());
        bot.awaitStdout("mentor-bot console.", RUN);
        bot.type("/plan set nlp");
        bot.awaitStdout("Your learning plan: NLP Engineer", RUN);
        bot.type("/plan done 2");
        bot.awaitStdout("Checked off: Machine Learning (foundational).", RUN);
        bot.type("mb:plan-done:step-core-skills");
        bot.awaitStdout("Checked off: Step 2.", RUN);
        bot.sigkill();
        assertNotEquals(0, bot.awaitExit(Duration.ofSeconds(10)));

        JsonNode plan = plan("learner1");
        assertEquals("nlp-engineer", plan.get("role").asText(), String.valueOf(plan));
        assertEquals(2, plan.get("done").asInt(), String.valueOf(plan));
        assertTrue(plan.get("items").get(1).get("done").asBoolean(), String.valueOf(plan));

        BotJar again = children.start(env());
        again.awaitStdout("mentor-bot console.", RUN);
        again.type("/plan");
        again.awaitStdout("2 of ", RUN);
        again.closeStdin();
        assertEquals(0, again.awaitExit(RUN), again.describe());
        System.out.printf("PlanJarIT: after SIGKILL and a restart the plan shows %d done%n", plan.get("done").asInt());
    }
}
