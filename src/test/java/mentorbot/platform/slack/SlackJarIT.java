package mentorbot.platform.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mentorbot.testing.BotJar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar in Slack HTTP mode, driven only through environment variables against the
 * loopback {@link FakeSlackApi}: signed slash commands and events over real HTTP, the fake Web API
 * receiving the DM answer and a mention's answer in its thread, SIGTERM, and a rejected token.
 */
@Timeout(180)
class SlackJarIT {

    static final String BOT_TOKEN = "xoxb-jar-it-0000-secret-token";
    static final String SIGNING_SECRET = "jar-it-signing-secret";
    static final Duration START = Duration.ofSeconds(60);

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

    private Map<String, String> env(int port) {
        return Map.of(
                "SLACK_MODE", "http",
                "SLACK_BOT_TOKEN", BOT_TOKEN,
                "SLACK_SIGNING_SECRET", SIGNING_SECRET,
                "SLACK_API_URL", api.apiUrl(),
                "MENTORBOT_HTTP_PORT", Integer.toString(port),
                "MENTORBOT_DATA_DIR", data.toString());
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }

    /** Polls GET /healthz every 100 ms (bounded) until it answers 200. */
    static void awaitHealthy(BotJar bot, SignedClient client) throws Exception {
        bot.await("GET /healthz to answer 200", () -> {
            try {
                return client.get("/healthz").statusCode() == 200;
            } catch (Exception notYet) {
                return false;
            }
        }, START);
    }

    @Test
    void httpModeAnswersSignedCommandsDmsAndMentionsThenStopsOnSigterm() throws Exception {
        int port = freePort();
        BotJar bot = children.start(env(port));
        SignedClient client = new SignedClient(port, SIGNING_SECRET);
        awaitHealthy(bot, client);
        bot.awaitStdout("mentor-bot is running.", Duration.ofSeconds(15));

        // A signed /salary senior: 200 and the answer as Block Kit, in the ack (or, when slow, by response_url).
        String command = SignedClient.form(SignedClient.slashCommand("/salary", "senior", api.responseUrl("salary")));
        HttpResponse<String> ack = client.postForm(command);
        assertEquals(200, ack.statusCode(), ack.body() + "\n" + bot.describe());
        JsonNode answer = ack.body().isBlank() ? null : Json.parse(ack.body());
        boolean inAck = answer != null && answer.has("blocks");
        System.out.println("SlackJarIT: /salary senior answered " + (inAck ? "in the ack" : "through response_url"));
        if (!inAck) {
            FakeSlackApi.Call later = api.nextResponse();
            assertNotNull(later, "neither the ack nor response_url carried the answer; ack: " + ack.body() + "\n"
                    + bot.describe());
            answer = Json.parse(later.body());
        }
        assertTrue(answer.path("blocks").isArray() && answer.path("blocks").size() > 0, answer + "\n" + bot.describe());
        assertTrue(Json.strings(answer.path("blocks")).stream().anyMatch(s -> s.contains("$150K – $200K+")),
                "Block Kit of /salary senior: " + answer);
        assertEquals("ephemeral", answer.path("response_type").asText("ephemeral"), "private by default: " + answer);

        // The same request signed with another secret never reaches a handler.
        int responsesBefore = api.responses.size();
        HttpResponse<String> forged = client.send(command, "application/x-www-form-urlencoded", SignedClient.now(),
                "not-the-signing-secret", Map.of());
        assertEquals(401, forged.statusCode(), forged.body() + "\n" + bot.describe());
        assertFalse(forged.body().contains("150K"), forged.body());

        // A DM to the bot: acknowledged at once, answered with chat.postMessage in that DM.
        String dm = "D0JARIT";
        HttpResponse<String> event = client.postJson(SlackHttpModeTest.messageEvent("EvJarIt1", dm, "U1",
                "what does an NLP engineer do?", null, null), Map.of());
        assertEquals(200, event.statusCode(), event.body() + "\n" + bot.describe());
        FakeSlackApi.Call post = api.nextPost();
        assertNotNull(post, "no chat.postMessage within 10 s\n" + bot.describe());
        assertEquals(dm, post.form().get("channel"), post.form().toString());
        String posted = post.form().getOrDefault("text", "") + post.form().getOrDefault("blocks", "");
        assertTrue(posted.contains("NLP"), "the DM answer: " + post.form());
        assertEquals(responsesBefore, api.responses.size(), "the forged request ran no handler");

        // "@mentor-bot …" in a channel: one post in a thread on the mention, public, pinging no one.
        HttpResponse<String> mention = client.postJson(SlackMentionTest.mention("EvJarItM1", "1700000100.000200", "U1",
                "<@" + FakeSlackApi.BOT_USER + "> what does an MLOps engineer earn? <!everyone>", null), Map.of());
        assertEquals(200, mention.statusCode(), mention.body() + "\n" + bot.describe());
        FakeSlackApi.Call threaded = api.nextPost();
        assertNotNull(threaded, "no answer to the mention within 10 s\n" + bot.describe());
        assertEquals(SlackMentionTest.CHANNEL, threaded.form().get("channel"), threaded.form().toString());
        assertEquals("1700000100.000200", threaded.form().get("thread_ts"), "in a thread on the mention");
        String inThread = threaded.form().getOrDefault("text", "") + threaded.form().getOrDefault("blocks", "");
        assertTrue(inThread.contains("MLOps"), "the mention's answer: " + threaded.form());
        assertFalse(inThread.contains("<!everyone>"), "the echoed broadcast is escaped: " + threaded.form());

        // SIGTERM: a graceful stop within a bound.
        long before = System.nanoTime();
        bot.sigterm();
        int code = bot.awaitExit(BotJar.SIGTERM_BOUND);
        System.out.printf("%s: SIGTERM to exit took %d ms (exit code %d)%n", getClass().getSimpleName(),
                (System.nanoTime() - before) / 1_000_000, code);
        assertTrue(code == 0 || code == 143, "exit code after SIGTERM: " + code + "\n" + bot.describe());
        // The graceful path ran to its end: Application.close() logs the answer-cache figures last.
        assertTrue(bot.stderr().contains("Answer cache:"), "closed in order after SIGTERM\n" + bot.describe());
        assertTrue(bot.stderr().contains("Slack stopped"), "Slack closed after SIGTERM\n" + bot.describe());
        assertFalse(bot.stdout().contains(BOT_TOKEN) || bot.stderr().contains(BOT_TOKEN), "token printed\n" + bot.describe());
        assertFalse(bot.stdout().contains(SIGNING_SECRET) || bot.stderr().contains(SIGNING_SECRET),
                "signing secret printed\n" + bot.describe());
    }

