package mentorbot.platform.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mentorbot.config.Secret;
import mentorbot.config.Settings;
import mentorbot.mentor.CommandSpec;
import mentorbot.mentor.Platform;
import mentorbot.mentor.Request;
import mentorbot.mentoring.InsightsCommand;
import mentorbot.mentoring.MentorsCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The app installed to a learner's own account (user-install) on the wire: the global registration offers the
 * learner commands to both installs in every context and keeps the server settings to servers that installed the
 * bot; commands used through a user-install (a server the bot is not in, a group DM, the bot's DM by someone the
 * bot shares no server with) are answered privately, for that user, who is never an admin there.
 */
@Timeout(60)
class DiscordUserInstallTest {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final String CALLBACK = "interactions/\\d+/[^/]+/callback";

    FakeDiscord fake;
    TestHandler handler;
    DiscordPlatform platform;
    List<CommandSpec> specs;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeDiscord();
        handler = new TestHandler();
        specs = new ArrayList<>(TestSpecs.all());
        specs.add(MentorsCommand.SPEC);
        specs.add(InsightsCommand.SPEC);
        platform = startPlatform();
    }

    /** No dev server: commands register globally, the only registration user-installs see. */
    private DiscordPlatform startPlatform() {
        Settings.Discord settings = new Settings.Discord(null, fake.apiUrl(), fake.gatewayUrl(), 0, new Secret("test-token"));
        return DiscordPlatform.builder(settings, handler, specs).replyBudget(Duration.ofSeconds(5)).startTimeout(WAIT)
                .errors(fake::error).start();
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
    void theGlobalRegistrationOffersLearnerCommandsToUserInstallsAndKeepsTheCommunitysOwnToServers() throws Exception {
        String path = "applications/" + fake.appId + "/commands";
        List<FakeDiscord.Call> puts = fake.calls().stream().filter(c -> c.is("PUT", path)).toList();
        assertEquals(1, puts.size(), FakeDiscord.paths(fake.calls()).toString());
        JsonNode sent = puts.get(0).body();
        for (String learner : List.of("role", "roadmap", "interview", "salary", "tip", "mentor")) {
            JsonNode c = command(sent, learner);
            assertEquals(List.of("0", "1"), values(c, "integration_types"), learner + ": guild- and user-install");
            assertEquals(List.of("0", "1", "2"), values(c, "contexts"), learner + ": server, bot DM, private channels");
        }
        for (String setting : List.of("tips", "mentors", "insights")) {
            JsonNode c = command(sent, setting);
            assertEquals(List.of("0"), values(c, "integration_types"), setting + ": guild-install only");
            assertEquals(List.of("0"), values(c, "contexts"), setting + ": in a server only");
            assertEquals("16", c.path("default_member_permissions").asText(), setting + ": Manage Channels");
        }

        platform.close();
        int mark = fake.mark();
        platform = startPlatform();
        assertFalse(platform.commandsUpdated(), "the installs and contexts Discord echoes compare equal");
        assertFalse(fake.calls().subList(mark, fake.mark()).stream().anyMatch(c -> c.is("PUT", path)));
    }

    @Test
    void aCommandInAServerTheBotIsNotInIsAnsweredPrivatelyForThatUserWhoIsNoAdminThere() throws Exception {
        String guild = FakeDiscord.snowflake();
        String channel = FakeDiscord.snowflake();
        String learner = FakeDiscord.snowflake();
        int mark = fake.mark();
        fake.dispatch("INTERACTION_CREATE", fake.slashInForeignGuild(guild, channel, learner, "salary", "level", "senior"));
        assertEquals(Request.command(Platform.DISCORD, guild, learner, channel, "salary", "senior")
                .from(DiscordListener.caller(false)), handler.next(), "Manage Channels there grants nothing here");
        JsonNode body = fake.await(mark, c -> c.is("POST", CALLBACK), WAIT).body();
        assertEquals(4, body.path("type").asInt());
        JsonNode data = body.path("data");
        assertEquals(64, data.path("flags").asInt() & 64, "ephemeral");
        assertEquals("/salary", data.path("embeds").get(0).path("title").asText());
        DiscordPlatformTest.assertNoMentions(data);
        assertFalse(fake.calls().subList(mark, fake.mark()).stream().anyMatch(c -> c.path().startsWith("guilds/")
                || c.path().startsWith("channels/")), "nothing asked about a server the bot is not in: "
                + FakeDiscord.paths(fake.calls().subList(mark, fake.mark())));
    }

    @Test
    void aCommandInAGroupDmIsAnsweredPrivatelyWithoutAShareButton() throws Exception {
        String group = FakeDiscord.snowflake();
        String learner = FakeDiscord.snowflake();
        int mark = fake.mark();
        fake.dispatch("INTERACTION_CREATE", fake.slashInPrivateChannel(group, learner, "role", "role", "mlops"));
        assertEquals(Request.command(Platform.DISCORD, "", learner, group, "role", "mlops").from(DiscordListener.caller(false)),
                handler.next());
        JsonNode data = fake.await(mark, c -> c.is("POST", CALLBACK), WAIT).body().path("data");
        assertEquals(64, data.path("flags").asInt() & 64, "ephemeral in a group DM too");
        assertEquals("/role", data.path("embeds").get(0).path("title").asText());
        DiscordPlatformTest.assertNoMentions(data);
        assertFalse(DiscordPlatformTest.customIds(data).stream().anyMatch(id -> id.startsWith("mb:share:")),
                "no server to share with");
    }

    @Test
    void aCommandInTheBotsDmByAUserInNoServerOfTheBotsIsAnsweredPrivately() throws Exception {
        String dm = FakeDiscord.snowflake();
        String stranger = FakeDiscord.snowflake();
        int mark = fake.mark();
        fake.dispatch("INTERACTION_CREATE", fake.slashInDmByUserInstall(dm, stranger, "mentor", "question", "do I need a PhD?"));
        assertEquals(Request.command(Platform.DISCORD, "", stranger, dm, "mentor", "do I need a PhD?")
                .from(DiscordListener.caller(false)), handler.next());
        JsonNode data = fake.await(mark, c -> c.is("POST", CALLBACK), WAIT).body().path("data");
        assertEquals(64, data.path("flags").asInt() & 64);
        assertEquals("/mentor", data.path("embeds").get(0).path("title").asText());
        DiscordPlatformTest.assertNoMentions(data);
    }

    @Test
    void aSuggestionClickedInAServerTheBotIsNotInRunsForTheClicker() throws Exception {
        String guild = FakeDiscord.snowflake();
        String channel = FakeDiscord.snowflake();
        String learner = FakeDiscord.snowflake();
        com.fasterxml.jackson.databind.node.ObjectNode click = fake.slashInForeignGuild(guild, channel, learner, "salary");
        click.put("type", 3);
        click.putObject("data").put("custom_id", "mb:run:salary senior").put("component_type", 2);
        click.set("message", fake.message(FakeDiscord.snowflake(), channel, fake.botUser(), "", 64).put("application_id", fake.appId));
        int mark = fake.mark();
        fake.dispatch("INTERACTION_CREATE", click);
        assertEquals(Request.command(Platform.DISCORD, guild, learner, channel, "salary", "senior")
                .from(DiscordListener.caller(false)), handler.next());
        JsonNode body = fake.await(mark, c -> c.is("POST", CALLBACK), WAIT).body();
        assertEquals(64, body.path("data").path("flags").asInt() & 64);
    }

    private static JsonNode command(JsonNode all, String name) {
        for (JsonNode c : all) {
            if (c.path("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no command " + name + " in " + all);
    }

    private static List<String> values(JsonNode command, String field) {
        List<String> out = new ArrayList<>();
        command.path(field).forEach(v -> out.add(v.asText()));
        return out;
    }
}
