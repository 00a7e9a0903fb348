package mentorbot.platform.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mentorbot.config.Settings;
import mentorbot.mentor.Platform;
import mentorbot.store.Database;
import mentorbot.store.PostgresDatabase;
import mentorbot.store.TestPostgres;
import mentorbot.testing.BotJar;
import mentorbot.tips.ChannelKey;
import mentorbot.tips.SqlSubscriptionStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two bot processes (the built jar, Slack HTTP mode, against the loopback {@link FakeSlackApi}) on one embedded
 * PostgreSQL: the same signed event sent to both is answered once; 200 channels subscribed for the same minute get
 * exactly 200 posts although one process is SIGKILLed during the fan-out. The kill comes while both of that
 * process's delivery threads hang in a post Slack received: a kill between claiming a day and sending its post
 * would leave that channel without its tip (the documented at-most-once gap), which this test does not measure.
 */
@Timeout(480)
class ReplicasJarIT {

    static final String BOT_TOKEN = "xoxb-replicas-it-0000-secret";
    static final String SIGNING_SECRET = "replicas-it-signing-secret";
    static final int CHANNELS = 200;
    static final String DM = "D0REPLICAS";

    @TempDir
    Path data;

    private final Settings.Database db = TestPostgres.freshDatabase();
    private final BotJar.Children children = new BotJar.Children();
    private FakeSlackApi api;

    @BeforeEach
    void fake() throws Exception {
        api = new FakeSlackApi();
    }

    @AfterEach
    void stop() throws Exception {
        try {
            children.close();
        } finally {
            api.close();
        }
    }

    /** @param name tells the process's Web API calls apart at the fake */
    private Map<String, String> env(int port, String name) {
        Map<String, String> env = new HashMap<>();
        env.put("SLACK_MODE", "http");
        env.put("SLACK_BOT_TOKEN", BOT_TOKEN);
        env.put("SLACK_SIGNING_SECRET", SIGNING_SECRET);
        env.put("SLACK_API_URL", api.apiUrl(name));
        env.put("MENTORBOT_HTTP_PORT", Integer.toString(port));
        env.put("MENTORBOT_DATA_DIR", data.resolve(name).toString());
        env.put("MENTORBOT_DATABASE_URL", db.url());
        env.put("MENTORBOT_DATABASE_USER", db.user());
        env.put("MENTORBOT_DATABASE_PASSWORD", db.password().value());
        return env;
    }

    /** Tip posts so far, by channel. */
    private Map<String, Long> tipPosts() {
        return api.posts.stream().map(c -> c.form().get("channel")).filter(ch -> ch.startsWith("C"))
                .collect(Collectors.groupingBy(ch -> ch, Collectors.counting()));
    }

    private long answersIn(String channel) {
        return api.posts.stream().filter(c -> channel.equals(c.form().get("channel"))).count();
    }

