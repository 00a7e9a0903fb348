package mentorbot.platform.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import mentorbot.metrics.Scrape;
import mentorbot.testing.BotJar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar in Slack HTTP mode against the fake Slack: {@code /readyz} turns 200 once the knowledge, the store
 * and Slack are ready (the time from process start is printed), and {@code /metrics} counts what it answered, with
 * the JVM, tips, store and mentor-queue meters wired in.
 */
@Timeout(180)
class ObservabilityJarIT {

    @TempDir
    Path data;

    FakeSlackApi api;
    final BotJar.Children children = new BotJar.Children();

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

    @Test
    void readyzTurns200OnceReadyAndMetricsCountTheAnswers() throws Exception {
        int port = SlackJarIT.freePort();
        BotJar bot = children.start(Map.of(
                "SLACK_MODE", "http",
                "SLACK_BOT_TOKEN", SlackJarIT.BOT_TOKEN,
                "SLACK_SIGNING_SECRET", SlackJarIT.SIGNING_SECRET,
                "SLACK_API_URL", api.apiUrl(),
                "MENTORBOT_HTTP_PORT", Integer.toString(port),
                "MENTORBOT_DATA_DIR", data.toString()));
        SignedClient client = new SignedClient(port, SlackJarIT.SIGNING_SECRET);
        bot.await("GET /readyz to answer 200", () -> {
            try {
                return client.get("/readyz").statusCode() == 200;
            } catch (Exception notYet) {
                return false;
            }
        }, SlackJarIT.START);
        System.out.printf("ObservabilityJarIT: process start to /readyz 200 in %d ms%n", bot.elapsed().toMillis());
        HttpResponse<String> ready = client.get("/readyz");
        assertEquals("{\"status\":\"ready\",\"checks\":{\"knowledge\":\"loaded\",\"store\":\"reachable\",\"slack\":\"connected\"},"
                + "\"notReady\":[]}", ready.body(), bot.describe());

        HttpResponse<String> ack = client.postForm(SignedClient.form(SignedClient.slashCommand("/salary", "senior",
                api.responseUrl("salary"))));
        assertEquals(200, ack.statusCode(), bot.describe());
        if (!ack.body().contains("blocks")) {
            assertNotNull(api.nextResponse(), "the answer through response_url\n" + bot.describe());
        }
        assertEquals(200, client.postJson(SlackHttpModeTest.messageEvent("EvObsIt1", "D0OBSIT", "U1",
                "what does an NLP engineer do?", null, null), Map.of()).statusCode());
        assertNotNull(api.nextPost(), "the DM's answer\n" + bot.describe());

        Scrape metrics = Scrape.of(port);
        assertEquals(1, metrics.value("mentorbot_requests_total", Map.of("platform", "slack", "command", "salary")),
                metrics.body());
        assertEquals(1, metrics.value("mentorbot_answers_total", Map.of("platform", "slack", "command", "salary")));
        assertEquals(1, metrics.value("mentorbot_answers_total", Map.of("platform", "slack", "command", "text")));
        assertEquals(1, metrics.value("mentorbot_answer_latency_seconds_count", Map.of("platform", "slack", "command", "text")));
        assertEquals(0, metrics.value("mentorbot_tips_posted_total", Map.of("platform", "slack")));
        assertEquals(0, metrics.value("mentorbot_store_errors_total", Map.of("kind", "locked")));
        assertEquals(0, metrics.value("mentorbot_mentor_queue_depth", Map.of()), "no request waits for a mentor");
        for (String jvm : java.util.List.of("jvm_memory_used_bytes", "jvm_threads_live_threads", "jvm_classes_loaded_classes",
                "process_uptime_seconds", "system_cpu_count")) {
            assertTrue(metrics.has(jvm), "JVM basics: " + jvm);
        }
        assertTrue(metrics.has("cache_gets_total"), "the answer cache");
    }
}
