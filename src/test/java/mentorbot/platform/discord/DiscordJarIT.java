package mentorbot.platform.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mentorbot.testing.BotJar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar as a Discord bot, pointed at the loopback {@link FakeDiscord} by environment
 * variables only: it logs in, registers its commands to the dev server, answers /salary over the
 * gateway with an ephemeral embed and a server message that mentions it with one public reply to that
 * message (no mention parsed, 👍/👎 under it), and stops on SIGTERM; when Discord closes the gateway with 4004
 * it exits with code 4, or with {@code platform.onFatal: unhealthy} runs on with {@code /healthz} at 503.
 */
@Timeout(180)
class DiscordJarIT {

    static final String TOKEN = "jar-it.discord.bot-token-secret";
    static final Duration WAIT = Duration.ofSeconds(15);
    static final String CALLBACK = "interactions/\\d+/[^/]+/callback";

    @TempDir
    Path data;

    FakeDiscord fake;
    final BotJar.Children children = new BotJar.Children();

    @BeforeEach
    void fake() throws Exception {
        fake = new FakeDiscord();
    }

    @AfterEach
    void stop() throws Exception {
        try {
            children.close();
        } finally {
            fake.close();
        }
    }

    @Test
    void registersCommandsAndAnswersSalaryAndAMentionThenStopsOnSigterm() throws Exception {
        BotJar bot = children.start(Map.of(
                "DISCORD_BOT_TOKEN", TOKEN,
                "DISCORD_API_URL", fake.apiUrl(),
                "DISCORD_GATEWAY_URL", fake.gatewayUrl(),
                "DISCORD_DEV_GUILD_ID", fake.guildId,
                "MENTORBOT_DATA_DIR", data.toString()));
        bot.closeStdin();
        bot.awaitStdout("mentor-bot is running.", Duration.ofSeconds(60));

        // Registration went to the dev server, with every command of the product.
        FakeDiscord.Call put = fake.await(0, c -> c.is("PUT",
                "applications/" + fake.appId + "/guilds/" + fake.guildId + "/commands"), WAIT);
        List<String> names = new ArrayList<>();
        put.body().forEach(c -> names.add(c.path("name").asText()));
        assertTrue(names.containsAll(List.of("role", "roadmap", "interview", "salary", "tip", "tips", "mentor")),
                names + "\n" + bot.describe());
        assertEquals(1, fake.identifies.size(), "one gateway connection");
        assertEquals(TOKEN, fake.identifies.get(0).path("token").asText().replaceFirst("^Bot ", ""),
                "the token of DISCORD_BOT_TOKEN");

        // /salary level:senior over the gateway → the interaction callback with an ephemeral embed.
        int mark = fake.mark();
        fake.dispatch("INTERACTION_CREATE", fake.slash("salary", null, "level", "senior"));
        JsonNode body = fake.await(mark, c -> c.is("POST", CALLBACK), WAIT).body();
        assertEquals(4, body.path("type").asInt(), body + "\n" + bot.describe());
        JsonNode msg = body.path("data");
        assertEquals(64, msg.path("flags").asInt() & 64, "ephemeral: " + msg);
        assertTrue(msg.path("embeds").size() >= 1, msg.toString());
        assertTrue(msg.path("embeds").toString().contains("$150K – $200K+"), msg.path("embeds").toString());
        DiscordPlatformTest.assertNoMentions(msg);

        // "@mentor-bot what does an MLOps engineer earn? @everyone" in #general → one reply to that message.
        com.fasterxml.jackson.databind.node.ObjectNode asking = fake.guildMessage(fake.channelId,
                fake.user(fake.userId, "ada"), "<@" + fake.botId + "> what does an MLOps engineer earn? @everyone");
        int mentioned = fake.mark();
        fake.dispatch("MESSAGE_CREATE", asking);
        JsonNode reply = fake.await(mentioned, c -> c.is("POST", "channels/" + fake.channelId + "/messages"), WAIT).body();
        DiscordMentionTest.assertReplyPingingNoOne(reply, asking);
        assertTrue(reply.path("embeds").toString().contains("MLOps"), reply + "\n" + bot.describe());
        assertFalse(reply.toString().contains("@everyone"), "no live @everyone: " + reply);
        assertTrue(DiscordPlatformTest.customIds(reply).stream().anyMatch(id -> id.startsWith("mb:up:")), reply.toString());
        assertEquals(List.of(), fake.errors(), "errors in the fake's REST handler");

        long before = System.nanoTime();
        bot.sigterm();
        int code = bot.awaitExit(BotJar.SIGTERM_BOUND);
        System.out.printf("%s: SIGTERM to exit took %d ms (exit code %d)%n", getClass().getSimpleName(),
                (System.nanoTime() - before) / 1_000_000, code);
        assertTrue(code == 0 || code == 143, "exit code after SIGTERM: " + code + "\n" + bot.describe());
        assertEquals(1, fake.calls().subList(mentioned, fake.mark()).stream().filter(c -> c.method().equals("POST")).count(),
                "one reply to the mention, nothing else posted: " + FakeDiscord.paths(fake.calls().subList(mentioned, fake.mark())));
        // The graceful path ran to its end: Application.close() logs the answer-cache figures last.
        assertTrue(bot.stderr().contains("Answer cache:"), "closed in order after SIGTERM\n" + bot.describe());
        assertFalse(bot.stdout().contains(TOKEN) || bot.stderr().contains(TOKEN), "token printed\n" + bot.describe());
    }

