package mentorbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learning plan scripted offline through Main.run, as the jar runs {@code ask}: state persists between runs. */
class PlanCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(args, Map.of("MENTORBOT_DATA_DIR", data.toString()), new BufferedReader(new StringReader("")), o, e);
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private JsonNode json(String... args) throws Exception {
        Result r = run(args);
        assertEquals(0, r.code(), r.err());
        return JSON.readTree(r.out());
    }

    @Test
    void aPlanIsSetCheckedOffAndShownAsDataAcrossAskRuns() throws Exception {
        Result set = run("ask", "--user", "u1", "/plan set mlops");
        assertEquals(0, set.code(), set.err());
        assertTrue(set.out().contains("Your learning plan: MLOps Engineer"), set.out());
        assertTrue(set.out().contains("░░░░░░░░░░ 0/23"), set.out());

        JsonNode plan = json("ask", "--json", "--user", "u1", "/plan").get("plan");
        assertEquals("mlops-engineer", plan.get("role").asText());
        assertEquals(23, plan.get("items").size());
        String first = plan.get("next").get(0).asText();
        assertEquals("progression-programming-foundational", first);
        assertFalse(plan.get("items").get(0).get("done").asBoolean());

        JsonNode done = json("ask", "--json", "--user", "u1", "/plan done " + first);
        assertTrue(done.get("lead").asText().startsWith("Checked off: Programming (foundational)."), done.toString());
        assertTrue(done.get("plan").get("items").get(0).get("done").asBoolean());
        assertEquals("mb:plan-undo:" + first, done.get("buttons").get(5).get("id").asText(), done.toString());

        JsonNode byNumber = json("ask", "--json", "--user", "u1", "/plan done 2");
        assertEquals(2, byNumber.get("plan").get("done").asInt());
        JsonNode click = json("ask", "--json", "--user", "u1", "mb:plan-undo:" + first);
        assertEquals(1, click.get("plan").get("done").asInt());
        assertEquals(first, click.get("plan").get("next").get(0).asText());

        JsonNode other = json("ask", "--json", "--user", "u2", "/plan");
        assertTrue(other.get("plan").isNull(), "another user has no plan: " + other);
    }

    @Test
    void freeTextAsksForAPlanAndForgetMeDeletesIt() throws Exception {
        JsonNode made = json("ask", "--json", "--user", "u3", "I want to become an NLP engineer, make me a plan");
        assertEquals("nlp-engineer", made.get("plan").get("role").asText(), made.toString());
        Result forget = run("ask", "--user", "u3", "/mentor forget me");
        assertTrue(forget.out().contains("learning plan: 1"), forget.out());
        assertTrue(json("ask", "--json", "--user", "u3", "make me a plan").get("plan").isNull());
    }
}
