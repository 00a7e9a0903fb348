package mentorbot.platform.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
 * gateway with an ephemeral embed, and stops on SIGTERM.
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
    void registersCommandsAndAnswersSalaryWithAnEphemeralEmbedThenStopsOnSigterm() throws Exception {
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
        assertEquals(List.of(), fake.errors(), "errors in the fake's REST handler");

        long before = System.nanoTime();
        bot.sigterm();
        int code = bot.awaitExit(BotJar.SIGTERM_BOUND);
        System.out.printf("%s: SIGTERM to exit took %d ms (exit code %d)%n", getClass().getSimpleName(),
                (System.nanoTime() - before) / 1_000_000, code);
        assertTrue(code == 0 || code == 143, "exit code after SIGTERM: " + code + "\n" + bot.describe());
        // The graceful path ran to its end: Application.close() logs the answer-cache figures last.
        assertTrue(bot.stderr().contains("Answer cache:"), "closed in order after SIGTERM\n" + bot.describe());
        assertFalse(bot.stdout().contains(TOKEN) || bot.stderr().contains(TOKEN), "token printed\n" + bot.describe());
    }
}
