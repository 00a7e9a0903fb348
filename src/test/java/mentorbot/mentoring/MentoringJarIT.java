package mentorbot.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mentorbot.store.SqliteFiles;
import mentorbot.testing.BotJar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mentoring loop through the built jar, each step its own JVM on one {@code MENTORBOT_DATA_DIR}: what members
 * asked shows in {@code insights --json} until they say {@code /mentor forget me}; and a card's one reminder is
 * posted exactly once although the bot is killed with SIGKILL before it and restarted twice.
 */
@Timeout(240)
class MentoringJarIT {

    static final Duration RUN = Duration.ofSeconds(60);
    static final ObjectMapper JSON = new ObjectMapper();
    static final String REMINDER = "reminder: still unclaimed";

    @TempDir
    Path data;

    final BotJar.Children children = new BotJar.Children();

    @AfterEach
    void stop() throws Exception {
        children.close();
    }

    private Map<String, String> env(String remindAfter) {
        Map<String, String> env = new HashMap<>();
        env.put("MENTORBOT_DATA_DIR", data.toString());
        env.put("MENTORBOT_MENTORS_REMIND_AFTER", remindAfter);
        env.put("USER", "learner1"); // the console's user
        return env;
    }

    private BotJar run(String... args) throws Exception {
        BotJar jar = children.run(env("PT4H"), RUN, args);
        assertEquals(0, jar.process().exitValue(), jar.describe());
        return jar;
    }

    private JsonNode insights() throws Exception {
        return JSON.readTree(run("insights", "--json").stdout());
    }

    @Test
    void insightsListWhatWasAskedUntilTheAskerSaysForgetMe() throws Exception {
        List<String> asked = List.of("what is the weather in Paris", "best pizza in town", "who won the football match");
        for (String q : asked) {
            run("ask", "--user", "u1", q);
        }
        JsonNode before = insights();
        assertEquals(3, before.get("questions").asInt(), before.toString());
        List<String> listed = new ArrayList<>();
        before.get("declined").forEach(g -> {
            listed.add(g.get("question").asText());
            assertEquals(1, g.get("count").asInt(), g.toString());
        });
        assertEquals(asked.stream().sorted().toList(), listed.stream().sorted().toList(), before.toString());
        assertEquals(100, Math.round(100.0 * listed.size() / before.get("questions").asInt()));

        BotJar forget = run("ask", "--user", "u1", "/mentor forget me");
        assertTrue(forget.stdout().contains("I deleted everything I kept about you: questions: 3, votes: 0, mentor requests: 0"),
                forget.describe());

        JsonNode after = insights();
        assertEquals(0, after.get("questions").asInt(), after.toString());
        assertEquals(0, after.get("declined").size(), after.toString());
        for (String q : asked) {
            assertFalse(after.toString().contains(q), after.toString());
        }
        System.out.printf("MentoringJarIT: insights before %s%nMentoringJarIT: forget me said: %s%nMentoringJarIT: insights after %s%n",
                before, forget.stdout().lines().filter(l -> l.contains("deleted")).findFirst().orElse(""), after);
    }

    @Test
    void theReminderIsPostedOnceAcrossSigkillAndRestarts() throws Exception {
        // 1. A bot with the default-like delay posts a card to the console's mentors channel, and is killed.
        BotJar first = children.start(env("PT1H"));
        first.awaitStdout("mentor-bot console.", RUN);
        first.type("/mentors channel here");
        first.awaitStdout("Mentor requests now go to #local", RUN);
        first.type("what is the weather in Paris");
        first.awaitStdout("mb:askm:", RUN);
        Matcher ask = Pattern.compile("mb:askm:[A-Za-z0-9]+").matcher(first.stdout());
        assertTrue(ask.find(), first.describe());
        first.type(ask.group());
        first.awaitStdout("[mentors channel #local]", RUN);
        first.await("the request to be OPEN in the file", () -> "OPEN".equals(request().get("state")), Duration.ofSeconds(10));
        assertEquals(null, request().get("reminded_at"), "not reminded yet");
        first.sigkill();
        assertNotEquals(0, first.awaitExit(Duration.ofSeconds(10)));
        assertFalse(first.stdout().contains(REMINDER), first.describe());

        // 2. Restarted with a delay the card is past: the reminder goes out, once; killed again right after.
        BotJar second = children.start(env("PT1S"));
        second.awaitStdout(REMINDER, RUN);
        second.await("reminded_at in the file", () -> request().get("reminded_at") != null, Duration.ofSeconds(10));
        String remindedAt = request().get("reminded_at");
        second.sigkill();
        second.awaitExit(Duration.ofSeconds(10));
        assertEquals(1, count(second.stdout(), REMINDER), second.describe());

        // 3. Restarted again: the scheduler's first check finds nothing due; no second reminder.
        BotJar third = children.start(env("PT1S"));
        third.await("the reminders' first check", () -> third.stderr().contains("Mentor reminders: first check done"), RUN);
        third.awaitStdout("mentor-bot console.", RUN);
        third.type("/mentors status");
        third.awaitStdout("Mentor requests go to #local: 1 open", RUN);
        assertEquals(0, count(third.stdout(), REMINDER), third.describe());
        assertEquals(remindedAt, request().get("reminded_at"), "reminded once, never again");
        third.closeStdin();
        assertEquals(0, third.awaitExit(RUN), third.describe());
        assertEquals(0, count(third.stdout(), REMINDER), third.describe());
        System.out.printf("MentoringJarIT: reminders posted per run: %d, %d, %d (reminded_at %s)%n", count(first.stdout(), REMINDER),
                count(second.stdout(), REMINDER), count(third.stdout(), REMINDER), remindedAt);
    }

    /** The one mentor request's state and reminded_at, through a fresh connection; empty while none (or busy). */
    private Map<String, String> request() {
        Map<String, String> row = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(SqliteFiles.FILE_NAME));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT state, reminded_at FROM mentor_requests")) {
            if (r.next()) {
                row.put("state", r.getString(1));
                row.put("reminded_at", r.getString(2));
                assertFalse(r.next(), "one request");
            }
        } catch (SQLException busy) {
            // not there yet, or locked for a moment: the caller polls again
        }
        return row;
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }
}
