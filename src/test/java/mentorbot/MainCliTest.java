package mentorbot;

import static org.junit.jupiter.api.Assertions.assertAll;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mentorbot.testing.Knowledge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line through Main.run with an explicit environment and in-memory streams. */
class MainCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Result(int code, String out, String err) {
        List<String> lines() {
            return out.lines().filter(l -> !l.isBlank()).toList();
        }

        List<JsonNode> json() {
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : lines()) {
                try {
                    nodes.add(JSON.readTree(line));
                } catch (Exception e) {
                    throw new AssertionError("not one JSON object per line: " + line, e);
                }
            }
            return nodes;
        }
    }

    @TempDir
    static Path dataDir;

    /** Runs with the given environment plus a temporary data directory, so no test writes into the project. */
    static Result run(Map<String, String> givenEnv, String stdin, String... args) {
        Map<String, String> env = new HashMap<>(givenEnv);
        env.computeIfAbsent("MENTORBOT_DATA_DIR", k -> dataDir.toString()); // other classes pass their own
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(args, env, new BufferedReader(new StringReader(stdin)), o, e);
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Result run(String stdin, String... args) {
        return run(Map.of(), stdin, args);
    }

    @Test
    void askJsonPrintsOneJsonLineWithTheSeniorRange() {
        Result r = run("", "ask", "--json", "/salary senior");
        assertEquals(0, r.code(), r.err());
        List<JsonNode> lines = r.json();
        assertEquals(1, lines.size(), r.out());
        JsonNode line = lines.get(0);
        assertAll(
                () -> assertEquals(Set.of("input", "matched", "title", "lead", "text", "answerId", "buttons"), fieldNames(line)),
                () -> assertTrue(line.get("lead").asText().contains("$150K – $200K+"), line.get("lead").asText()),
                () -> assertTrue(line.get("lead").asText().length() <= 350, line.get("lead").asText()),
                () -> assertEquals("/salary senior", line.get("input").asText()),
                () -> assertTrue(line.get("matched").isBoolean() && line.get("matched").asBoolean()),
                () -> assertEquals("Senior AI engineer salary (USA)", line.get("title").asText()),
                () -> assertTrue(line.get("text").asText().contains("$150K – $200K+"), line.get("text").asText()));
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new java.util.HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void askJoinsSeveralWordsIntoOneInput() {
        Result r = run("", "ask", "--json", "/salary", "big", "tech");
        assertEquals("/salary big tech", r.json().get(0).get("input").asText());
        assertTrue(r.json().get(0).get("text").asText().contains("$200K – $400K+"));
    }

    @Test
    void askWithoutJsonPrintsPlainText() {
        Result r = run("", "ask", "/role mlops");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("MLOps Engineer\n"), r.out());
        assertTrue(r.out().contains("Experience level: Senior"), r.out());
    }

    @Test
    void askUnknownArgumentIsUnmatched() {
        JsonNode line = run("", "ask", "--json", "/role data wrangler").json().get(0);
        assertFalse(line.get("matched").asBoolean());
    }

    @Test
    void stdinBatchGivesOneJsonLinePerInputAndSharesTheUsersContext() {
        String stdin = "/role mlops\nand what level is that role?\n\n/salary senior\n";
        Result r = run(stdin, "ask", "--json", "--user", "batch-user");
        assertEquals(0, r.code(), r.err());
        List<JsonNode> lines = r.json();
        assertEquals(4, lines.size(), r.out());
        assertEquals(List.of("/role mlops", "and what level is that role?", "", "/salary senior"),
                lines.stream().map(n -> n.get("input").asText()).toList());
        assertEquals(List.of(true, true, false, true), lines.stream().map(n -> n.get("matched").asBoolean()).toList());
        String followUp = lines.get(1).get("title").asText() + " " + lines.get(1).get("text").asText();
        assertTrue(followUp.contains("MLOps Engineer") && followUp.contains("Senior"),
                "the follow-up must use the batch user's context: " + followUp);
    }

    @Test
    void checkPrintsCountsPerKindAndExitsZero() {
        Result r = run("", "check");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Configuration OK"), r.out());
        assertTrue(r.out().matches("(?s).*title-table roles\\s+11\\b.*"), r.out());
        assertTrue(r.out().matches("(?s).*salary bands\\s+4\\b.*"), r.out());
        assertTrue(r.out().matches("(?s).*tips\\s+\\d+.*"), r.out());
        assertTrue(r.out().matches("(?s).*tips database +" + java.util.regex.Pattern.quote(dataDir.resolve("tips.db") + " (schema version " + mentorbot.store.Migrations.latest() + ", ") + ".*"), r.out());
    }

    @Test
    void checkWithABrokenKnowledgeDirectoryExitsOneWithFileAndLine(@TempDir Path tmp) {
        Path dir = Knowledge.copyTo(tmp.resolve("knowledge"));
        Path salary = dir.resolve("salary.yaml");
        String text = Knowledge.read(salary).replace("\"$150K – $200K+\"", "\"lots\"");
        Knowledge.write(salary, text);
        int line = Knowledge.lineOf(text, "\"lots\"");

        Map<String, String> env = new HashMap<>();
        env.put("MENTORBOT_KNOWLEDGE_DIR", dir.toString());
        Result r = run(env, "", "check");

        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().contains(salary + ":" + line + ":"), "stderr should name file:line " + salary + ":" + line + " — " + r.err());
        assertTrue(r.err().contains("does not parse"), r.err());
    }

    @Test
    void askWithABrokenKnowledgeDirectoryExitsOne(@TempDir Path tmp) {
        Path dir = Knowledge.copyTo(tmp.resolve("knowledge"));
        Knowledge.write(dir.resolve("tips.yaml"), "tips: [\n");
        Result r = run(Map.of("MENTORBOT_KNOWLEDGE_DIR", dir.toString()), "", "ask", "/tip");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("tips.yaml"), r.err());
    }

    @Test
    void anUnknownOptionExitsTwoWithAMessageOnStderr() {
        Result r = run("", "ask", "--bogus", "/tip");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--bogus"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void anUnknownSubcommandExitsTwo() {
        Result r = run("", "frobnicate");
        assertEquals(2, r.code());
        assertFalse(r.err().isBlank());
    }

    @Test
    void aBadSettingExitsOneWithTheReason() {
        Result r = run(Map.of("SLACK_MODE", "carrier-pigeon"), "", "check");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("SLACK_MODE"), r.err());
    }

    @Test
    void theDefaultRunIsTheConsoleWhenNoTokensAreSet() {
        Result r = run("/salary senior\n/quit\n");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("$150K – $200K+"), r.out());
        assertTrue(r.out().contains("Bye."), r.out());
    }
}
