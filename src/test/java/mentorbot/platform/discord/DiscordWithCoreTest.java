package mentorbot.platform.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import mentorbot.Core;
import mentorbot.config.Secret;
import mentorbot.config.Settings;
import mentorbot.platform.ConnectionState;
import mentorbot.platform.FatalErrorListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The real core (commands, Q&A, the knowledge files in config/knowledge) behind the Discord
 * adapter, started through the public {@link DiscordPlatform#start} entry point, against the fake.
 */
@Timeout(60)
class DiscordWithCoreTest {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final String CALLBACK = "interactions/\\d+/[^/]+/callback";

    FakeDiscord fake;
    Core core;
    DiscordPlatform platform;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeDiscord();
        Settings settings = new Settings(null, null, null, null, null, null, null,
                new Settings.Discord(fake.guildId, fake.apiUrl(), fake.gatewayUrl(), 0, new Secret("test-token")),
                null, null);
        core = Core.create(settings, Clock.systemUTC(), Ticker.systemTicker(), RandomGenerator.getDefault(), List.of());
        platform = DiscordPlatform.start(settings, core.handler(), core.commands(), core.knowledge(),
                new ConnectionState("discord", Clock.systemUTC(), FatalErrorListener.NONE));
    }

    @AfterEach
    void stop() throws Exception {
        try {
            platform.close();
        } finally {
            fake.close();
        }
        assertEquals(List.of(), fake.errors(), "errors in listeners or Discord calls");
    }

    private static String all(JsonNode data) {
        return data.path("embeds").toString();
    }

    @Test
    void registersTheCoresCommandsWithAutocomplete() {
        JsonNode sent = fake.calls().stream()
                .filter(c -> c.is("PUT", "applications/" + fake.appId + "/guilds/" + fake.guildId + "/commands"))
                .findFirst().orElseThrow().body();
        List<String> names = new ArrayList<>();
        sent.forEach(c -> names.add(c.path("name").asText()));
        assertTrue(names.containsAll(List.of("role", "roadmap", "interview", "salary", "tip", "mentor")), names.toString());
        for (JsonNode c : sent) {
            assertTrue(c.path("description").asText().length() <= 100);
            if (c.path("name").asText().equals("role")) {
                assertTrue(c.path("options").get(0).path("autocomplete").asBoolean());
            }
        }
    }

    @Test
    void salaryForSeniorShowsTheSeedsRange() throws Exception {
        int mark = fake.mark();
        fake.dispatch("INTERACTION_CREATE", fake.slash("salary", null, "level", "senior"));
        JsonNode body = fake.await(mark, c -> c.is("POST", CALLBACK), WAIT).body();
        assertEquals(4, body.path("type").asInt());
        assertEquals(64, body.path("data").path("flags").asInt() & 64);
        assertTrue(all(body.path("data")).contains("$150K – $200K+"), all(body.path("data")));
        DiscordPlatformTest.assertNoMentions(body.path("data"));
    }

    @Test
    void roleAutocompleteComesFromTheKnowledgeModel() throws Exception {
        int mark = fake.mark();
        fake.dispatch("INTERACTION_CREATE", fake.autocomplete("role", "role", "mlo"));
        JsonNode body = fake.await(mark, c -> c.is("POST", CALLBACK), WAIT).body();
        assertEquals(8, body.path("type").asInt());
        JsonNode choices = body.path("data").path("choices");
        assertTrue(choices.size() >= 1 && choices.size() <= 25);
        assertEquals("MLOps Engineer", choices.get(0).path("name").asText());
    }

    @Test
    void directMessageQuestionIsAnsweredByTheQaEngine() throws Exception {
        String dm = FakeDiscord.snowflake();
        int mark = fake.mark();
        fake.dispatch("MESSAGE_CREATE", fake.directMessage(dm, fake.user(fake.userId, "ada"),
                "@everyone what does an NLP engineer do?"));
        JsonNode body = fake.await(mark, c -> c.is("POST", "channels/" + dm + "/messages"), WAIT).body();
        assertTrue(body.path("embeds").size() >= 1);
        assertTrue(all(body).contains("NLP"), all(body));
        assertFalse(body.toString().contains("\"@everyone"), "never echoes a live @everyone");
        DiscordPlatformTest.assertNoMentions(body);
    }
}
