package mentorbot.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one HTTP server: health alone when no platform needs a web endpoint. */
class HttpEndpointTest {

    @Test
    void aHealthOnlyServerAnswersOkAndAPortInUseIsAClearError() throws Exception {
        try (HttpEndpoint health = HttpEndpoint.start("127.0.0.1", 0, Map.of())) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + health.port() + "/healthz")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertEquals("ok", r.body());
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> HttpEndpoint.start("127.0.0.1", health.port(), Map.of()));
            assertTrue(e.getMessage().contains("MENTORBOT_HTTP_PORT"), e.getMessage());
        }
    }
}
