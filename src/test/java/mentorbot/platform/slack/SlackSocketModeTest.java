package mentorbot.platform.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import mentorbot.config.Secret;
import mentorbot.config.Settings;
import mentorbot.mentor.Platform;
import mentorbot.mentor.Request;
import mentorbot.platform.ConnectionState;
import mentorbot.testing.LogCapture;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Socket Mode over a real WebSocket on loopback: hello, envelopes, and the bot's acknowledgements. */
class SlackSocketModeTest {

    static final java.time.Duration WAIT = java.time.Duration.ofSeconds(30);

    /** Stands in for Slack's Socket Mode endpoint: sends hello on connect, records what the bot sends. */
    static final class FakeSocketServer extends WebSocketServer {
        final CountDownLatch started = new CountDownLatch(1);
        volatile CountDownLatch connected = new CountDownLatch(1);
        final CountDownLatch disconnected = new CountDownLatch(1);
        final BlockingQueue<String> received = new LinkedBlockingQueue<>();
        final List<WebSocket> connections = new CopyOnWriteArrayList<>();

        FakeSocketServer() {
            super(new InetSocketAddress("127.0.0.1", 0));
            setReuseAddr(true);
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            connections.add(conn);
            conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\","
                    + "\"approximate_connection_time\":3600},\"connection_info\":{\"app_id\":\"A1\"}}");
            connected.countDown();
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
            connections.remove(conn);
            disconnected.countDown();
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            received.add(message);
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
        }

        @Override
        public void onStart() {
            started.countDown();
        }

        void sendToAll(String text) {
            connections.forEach(c -> c.send(text));
        }

