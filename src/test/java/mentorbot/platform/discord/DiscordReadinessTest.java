package mentorbot.platform.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mentorbot.config.Secret;
import mentorbot.config.Settings;
import mentorbot.platform.ConnectionState;
import mentorbot.platform.FatalErrorListener;
import mentorbot.platform.Health;
import mentorbot.platform.HttpEndpoint;
import mentorbot.platform.Probes;
import mentorbot.platform.Readiness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code /readyz} follows a platform's connection: 503 naming it while the fake Discord holds READY back, then 200. */
@Timeout(60)
class DiscordReadinessTest {

    FakeDiscord fake;
    CompletableFuture<DiscordPlatform> platform;

    @BeforeEach
    void fake() throws Exception {
        fake = new FakeDiscord();
    }

    @AfterEach
    void stop() throws Exception {
        try {
            fake.releaseReady();
            if (platform != null) {
                platform.get(30, TimeUnit.SECONDS).close();
            }
        } finally {
            fake.close();
        }
        assertEquals(List.of(), fake.errors(), "errors in listeners or Discord calls");
    }

    @Test
    void readyzAnswers503NamingDiscordUntilTheGatewayIsReadyThen200() throws Exception {
        ConnectionState state = new ConnectionState("discord", Clock.systemUTC(), FatalErrorListener.NONE);
        Probes probes = new Probes(new Health(List.of(state), Duration.ofMinutes(10), Clock.systemUTC()),
                new Readiness(List.of(new Readiness.Check("knowledge", () -> new Readiness.State(true, "loaded")),
                        Readiness.connected(state))), Map.of());
        fake.holdReady();
        try (HttpEndpoint server = HttpEndpoint.start("127.0.0.1", 0, Map.of(), probes)) {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest readyz = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/readyz"))
                    .timeout(Duration.ofSeconds(5)).build();
            platform = CompletableFuture.supplyAsync(() -> DiscordPlatform.builder(new Settings.Discord(fake.guildId,
                            fake.apiUrl(), fake.gatewayUrl(), 0, new Secret("test-token")), new TestHandler(), TestSpecs.all())
                    .startTimeout(Duration.ofSeconds(30)).errors(fake::error).connection(state).start());
            assertTrue(fake.awaitHeldReady(Duration.ofSeconds(30)), "the bot identified on the gateway within 30 s");

            HttpResponse<String> connecting = client.send(readyz, HttpResponse.BodyHandlers.ofString());
            assertEquals(503, connecting.statusCode());
            assertEquals("{\"status\":\"not ready\",\"checks\":{\"knowledge\":\"loaded\",\"discord\":\"connecting\"},"
                    + "\"notReady\":[\"discord\"]}", connecting.body());
            assertEquals(200, client.send(readyz.newBuilder().uri(URI.create("http://127.0.0.1:" + server.port()
                    + "/healthz")).build(), HttpResponse.BodyHandlers.discarding()).statusCode(), "alive all along");

            fake.releaseReady();
            platform.get(30, TimeUnit.SECONDS); // start() returns once the gateway is ready
            HttpResponse<String> ready = client.send(readyz, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ready.statusCode());
            assertEquals("{\"status\":\"ready\",\"checks\":{\"knowledge\":\"loaded\",\"discord\":\"connected\"},"
                    + "\"notReady\":[]}", ready.body());
        }
    }
}