    /** Ledger rows for the day by state. */
    private static Map<String, Long> ledger(Database store) {
        return store.read("read the ledger", c -> {
            Map<String, Long> out = new HashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT state, COUNT(*) FROM tip_post_ledger GROUP BY state")) {
                while (r.next()) {
                    out.put(r.getString(1), r.getLong(2));
                }
            }
            return out;
        });
    }

    @Test
    void twoProcessesAnswerAnEventOnceAndPostEachOf200TipsOnceThoughOneIsKilledMidFanOut() throws Exception {
        int portA = SlackJarIT.freePort();
        int portB = SlackJarIT.freePort();
        BotJar a = children.start(env(portA, "a"));
        BotJar b = children.start(env(portB, "b"));
        SignedClient toA = new SignedClient(portA, SIGNING_SECRET);
        SignedClient toB = new SignedClient(portB, SIGNING_SECRET);
        SlackJarIT.awaitHealthy(a, toA);
        SlackJarIT.awaitHealthy(b, toB);
        // /readyz's store check runs a query on the shared PostgreSQL.
        a.await("GET /readyz to answer 200", () -> {
            try {
                return toA.get("/readyz").statusCode() == 200;
            } catch (Exception notYet) {
                return false;
            }
        }, SlackJarIT.START);
        assertTrue(toA.get("/readyz").body().contains("\"store\":\"reachable\""), a.describe());

        // 1. The same signed event to both (the second as Slack's retry): one answer.
        String event = SlackHttpModeTest.messageEvent("EvReplicas1", DM, "U1", "what does an MLOps engineer earn?", null, null);
        assertEquals(200, toA.postJson(event, Map.of()).statusCode(), a.describe());
        assertEquals(200, toB.postJson(event, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"))
                .statusCode(), b.describe());
        b.await("the event's answer", () -> answersIn(DM) >= 1, Duration.ofSeconds(60));

        // 2. 200 channels of one workspace, all due at the same minute, at least 15 s away.
        ZonedDateTime due = ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(15 + 59).truncatedTo(ChronoUnit.MINUTES);
        try (SqlSubscriptionStore store = SqlSubscriptionStore.open(PostgresDatabase.open(db, Duration.ofSeconds(10)))) {
            for (int i = 0; i < CHANNELS; i++) {
                store.subscribe(new ChannelKey(Platform.SLACK, "T1", String.format("C%03d", i)),
                        LocalTime.of(due.getHour(), due.getMinute()), ZoneOffset.UTC, "U1", Instant.now());
            }
        }
        System.out.printf("ReplicasJarIT: %d channels due at %s%n", CHANNELS, due);

        // 3. Slack holds every post of both processes, so each one's two delivery threads hang in the chat.postMessage
        //    of the first two days it claimed. Process a is then killed outright, mid-request, and Slack answers b.
        //    (Held from the start, each process's threads are in a post Slack received before the read timeout
        //    could end one: a post that timed out would be retried, and a retry is the documented way to post twice.)
        api.holdPostsFrom("a");
        api.holdPostsFrom("b");
        Duration untilDue = Duration.between(ZonedDateTime.now(ZoneOffset.UTC), due);
        b.await("both delivery threads of each process to hang in a post",
                () -> api.held("a") == 2 && api.held("b") == 2, untilDue.plusSeconds(120));
        a.sigkill();
        assertNotEquals(0, a.awaitExit(Duration.ofSeconds(10)), a.describe());
        api.answerHeldPostsFrom("b");
        int atKill = tipPosts().size();
        System.out.printf("ReplicasJarIT: process a killed after %d tips had reached Slack%n", atKill);

        // 4. The survivor finishes: every channel posted, every day's row settled (nothing claimed or in flight); the
        //    two posts a was killed in are marked failed, not sent again (they did reach Slack).
        try (Database check = PostgresDatabase.open(db, Duration.ofSeconds(10))) {
            b.await("all " + CHANNELS + " channels to be posted and the ledger settled",
                    () -> tipPosts().size() == CHANNELS && ledger(check).getOrDefault("CLAIMED", 0L) == 0
                            && ledger(check).values().stream().mapToLong(Long::longValue).sum() == CHANNELS
                            && ledger(check).getOrDefault("SENDING", 0L) == 0, Duration.ofMinutes(4));
            Map<String, Long> posts = tipPosts();
            List<String> twice = posts.entrySet().stream().filter(e -> e.getValue() != 1).map(Map.Entry::getKey).toList();
            assertEquals(List.of(), twice, "channels posted more than once");
            assertEquals(CHANNELS, posts.size());
            assertEquals(CHANNELS, api.posts.stream().filter(c -> c.form().get("channel").startsWith("C")).count(),
                    "exactly " + CHANNELS + " chat.postMessage for tips");
            assertEquals(Map.of("SENT", (long) CHANNELS - 2, "FAILED", 2L), ledger(check));
            System.out.printf("ReplicasJarIT: ledger %s, %d tips posted before the kill%n", ledger(check), atKill);
        }
        assertEquals(1, answersIn(DM), "the event sent to both processes was answered once");
    }
}