        /** The bot's next message carrying this envelope id, or null after a bounded wait. */
        JsonNode ackFor(String envelopeId) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            for (int i = 0; i < 100; i++) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                String msg = received.poll(left, TimeUnit.NANOSECONDS);
                if (msg == null) {
                    return null;
                }
                JsonNode node = Json.parse(msg);
                if (envelopeId.equals(node.path("envelope_id").asText())) {
                    return node;
                }
            }
            return null;
        }
    }

    private FakeSlackApi api;
    private FakeSocketServer ws;
    private EchoHandler echo;
    private SlackPlatform slack;

    @BeforeEach
    void start() throws Exception {
        api = new FakeSlackApi();
        ws = new FakeSocketServer();
        ws.start();
        assertTrue(ws.started.await(10, TimeUnit.SECONDS));
        api.socketUrl = "ws://127.0.0.1:" + ws.getPort() + "/link/?ticket=t1";
        echo = new EchoHandler();
        slack = SlackPlatform.builder(socketSettings(api.apiUrl(), 0), echo, TestCommands.ALL).bindHost("127.0.0.1").workers(1, 64).start();
        assertTrue(ws.connected.await(10, TimeUnit.SECONDS), "the bot connects to the URL of apps.connections.open");
    }

    @AfterEach
    void stop() throws Exception {
        if (slack != null) {
            slack.close();
        }
        ws.stop(2_000);
        api.close();
    }

    @Test
    void slashCommandEnvelopeIsAcknowledgedWithBlockKitPayload() throws Exception {
        ObjectNode envelope = Json.MAPPER.createObjectNode()
                .put("envelope_id", "env-1")
                .put("type", "slash_commands")
                .put("accepts_response_payload", true);
        envelope.putObject("payload")
                .put("token", "legacy-unused")
                .put("team_id", "T1")
                .put("team_domain", "test")
                .put("channel_id", "C1")
                .put("channel_name", "general")
                .put("user_id", "U1")
                .put("user_name", "ada")
                .put("command", "/interview")
                .put("text", "rag <!channel> & more")
                .put("api_app_id", "A1")
                .put("response_url", api.responseUrl("sm"))
                .put("trigger_id", "1.2.3");
        ws.sendToAll(envelope.toString());

        JsonNode ack = ws.ackFor("env-1");
        assertNotNull(ack, "acknowledgement with envelope_id env-1");
        JsonNode payload = ack.get("payload");
        assertNotNull(payload, "answer carried in the acknowledgement: " + ack);
        assertEquals("ephemeral", payload.get("response_type").asText());
        JsonNode blocks = payload.get("blocks");
        assertEquals("header", blocks.get(0).get("type").asText());
        assertEquals("Echo /interview rag &lt;!channel&gt; &amp; more", blocks.get(0).get("text").get("text").asText());
        BlockKitRendererTest.assertWithinLimits(blocks);
        Json.assertNothingUnescaped(payload);
        assertEquals(Request.command(Platform.SLACK, "T1", "U1", "C1", "interview", "rag <!channel> & more"),
                echo.requests.poll(5, TimeUnit.SECONDS));
    }

    @Test
    void slowCommandOverTheSocketIsAcknowledgedAtOnceThenAnsweredThroughResponseUrl() throws Exception {
        slack.close();
        ws.connected = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        mentorbot.mentor.RequestHandler slow = request -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return EchoHandler.echo(request);
        };
        slack = SlackPlatform.builder(socketSettings(api.apiUrl(), null), slow, TestCommands.ALL)
                .ackBudget(java.time.Duration.ZERO).start();
        assertTrue(ws.connected.await(10, TimeUnit.SECONDS));
        ObjectNode envelope = Json.MAPPER.createObjectNode()
                .put("envelope_id", "env-slow")
                .put("type", "slash_commands")
                .put("accepts_response_payload", true);
        envelope.putObject("payload")
                .put("team_id", "T1").put("channel_id", "C1").put("user_id", "U1")
                .put("command", "/salary").put("text", "senior")
                .put("api_app_id", "A1").put("response_url", api.responseUrl("sock-slow")).put("trigger_id", "1.2.3");
        try {
            ws.sendToAll(envelope.toString());
            JsonNode ack = ws.ackFor("env-slow");
            assertNotNull(ack, "acknowledged before the answer is ready");
            assertTrue(ack.path("payload").isMissingNode() || ack.path("payload").path("blocks").isMissingNode(),
                    "an empty acknowledgement: " + ack);
            assertTrue(api.responses.isEmpty());
        } finally {
            release.countDown();
        }
        FakeSlackApi.Call call = api.nextResponse();
        assertNotNull(call);
        assertEquals("/respond/sock-slow", call.path());
        assertEquals("Echo /salary senior", Json.parse(call.body()).get("blocks").get(0).get("text").get("text").asText());
    }

    @Test
    void directMessageEnvelopeIsAcknowledgedAndAnsweredOnceEvenWhenRedelivered() throws Exception {
        String event = SlackHttpModeTest.messageEvent("EvSock", "D5", "U1", "what does an NLP engineer earn?", "90.1", null);
        ws.sendToAll(eventsEnvelope("env-2", event, 0));
        assertNotNull(ws.ackFor("env-2"));
        ws.sendToAll(eventsEnvelope("env-3", event, 1)); // Slack redelivers the same event_id
        assertNotNull(ws.ackFor("env-3"));
        String sentinel = SlackHttpModeTest.messageEvent("EvSock2", "D6", "U1", "sentinel", null, null);
        ws.sendToAll(eventsEnvelope("env-4", sentinel, 0));
        assertNotNull(ws.ackFor("env-4"));

        // A DM in a thread is the assistant panel's (a status first), the sentinel the DM listener's: either may post first.
        java.util.Map<String, FakeSlackApi.Call> byChannel = new java.util.HashMap<>();
        for (int i = 0; i < 2; i++) {
            FakeSlackApi.Call post = api.nextPost();
            assertNotNull(post);
            assertNull(byChannel.put(post.form().get("channel"), post), "a redelivered event is not answered twice");
        }
        assertEquals(java.util.Set.of("D5", "D6"), byChannel.keySet());
        assertEquals("90.1", byChannel.get("D5").form().get("thread_ts"));
        assertTrue(api.posts.isEmpty());
        List<Request> seen = new ArrayList<>();
        echo.requests.drainTo(seen);
        assertEquals(2, seen.size());
    }

    @Test
    void healthzIsServedBesideSocketModeWhenAPortIsSet() throws Exception {
        assertEquals("socket", slack.mode());
        assertTrue(slack.httpPort() > 0);
        SignedClient client = new SignedClient(slack.httpPort(), "unused");
        HttpResponse<String> health = client.get("/healthz");
        assertEquals(200, health.statusCode());
        assertEquals("{\"status\":\"ok\",\"platforms\":{\"slack\":\"connected\"}}", health.body());
        int events = client.postForm("x=y").statusCode();
        assertTrue(events == 404 || events == 405, "no /slack/events in Socket Mode, got " + events);
    }

    @Test
    void suggestionClickOverTheSocketIsAcknowledgedAndAnsweredThroughResponseUrl() throws Exception {
        ObjectNode envelope = Json.MAPPER.createObjectNode()
                .put("envelope_id", "env-5")
                .put("type", "interactive")
                .put("accepts_response_payload", false);
        envelope.set("payload", Json.parse(SlackHttpModeTest.blockAction("mentorbot_1",
                "mb:run:roadmap genai", api.responseUrl("sock-click"))));
        ws.sendToAll(envelope.toString());
        assertNotNull(ws.ackFor("env-5"));
        FakeSlackApi.Call call = api.nextResponse();
        assertNotNull(call);
        assertEquals("/respond/sock-click", call.path());
        JsonNode body = Json.parse(call.body());
        assertEquals("ephemeral", body.get("response_type").asText());
        assertEquals("Echo /roadmap genai", body.get("blocks").get(0).get("text").get("text").asText());
        assertEquals(Request.command(Platform.SLACK, "T1", "U2", "C1", "roadmap", "genai"),
                echo.requests.poll(5, TimeUnit.SECONDS));
    }

    @Test
    void healthzServerCanBeLeftToTheCaller() throws Exception {
        slack.close();
        slack = SlackPlatform.builder(socketSettings(api.apiUrl(), 0), echo, TestCommands.ALL)
                .bindHost("127.0.0.1").healthzInSocketMode(false).start();
        assertEquals(-1, slack.httpPort());
    }

    @Test
    void closeDisconnectsFromTheSocket() throws Exception {
        assertEquals(1, ws.connections.size());
        slack.close();
        assertTrue(ws.disconnected.await(10, TimeUnit.SECONDS), "the bot closed its WebSocket");
        assertTrue(ws.connections.isEmpty());
    }

    @Test
    void rejectedAppTokenFailsFast() {
        slack.close();
        slack = null;
        api.socketUrl = null; // apps.connections.open now answers invalid_auth
        SlackStartException e = assertThrows(SlackStartException.class,
                () -> SlackPlatform.start(socketSettings(api.apiUrl(), null), echo, TestCommands.ALL));
        assertTrue(e.getMessage().contains("SLACK_APP_TOKEN"), e.getMessage());
        assertTrue(e.getMessage().contains("invalid_auth"), e.getMessage());
        assertFalse(e.getMessage().contains("xapp-test"), "never print the token");
    }

    @Test
    void aDroppedSocketIsReconnectingUntilSlackSaysHelloAgain() throws Exception {
        try (LogCapture log = LogCapture.onEveryThread(ConnectionState.class.getName(), Level.DEBUG)) {
            ws.connected = new CountDownLatch(1);
            ws.connections.forEach(c -> c.close(1001, "going away"));
            log.await(l -> l.getFormattedMessage().startsWith("slack: connection lost (the Socket Mode connection closed with"), WAIT);
            assertTrue(ws.connected.await(30, TimeUnit.SECONDS), "the client connects again by itself");
            log.await(l -> l.getFormattedMessage().equals("slack: connected again"), WAIT);
            assertEquals(List.of(), log.at(Level.ERROR));
        }
    }

    @Test
    void anAppTokenRevokedWhileRunningFailsSlackForGoodWhenItReconnects() throws Exception {
        try (LogCapture log = LogCapture.onEveryThread(ConnectionState.class.getName(), Level.DEBUG)) {
            api.socketUrl = null; // apps.connections.open now answers invalid_auth
            ws.connections.forEach(c -> c.close(1001, "going away"));
            ILoggingEvent error = log.await(l -> l.getLevel() == Level.ERROR, WAIT);
            assertTrue(error.getFormattedMessage().startsWith("Chat platform slack failed for good: Slack answered invalid_auth to"
                    + " apps.connections.open: SLACK_APP_TOKEN no longer works"), error.getFormattedMessage());
            assertFalse(error.getFormattedMessage().contains("xapp-test"), "never print the token");
        }
    }

    @Test
    void unreachableApiFailsFast() {
        slack.close();
        slack = null;
        SlackStartException e = assertThrows(SlackStartException.class,
                () -> SlackPlatform.start(socketSettings("http://127.0.0.1:1/api/", null), echo, TestCommands.ALL));
        assertTrue(e.getMessage().contains("SLACK_API_URL"), e.getMessage());
    }

    static Settings socketSettings(String apiUrl, Integer port) {
        return new Settings(null, null, null, null, null, new Settings.Http(port),
                new Settings.Slack("socket", apiUrl, null, new Secret("xoxb-test"), new Secret(null),
                        new Secret("xapp-test")),
                null, null, null);
    }

    private static String eventsEnvelope(String envelopeId, String eventCallback, int retryAttempt) {
        ObjectNode envelope = Json.MAPPER.createObjectNode()
                .put("envelope_id", envelopeId)
                .put("type", "events_api")
                .put("accepts_response_payload", false)
                .put("retry_attempt", retryAttempt)
                .put("retry_reason", retryAttempt == 0 ? "" : "timeout");
        envelope.set("payload", Json.parse(eventCallback));
        return envelope.toString();
    }
}
