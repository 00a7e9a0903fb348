package mentorbot.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mentorbot.testing.MutableClock;
import org.junit.jupiter.api.Test;

/** The one HTTP server: /healthz over real HTTP, telling each platform's state. */
class HttpEndpointTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private final MutableClock clock = MutableClock.atEpoch();

    private HttpResponse<String> healthz(HttpEndpoint server) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/healthz"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aHealthOnlyServerAnswersOkAndAPortInUseIsAClearError() throws Exception {
        try (HttpEndpoint health = HttpEndpoint.start("127.0.0.1", 0, Map.of())) {
            HttpResponse<String> r = healthz(health);
            assertEquals(200, r.statusCode());
            assertEquals("{\"status\":\"ok\",\"platforms\":{}}", r.body());
            assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""));
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> HttpEndpoint.start("127.0.0.1", health.port(), Map.of()));
            assertTrue(e.getMessage().contains("MENTORBOT_HTTP_PORT"), e.getMessage());
        }
    }

    @Test
    void connectedPlatformsAre200AndOneFailedForGoodIs503NamingIt() throws Exception {
        List<String> told = new ArrayList<>();
        ConnectionState slack = new ConnectionState("slack", clock, (p, r) -> told.add(p));
        ConnectionState discord = new ConnectionState("discord", clock, (p, r) -> told.add(p));
        Health health = new Health(List.of(slack, discord), Duration.ofMinutes(10), clock);
        try (HttpEndpoint server = HttpEndpoint.start("127.0.0.1", 0, Map.of(), Probes.of(health))) {
            slack.connected();
            discord.connected();
            HttpResponse<String> up = healthz(server);
            assertEquals(200, up.statusCode());
            assertEquals("{\"status\":\"ok\",\"platforms\":{\"slack\":\"connected\",\"discord\":\"connected\"}}", up.body());

            discord.failed("the gateway closed with 4004");
            HttpResponse<String> down = healthz(server);
            assertEquals(503, down.statusCode());
            assertEquals("{\"status\":\"unhealthy\",\"platforms\":{\"slack\":\"connected\",\"discord\":\"failed\"}}",
                    down.body());
            assertTrue(!down.body().contains("4004"), "the reason goes to the log, not to anyone who asks");
            assertEquals(List.of("discord"), told);
        }
    }

    @Test
    void reconnectingIsHealthyUntilTheGracePeriodEnds() throws Exception {
        ConnectionState discord = new ConnectionState("discord", clock, FatalErrorListener.NONE);
        Health health = new Health(List.of(discord), Duration.ofMinutes(10), clock);
        try (HttpEndpoint server = HttpEndpoint.start("127.0.0.1", 0, Map.of(), Probes.of(health))) {
            assertEquals(200, healthz(server).statusCode(), "starting, within the grace period");
            discord.connected();
            clock.advance(Duration.ofHours(1));
            discord.reconnecting("the gateway closed with 1006");
            clock.advance(Duration.ofMinutes(9));
            HttpResponse<String> brief = healthz(server);
            assertEquals(200, brief.statusCode());
            assertEquals("{\"status\":\"ok\",\"platforms\":{\"discord\":\"reconnecting\"}}", brief.body());
            clock.advance(Duration.ofMinutes(1));
            HttpResponse<String> stuck = healthz(server);
            assertEquals(503, stuck.statusCode());
            assertEquals("{\"status\":\"unhealthy\",\"platforms\":{\"discord\":\"reconnecting\"}}", stuck.body());
            discord.connected();
            assertEquals(200, healthz(server).statusCode(), "back once connected again");
        }
    }
}
