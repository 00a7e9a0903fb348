package mentorbot.platform.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.slack.api.app_backend.SlackSignature;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mentorbot.mentor.RequestHandler;
import mentorbot.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/**
 * What anyone on the network can send to {@code /slack/events}, at the wire: malformed bodies
 * signed and unsigned, timestamps from the past and the future, oversized and half-sent bodies,
 * methods it does not serve. Never a 500, an exception name, a server version or a log flood.
 */
class SlackHostileInputTest {

    private static final String SECRET = SlackHttpModeTest.SECRET;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private FakeSlackApi api;
    private RequestHandler handler;
    private SlackPlatform slack;
    private ListAppender<ILoggingEvent> logged;
    private Logger platformLog;

    @BeforeEach
    void start() throws Exception {
        api = new FakeSlackApi();
        handler = mock(RequestHandler.class, delegatesTo(new EchoHandler()));
        slack = SlackPlatform.builder(SlackHttpModeTest.httpSettings(api.apiUrl()), handler, TestCommands.ALL)
                .bindHost("127.0.0.1").workers(1, 64).clock(clock).start();
        platformLog = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME); // every logger, Bolt's too
        logged = new ListAppender<>();
        logged.start();
        platformLog.addAppender(logged);
    }

    @AfterEach
    void stop() {
        platformLog.detachAppender(logged);
        slack.close();
        api.close();
    }

    static Stream<Arguments> malformedBodies() {
        return Stream.of(
                Arguments.of("form with a bad escape", "application/x-www-form-urlencoded",
                        "command=%2Fsalary&text=%ZZ&user_id=U1&channel_id=C1&team_id=T1"),
                Arguments.of("payload that is not JSON", "application/x-www-form-urlencoded", "payload=not-json"),
                Arguments.of("block_actions without actions", "application/x-www-form-urlencoded",
                        "payload=" + enc("{\"type\":\"block_actions\"}")),
                Arguments.of("view_submission without a view", "application/x-www-form-urlencoded",
                        "payload=" + enc("{\"type\":\"view_submission\"}")),
                Arguments.of("a JSON array", "application/json", "[1,2,3]"),
                Arguments.of("event_callback without event", "application/json", "{\"type\":\"event_callback\"}"),
                Arguments.of("no known shape", "text/plain", "hello there"),
                Arguments.of("empty", "application/json", ""));
    }

    @ParameterizedTest(name = "{0}: unsigned 401, signed 400")
    @MethodSource("malformedBodies")
    void malformedBodiesGet401UnsignedAnd400SignedNeverA500(String what, String type, String body) throws Exception {
        HttpResponse<String> unsigned = post(body.getBytes(StandardCharsets.UTF_8), type, null);
        assertEquals(401, unsigned.statusCode(), what + ": " + unsigned.body());
        HttpResponse<String> signed = post(body.getBytes(StandardCharsets.UTF_8), type, now());
        assertEquals(400, signed.statusCode(), what + ": " + signed.body());
        for (HttpResponse<String> r : List.of(unsigned, signed)) {
            assertNeutral(r);
        }
        verify(handler, never()).handle(any());
        assertTrue(logged.list.stream().noneMatch(e -> e.getThrowableProxy() != null), "no stack trace logged");
    }

    @Test
    void aSignedBodyThatIsNotUtf8Gets400NotA401() throws Exception {
        byte[] body = {'t', 'e', 'x', 't', '=', (byte) 0xC3, (byte) 0x28};
        HttpResponse<String> r = post(body, "application/x-www-form-urlencoded", now());
        assertEquals(400, r.statusCode(), r.body());
        assertNeutral(r);
    }

    @Test
    void timestampsMoreThanFiveMinutesAwayEitherWayGet401() throws Exception {
        String command = SignedClient.form(SignedClient.slashCommand("/role", "ml", api.responseUrl("r")));
        byte[] body = command.getBytes(StandardCharsets.UTF_8);
        long now = now();
        for (long ts : new long[] {now + 600, now - 600, now + 365L * 24 * 3600, now * 1000, 0}) {
            HttpResponse<String> r = post(body, "application/x-www-form-urlencoded", ts);
            assertEquals(401, r.statusCode(), "timestamp " + ts + " (now " + now + "): " + r.body());
        }
        verify(handler, never()).handle(any());
        for (long ts : new long[] {now + 240, now - 240}) {
            HttpResponse<String> r = post(body, "application/x-www-form-urlencoded", ts);
            assertEquals(200, r.statusCode(), "timestamp " + ts + " within the window: " + r.body());
        }
    }

    @Test
    void aBodyOverTheLimitGets413WithoutBeingSignedOrRead() throws Exception {
        // 8 MB declared: the answer comes after the headers and a first slice, without the rest being sent.
        try (Socket socket = new Socket("127.0.0.1", slack.httpPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /slack/events HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (8 << 20) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[64 * 1024]);
            out.flush();
            String head = new String(socket.getInputStream().readNBytes(400), StandardCharsets.ISO_8859_1);
            assertTrue(head.startsWith("HTTP/1.1 413"), head);
            assertFalse(head.contains("Jetty") || head.contains("Exception"), head);
        }

        // No Content-Length (chunked): refused once the limit is passed, whatever follows.
        HttpRequest chunked = HttpRequest.newBuilder(endpoint()).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new RepeatingStream(32 << 20))).build();
        HttpResponse<String> r;
        try {
            r = http.send(chunked, HttpResponse.BodyHandlers.ofString());
            assertEquals(413, r.statusCode(), r.body());
        } catch (java.io.IOException closedWhileSending) {
            // The server answered 413 and closed before the client finished sending: refused either way.
        }
        assertTrue(logged.list.stream().anyMatch(e -> e.getFormattedMessage().contains("over 1048576 bytes")),
                "the refusal is logged in one line");
        assertTrue(logged.list.stream().allMatch(e -> e.getFormattedMessage().length() < 400), "short log lines");
    }

    @Test
    void aHalfSentBodyGetsA4xxNotA500() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", slack.httpPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /slack/events HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 1000\r\n\r\n{\"type\":").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.shutdownOutput(); // the client gives up mid-body
            String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertTrue(status.startsWith("HTTP/1.1 4"), "status line: " + status);
        }
    }

    @Test
    void traceAndOtherMethodsGet405AndNothingNamesTheServer() throws Exception {
        for (String path : List.of("/healthz", "/slack/events")) {
            for (String method : List.of("TRACE", "PUT", "DELETE", "OPTIONS")) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(endpoint().resolve(path))
                        .header("X-Echo-Me", "secret-header")
                        .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(405, r.statusCode(), method + " " + path);
                assertFalse(r.body().contains("secret-header"), method + " " + path + " echoed: " + r.body());
                assertNeutral(r);
            }
        }
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(endpoint()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, get.statusCode());
        assertNeutral(get);
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(endpoint().resolve("/nothing-here")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, missing.statusCode());
        assertNeutral(missing);
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(endpoint().resolve("/healthz")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertNeutral(health);
    }

    @Test
    void aFloodOfBadRequestsLogsAFewShortLinesOnly() throws Exception {
        byte[] junk = ("{\"junk\":\"" + "x".repeat(8000) + "\"}").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 60; i++) {
            assertEquals(401, post(junk, "application/json", null).statusCode());
            assertEquals(400, post(junk, "application/json", now()).statusCode());
        }
        long chars = logged.list.stream().mapToLong(e -> e.getFormattedMessage().length()).sum();
        assertTrue(logged.list.size() <= 10, logged.list.size() + " lines for 120 bad requests in one minute");
        assertTrue(chars < 10 * 400, chars + " characters logged");
        assertTrue(logged.list.stream().noneMatch(e -> e.getThrowableProxy() != null), "no stack trace");

        clock.advance(Duration.ofMinutes(1)); // a new minute: logged again, and the silence is counted
        post(junk, "application/json", null);
        assertTrue(logged.list.stream().anyMatch(e -> e.getFormattedMessage().contains("more bad requests were not logged")),
                "the suppressed lines are counted");
    }

    private void assertNeutral(HttpResponse<String> r) {
        String all = r.headers().map() + " " + r.body();
        for (String leak : List.of("Jetty", "jetty", "Exception", "exception", "at com.", "at org.", "Servlet")) {
            assertFalse(all.contains(leak), "response names '" + leak + "': " + all);
        }
        assertTrue(r.statusCode() < 500, "status " + r.statusCode());
    }

    private HttpResponse<String> post(byte[] body, String type, Long timestamp) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint()).timeout(Duration.ofSeconds(20))
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (timestamp != null) {
            String ts = Long.toString(timestamp);
            b.header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, ts);
            b.header(SlackSignature.HeaderNames.X_SLACK_SIGNATURE, sign(ts, body));
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new AssertionError("request failed: " + e, e);
        }
    }

    private static String sign(String ts, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update(("v0:" + ts + ":").getBytes(StandardCharsets.UTF_8));
        return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }

    private URI endpoint() {
        return URI.create("http://127.0.0.1:" + slack.httpPort() + "/slack/events");
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** {@code n} bytes of 'a', produced as read: a large body without holding it in the test. */
    private static final class RepeatingStream extends InputStream {
        private long left;

        RepeatingStream(long n) {
            this.left = n;
        }

        @Override
        public int read() {
            return left-- > 0 ? 'a' : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) 'a');
            left -= n;
            return n;
        }
    }
}
