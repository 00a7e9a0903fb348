package mentorbot.platform.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import mentorbot.config.Secret;
import mentorbot.config.Settings;
import mentorbot.mentor.Platform;
import mentorbot.mentor.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The adapter end to end against a fake Discord on loopback: JDA, the gateway and REST for real. */
@Timeout(60)
class DiscordPlatformTest {

    static final Duration WAIT = Duration.ofSeconds(10);

    FakeDiscord fake;
    TestHandler handler;
    DiscordPlatform platform;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeDiscord();
        handler = new TestHandler();
        platform = startPlatform(Duration.ofSeconds(5));
    }

    DiscordPlatform startPlatform(Duration budget) {
        Settings.Discord settings = new Settings.Discord(fake.guildId, fake.apiUrl(), fake.gatewayUrl(), 0,
                new Secret("test-token"));
        return DiscordPlatform.builder(settings, handler, TestSpecs.all())
                .completer(new TestCompleter())
                .replyBudget(budget)
                .startTimeout(WAIT)
                .errors(fake::error)
                .start();
    }

    @AfterEach
    void stop() throws Exception {
        try {
            if (platform != null) {
                platform.close();
            }
        } finally {
            fake.close();
        }
        assertEquals(List.of(), fake.errors(), "errors in listeners or Discord calls");
    }

    @Test
    void salaryCommandAnswersEphemeralEmbedWithoutMentions() throws Exception {
        int mark = fake.mark();
        fake.dispatch("INTERACTION_CREATE", fake.slash("salary", null, "level", "senior", "role", "nlp"));
        Request request = handler.next();
        assertEquals(Request.command(Platform.DISCORD, "", fake.userId, fake.channelId, "salary", "senior nlp"), request);
        FakeDiscord.Call call = fake.await(mark, c -> c.is("POST", "interactions/\\d+/[^/]+/callback"), WAIT);
        JsonNode body = call.body();
        assertEquals(4, body.path("type").asInt());
        assertEquals(64, body.path("data").path("flags").asInt() & 64);
        assertEquals("/salary", body.path("data").path("embeds").get(0).path("title").asText());
        assertTrue(body.path("data").path("allowed_mentions").path("parse").isArray());
        assertEquals(0, body.path("data").path("allowed_mentions").path("parse").size());
    }
}
