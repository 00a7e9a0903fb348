package mentorbot.platform.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import mentorbot.Core;
import mentorbot.config.Settings;
import mentorbot.mentor.ObservedHandler;
import mentorbot.metrics.CacheMeters;
import mentorbot.metrics.MetricsServlet;
import mentorbot.metrics.RequestMeters;
import mentorbot.metrics.Scrape;
import mentorbot.platform.ConnectionState;
import mentorbot.platform.FatalErrorListener;
import mentorbot.platform.Health;
import mentorbot.platform.Probes;
import mentorbot.platform.Readiness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code /metrics} on Slack's own HTTP server, scraped over real HTTP while signed commands and DMs are answered by
 * the real core: the counters move by command, platform and outcome, and no user, team or question text is a label.
 */
@Timeout(120)
class SlackMetricsTest {

    private FakeSlackApi api;
    private SlackPlatform slack;
    private SignedClient client;

    @BeforeEach
    void start() throws Exception {
        api = new FakeSlackApi();
        Settings settings = SlackHttpModeTest.httpSettings(api.apiUrl());
        Core core = Core.create(settings, Clock.systemUTC(), Ticker.systemTicker(), RandomGenerator.getDefault(), List.of());
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new CacheMeters("answers", core.cache()).bindTo(registry);
        ConnectionState connection = new ConnectionState("slack", Clock.systemUTC(), FatalErrorListener.NONE);
        Probes probes = new Probes(new Health(List.of(connection), Duration.ofMinutes(10), Clock.systemUTC()),
                new Readiness(List.of(Readiness.connected(connection))), Map.of("/metrics", new MetricsServlet(registry)));
        slack = SlackPlatform.builder(settings, new ObservedHandler(core.handler(), new RequestMeters(registry, core.commands())),
                        core.commands())
                .bindHost("127.0.0.1").workers(1, 64).connection(connection).probes(probes).knowledge(core.knowledge()).start();
        client = new SignedClient(slack.httpPort(), SlackHttpModeTest.SECRET);
    }

    @AfterEach
    void stop() {
        if (slack != null) {
            slack.close();
        }
        api.close();
    }

    private static Map<String, String> slack(String command) {
        return Map.of("platform", "slack", "command", command);
    }

    private static Map<String, String> slack(String command, String reason) {
        return Map.of("platform", "slack", "command", command, "reason", reason);
    }

    /** A signed slash command, answered in the ack or through response_url: the text of the answer. */
    private String command(String name, String text) throws Exception {
        HttpResponse<String> ack = client.postForm(SignedClient.form(SignedClient.slashCommand(name, text, api.responseUrl(name))));
        assertEquals(200, ack.statusCode(), ack.body());
        if (!ack.body().isBlank() && ack.body().contains("blocks")) {
            return ack.body();
        }
        FakeSlackApi.Call later = api.nextResponse();
        assertNotNull(later, "an answer to " + name + " " + text);
        return later.body();
    }

    /** A DM to the bot: the text of the one post that answers it. */
    private String dm(String eventId, String text) throws Exception {
        assertEquals(200, client.postJson(SlackHttpModeTest.messageEvent(eventId, "D0METRICS", "U0SECRETUSER", text, null, null),
                Map.of()).statusCode());
        FakeSlackApi.Call post = api.nextPost();
        assertNotNull(post, "an answer to " + text);
        assertEquals("D0METRICS", post.form().get("channel"));
        return post.form().get("text") + post.form().get("blocks");
    }

    @Test
    void scrapedCountersMoveWithAnswersDeclinesAndCacheHitsByCommandAndPlatform() throws Exception {
        Scrape before = Scrape.of(slack.httpPort());
        assertEquals(0, before.value("mentorbot_requests_total", slack("salary")));

        assertTrue(command("/salary", "senior").contains("$150K"));
        assertTrue(command("/salary", "senior").contains("$150K"), "the same answer, from the cache");
        assertTrue(command("/salary", "zzyzx").contains("did not understand"));
        assertTrue(dm("EvMetrics1", "what does an NLP engineer do?").contains("NLP"));
        assertTrue(dm("EvMetrics2", "what is a good recipe for lasagna?").contains("outside what I cover"));

        Scrape after = Scrape.of(slack.httpPort());
        assertEquals(3, after.value("mentorbot_requests_total", slack("salary")), after.body());
        assertEquals(2, after.value("mentorbot_answers_total", slack("salary")));
        assertEquals(1, after.value("mentorbot_declines_total", slack("salary", "not_known")));
        assertEquals(2, after.value("mentorbot_requests_total", slack("text")));
        assertEquals(1, after.value("mentorbot_answers_total", slack("text")));
        assertEquals(1, after.value("mentorbot_declines_total", slack("text", "out_of_field")));
        assertEquals(3, after.value("mentorbot_answer_latency_seconds_count", slack("salary")));
        assertEquals(3, after.value("mentorbot_answer_latency_seconds_bucket",
                Map.of("platform", "slack", "command", "salary", "le", "+Inf")));
        assertTrue(after.value("cache_gets_total", Map.of("cache", "answers", "result", "hit")) >= 1,
                "the second /salary senior hit the cache: " + after.body());
        assertTrue(after.value("cache_gets_total", Map.of("cache", "answers", "result", "miss")) >= 2);

        for (String secret : List.of("U0SECRETUSER", "T1", "D0METRICS", "lasagna", "zzyzx", "NLP")) {
            assertFalse(after.body().contains(secret), "no user, team, channel or question text in any label: " + secret);
        }
    }

    @Test
    void readyzIsReadyOnceSlackIsConnectedAndNamesEachCheck() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + slack.httpPort() + "/readyz")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertEquals("{\"status\":\"ready\",\"checks\":{\"slack\":\"connected\"},\"notReady\":[]}", r.body());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""));
    }
}
