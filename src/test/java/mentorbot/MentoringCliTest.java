package mentorbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** The offline mentoring loop through Main.run, as the jar runs it: ask, vote, insights; the console as mentors channel. */
class MentoringCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    record Result(int code, String out, String err) {
    }

    private Result run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(args, Map.of("MENTORBOT_DATA_DIR", data.toString()), new BufferedReader(new StringReader(stdin)), o, e);
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void askedQuestionsTheBotDeclinesShowInInsights() throws Exception {
        assertEquals(0, run("", "ask", "--user", "u1", "what is the weather").code());
        assertEquals(0, run("", "ask", "--user", "u1", "What is the weather?").code());
        Result answered = run("", "ask", "--json", "--user", "u2", "/salary senior");
        String answerId = JSON.readTree(answered.out()).get("answerId").asText();
        Result vote = run("", "ask", "--user", "u2", "mb:down:" + answerId);
        assertTrue(vote.out().contains("Sorry it did not help"), vote.out());

        Result insights = run("", "insights", "--json");
        assertEquals(0, insights.code(), insights.err());
        JsonNode report = JSON.readTree(insights.out());
        assertEquals(7, report.get("days").asInt());
        assertEquals(3, report.get("questions").asInt());
        assertEquals(2, report.get("declined").get(0).get("count").asInt());
        assertEquals("/salary senior", report.get("unhelpful").get(0).get("question").asText());
        assertEquals(1, report.get("entries").get(0).get("unhelpful").asInt());

        Result text = run("", "insights", "--days", "30");
        assertTrue(text.out().startsWith("Insights for the last 30 days: 3 questions, 2 declined (67%)."), text.out());
    }

    @Test
    void theConsoleIsItsOwnMentorsChannel() throws Exception {
        Result setup = run("", "ask", "--user", "admin", "/mentors channel here");
        assertTrue(setup.out().contains("Mentor requests now go to #local"), setup.out());
        Result declined = run("", "ask", "--json", "--user", "u1", "what is the weather");
        JsonNode line = JSON.readTree(declined.out());
        assertEquals("mb:askm:" + line.get("answerId").asText(), line.get("buttons").get(2).get("id").asText());

        Result asked = run("", "ask", "--user", "u1", line.get("buttons").get(2).get("id").asText());
        assertTrue(asked.out().contains("[mentors channel #local]") && asked.out().contains("\"what is the weather\""), asked.out());
        String claim = asked.out().lines().filter(l -> l.contains("mb:claim:")).findFirst().orElseThrow();
        String claimId = claim.substring(claim.indexOf("mb:claim:"), claim.lastIndexOf(']'));
        Result claimed = run("", "ask", "--user", "mentor1", claimId);
        assertTrue(claimed.out().contains("[direct message to @u1]") && claimed.out().contains("A mentor picked up your question"),
                claimed.out());
        Result again = run("", "ask", "--user", "mentor2", claimId);
        assertTrue(again.out().contains("Already claimed"), again.out());
    }

    @Test
    void badInputGetsClearAnswers() {
        Result days = run("", "insights", "--days", "0");
        assertEquals(2, days.code());
        assertTrue(days.err().contains("--days must be from 1 to 30"), days.err());
        Result vote = run("", "ask", "--user", "u1", "mb:up:NeverExisted0001");
        assertTrue(vote.out().contains("I cannot find that answer"), vote.out());
        Result forged = run("", "ask", "--user", "u1", "mb:claim:<!channel>");
        assertTrue(forged.out().contains("That button no longer works"), forged.out());
        assertEquals(2, run("", "insights", "--bogus").code());
    }
    @Test
    void forgetMeDeletesTheCallersQuestionsAndSaysHowMany() throws Exception {
        for (String q : java.util.List.of("what is the weather", "best pizza in town", "who won the football")) {
            assertEquals(0, run("", "ask", "--user", "u1", q).code());
        }
        assertEquals(0, run("", "ask", "--user", "u2", "how tall is the eiffel tower").code());
        assertEquals(4, JSON.readTree(run("", "insights", "--json").out()).get("questions").asInt());

        Result forget = run("", "ask", "--json", "--user", "u1", "/mentor forget me");
        JsonNode line = JSON.readTree(forget.out());
        assertTrue(line.get("lead").asText().contains("questions: 3, votes: 0, mentor requests: 0"), forget.out());
        assertTrue(line.get("answerId") == null && line.get("buttons") == null, "the forget request is not recorded: " + forget.out());
        JsonNode report = JSON.readTree(run("", "insights", "--json").out());
        assertEquals(1, report.get("questions").asInt(), report.toString());
        assertEquals("how tall is the eiffel tower", report.get("declined").get(0).get("question").asText());
    }
}
