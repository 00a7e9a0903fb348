package mentorbot.platform.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import mentorbot.config.Secret;
import mentorbot.config.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** With a shard count (or automatic), the adapter runs through a ShardManager against the fake. */
@Timeout(60)
class DiscordShardingTest {

    static final Duration WAIT = Duration.ofSeconds(15);
    FakeDiscord fake;
    DiscordPlatform platform;
    final TestHandler handler = new TestHandler();

    @BeforeEach
    void fake() throws Exception {
        fake = new FakeDiscord();
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

    private DiscordPlatform start(int shards, String devGuild) {
        Settings.Discord settings = new Settings.Discord(devGuild, fake.apiUrl(), fake.gatewayUrl(), shards,
                new Secret("test-token"));
        return DiscordPlatform.builder(settings, handler, TestSpecs.all()).startTimeout(WAIT).errors(fake::error).start();
    }

    @Test
    void twoShardsIdentifyAndAnswerCommands() throws Exception {
        platform = start(2, fake.guildId);
        Set<String> shards = fake.identifies.stream().map(d -> d.path("shard").toString()).collect(Collectors.toSet());
        assertEquals(Set.of("[0,2]", "[1,2]"), shards);
        assertEquals(2, platform.connections().size());
        int mark = fake.mark();
        fake.dispatch("INTERACTION_CREATE", fake.slash("role", null, "role", "genai"));
        assertEquals("genai", handler.next().text());
        JsonNode body = fake.await(mark, c -> c.is("POST", "interactions/\\d+/[^/]+/callback"), WAIT).body();
        assertEquals(4, body.path("type").asInt());
    }

    @Test
    void automaticShardCountAsksDiscordAndRegistersGlobally() throws Exception {
        fake.shardTotal = 2;
        platform = start(-1, null);
        assertTrue(fake.calls().stream().anyMatch(c -> c.is("GET", "gateway/bot")));
        assertEquals(2, fake.identifies.size());
        assertEquals(1, fake.calls().stream().filter(c -> c.is("PUT", "applications/" + fake.appId + "/commands")).count());
    }
}