    @Test
    void rejectedTokenStopsStartUpWithAClearMessageAndWithoutTheToken() throws Exception {
        api.authError = "invalid_auth";
        BotJar bot = children.start(env(freePort()));
        bot.closeStdin();
        int code = bot.awaitExit(START);
        assertNotEquals(0, code, bot.describe());
        String err = bot.stderr();
        assertTrue(err.contains("SLACK_BOT_TOKEN") && err.contains("invalid_auth"),
                "stderr names the variable and Slack's reason\n" + bot.describe());
        for (String out : List.of(bot.stdout(), err)) {
            assertFalse(out.contains(BOT_TOKEN), "the token must never be printed\n" + bot.describe());
            assertFalse(out.contains(SIGNING_SECRET), "the signing secret must never be printed\n" + bot.describe());
        }
        assertFalse(bot.stdout().contains("mentor-bot is running."), bot.describe());
        assertFalse(err.contains("\tat "), "a clear message, not a stack trace\n" + bot.describe());
    }

    /**
     * The attack that once gave OutOfMemoryError at -Xmx256m: eight concurrent unsigned 32 MB bodies
     * (four declared, four chunked) and 8 MB ones. Each is refused with 413 unread, the log stays
     * small, and the bot still answers afterwards.
     */
    @Test
    void hugeBodiesUnderASmallHeapAre413AndNeverAnOutOfMemoryError() throws Exception {
        int port = freePort();
        Map<String, String> env = new java.util.HashMap<>(env(port));
        env.put("JAVA_TOOL_OPTIONS", "-Xmx256m");
        BotJar bot = children.start(env);
        SignedClient client = new SignedClient(port, SIGNING_SECRET);
        awaitHealthy(bot, client);
        int logBefore = bot.stderr().length();

        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.URI events = java.net.URI.create("http://127.0.0.1:" + port + "/slack/events");
        List<java.util.concurrent.CompletableFuture<Integer>> sent = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long size = i < 8 ? 32L << 20 : 8L << 20;
            java.net.http.HttpRequest.BodyPublisher body = i % 2 == 0
                    ? java.net.http.HttpRequest.BodyPublishers.ofByteArray(new byte[(int) size])
                    : java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(new byte[(int) size]));
            sent.add(http.sendAsync(java.net.http.HttpRequest.newBuilder(events).timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/json").POST(body).build(),
                            java.net.http.HttpResponse.BodyHandlers.discarding())
                    .thenApply(java.net.http.HttpResponse::statusCode)
                    .exceptionally(closedWhileSending -> 413)); // answered and closed before the client finished
        }
        for (var f : sent) {
            assertEquals(413, f.get(90, java.util.concurrent.TimeUnit.SECONDS), bot.describe());
        }
        HttpResponse<String> health = client.get("/healthz");
        assertEquals(200, health.statusCode(), bot.describe());
        HttpResponse<String> ack = client.postForm(SignedClient.form(
                SignedClient.slashCommand("/salary", "senior", api.responseUrl("after"))));
        assertEquals(200, ack.statusCode(), bot.describe());

        String log = bot.stderr();
        assertFalse(log.contains("OutOfMemoryError"), bot.describe());
        assertTrue(log.length() - logBefore < 8_000, (log.length() - logBefore) + " chars logged for ten refused bodies\n"
                + bot.describe());
        bot.sigterm();
        bot.awaitExit(BotJar.SIGTERM_BOUND);
    }
}