    private Map<String, String> env(Map<String, String> more) {
        Map<String, String> env = new java.util.HashMap<>(Map.of(
                "DISCORD_BOT_TOKEN", TOKEN,
                "DISCORD_API_URL", fake.apiUrl(),
                "DISCORD_GATEWAY_URL", fake.gatewayUrl(),
                "DISCORD_DEV_GUILD_ID", fake.guildId,
                "MENTORBOT_DATA_DIR", data.toString()));
        env.putAll(more);
        return env;
    }

    private static long count(String text, String part) {
        return text.lines().filter(l -> l.contains(part)).count();
    }

    @Test
    void aGatewayClosedWith4004EndsTheProcessWithExitCode4AndOneErrorLine() throws Exception {
        BotJar bot = children.start(env(Map.of()));
        bot.closeStdin();
        bot.awaitStdout("mentor-bot is running.", Duration.ofSeconds(60));

        long before = System.nanoTime();
        fake.closeGateway(4004, "Authentication failed.");
        int code = bot.awaitExit(Duration.ofSeconds(30));
        System.out.printf("%s: 4004 to exit took %d ms (exit code %d)%n", getClass().getSimpleName(),
                (System.nanoTime() - before) / 1_000_000, code);
        assertEquals(4, code, bot.describe());
        String err = bot.stderr();
        assertEquals(1, count(err, "failed for good"), "one ERROR line with the reason\n" + bot.describe());
        assertTrue(err.lines().anyMatch(l -> l.contains("ERROR") && l.contains("Chat platform discord failed for good:"
                + " Discord closed the gateway with 4004")), bot.describe());
        assertTrue(err.contains("Answer cache:"), "closed in order before exiting\n" + bot.describe());
        assertFalse(bot.stdout().contains(TOKEN) || err.contains(TOKEN), "token printed\n" + bot.describe());
    }

    @Test
    void withOnFatalUnhealthyA4004OnlyTurnsHealthz503() throws Exception {
        int port = freePort();
        BotJar bot = children.start(env(Map.of("MENTORBOT_ON_FATAL", "unhealthy",
                "MENTORBOT_HTTP_PORT", Integer.toString(port))));
        bot.closeStdin();
        bot.awaitStdout("mentor-bot is running.", Duration.ofSeconds(60));
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest healthz = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
                .timeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> up = client.send(healthz, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, up.statusCode(), bot.describe());
        assertEquals("{\"status\":\"ok\",\"platforms\":{\"discord\":\"connected\"}}", up.body());

        fake.closeGateway(4004, "Authentication failed.");
        bot.await("GET /healthz to answer 503", () -> {
            try {
                return client.send(healthz, HttpResponse.BodyHandlers.ofString()).statusCode() == 503;
            } catch (Exception e) {
                return false;
            }
        }, Duration.ofSeconds(30));
        HttpResponse<String> down = client.send(healthz, HttpResponse.BodyHandlers.ofString());
        assertEquals("{\"status\":\"unhealthy\",\"platforms\":{\"discord\":\"failed\"}}", down.body());
        assertTrue(bot.process().isAlive(), "runs on in this mode\n" + bot.describe());
        assertEquals(1, count(bot.stderr(), "failed for good"), bot.describe());

        bot.sigterm();
        int code = bot.awaitExit(BotJar.SIGTERM_BOUND);
        assertTrue(code == 0 || code == 143, "exit code after SIGTERM: " + code + "\n" + bot.describe());
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }
}
