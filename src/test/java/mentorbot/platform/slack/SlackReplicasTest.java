package mentorbot.platform.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import mentorbot.config.Settings;
import mentorbot.store.PostgresDatabase;
import mentorbot.store.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two replicas in HTTP mode on one (embedded) PostgreSQL behind a load balancer that sends Slack's retry to the
 * other one: the event is answered once, and a message delivered again under a new event id too.
 */
class SlackReplicasTest {

    private final Settings.Database db = TestPostgres.freshDatabase();
    private FakeSlackApi api;
    private SlackPlatform first;
    private SlackPlatform second;
    private SignedClient toFirst;
    private SignedClient toSecond;

    private SlackPlatform replica() throws java.io.IOException {
        // One worker each: a replica answers in order, so a sentinel answered means everything before it was handled.
        return SlackPlatform.builder(SlackHttpModeTest.httpSettings(api.apiUrl()), new EchoHandler(), TestCommands.ALL)
                .bindHost("127.0.0.1").workers(1, 64)
                .sharedEvents(PostgresDatabase.open(db, Duration.ofSeconds(5)))
                .start();
    }

    @BeforeEach
    void start() throws java.io.IOException {
        api = new FakeSlackApi();
        first = replica();
        second = replica();
        toFirst = new SignedClient(first.httpPort(), SlackHttpModeTest.SECRET);
        toSecond = new SignedClient(second.httpPort(), SlackHttpModeTest.SECRET);
    }

    @AfterEach
    void stop() {
        first.close();
        second.close();
        api.close();
    }

    /** Each replica answers a sentinel of its own; then no other post may be waiting. */
    private void assertNothingElsePosted() throws Exception {
        assertEquals(200, toFirst.postJson(SlackHttpModeTest.messageEvent("EvS1", "D8", "U1", "sentinel", null, null),
                Map.of()).statusCode());
        assertEquals(200, toSecond.postJson(SlackHttpModeTest.messageEvent("EvS2", "D9", "U1", "sentinel", null, null),
                Map.of()).statusCode());
        java.util.Set<String> channels = new java.util.HashSet<>();
        channels.add(api.nextPost().form().get("channel"));
        channels.add(api.nextPost().form().get("channel"));
        assertEquals(java.util.Set.of("D8", "D9"), channels);
        assertTrue(api.posts.isEmpty(), "nothing else was posted: " + api.posts);
    }

    @Test
    void theSameSignedEventSentToBothReplicasIsAnsweredOnce() throws Exception {
        String event = SlackHttpModeTest.messageEvent("EvBoth", "D1", "U1", "what does an MLOps engineer earn?", null, null);
        assertEquals(200, toFirst.postJson(event, Map.of()).statusCode());
        assertEquals(200, toSecond.postJson(event, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"))
                .statusCode());

        FakeSlackApi.Call answer = api.nextPost();
        assertEquals("D1", answer.form().get("channel"));
        assertNothingElsePosted();
    }

    @Test
    void aMessageDeliveredAgainUnderANewEventIdToTheOtherReplicaIsAnsweredOnce() throws Exception {
        assertEquals(200, toFirst.postJson(SlackHttpModeTest.messageEvent("EvA", "171.5", "D1", "U1", "hi", null, null),
                Map.of()).statusCode());
        assertEquals(200, toSecond.postJson(SlackHttpModeTest.messageEvent("EvB", "171.5", "D1", "U1", "hi", null, null),
                Map.of()).statusCode());

        assertEquals("D1", api.nextPost().form().get("channel"));
        assertNothingElsePosted();
    }
}
