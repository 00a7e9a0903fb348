package mentorbot.platform.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import mentorbot.mentor.CommandSpec;
import org.junit.jupiter.api.Test;

/** The generator: the given commands, in their order, with exactly their texts; the header first. */
class SlackManifestTest {

    private static JsonNode parse(String yaml) throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(yaml);
    }

    @Test
    void declaresTheGivenCommandsInOrderWithTheirDescriptionsAndHints() throws Exception {
        JsonNode commands = parse(SlackManifest.yaml(TestCommands.ALL)).at("/features/slash_commands");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < TestCommands.ALL.size(); i++) {
            CommandSpec spec = TestCommands.ALL.get(i);
            JsonNode c = commands.get(i);
            names.add(c.get("command").asText());
            assertEquals(spec.description(), c.path("description").asText(), spec.name());
            if (spec.usageHint().isBlank()) {
                assertFalse(c.has("usage_hint"), spec.name() + ": a blank hint is left out");
            } else {
                assertEquals(spec.usageHint(), c.path("usage_hint").asText(), spec.name());
            }
            assertFalse(c.path("should_escape").asBoolean(true), spec.name());
        }
        assertEquals(TestCommands.ALL.stream().map(s -> "/" + s.name()).toList(), names);
        assertEquals(TestCommands.ALL.size(), commands.size());
    }

    @Test
    void textsThatNeedQuotingInYamlComeBackUnchanged() throws Exception {
        String description = "Say: \"hi\" # not a comment, 'quoted', {braces} [brackets] | pipe & more: café";
        String hint = "- [a] | b: #c";
        JsonNode c = parse(SlackManifest.yaml(List.of(CommandSpec.of("odd", description, hint))))
                .at("/features/slash_commands/0");
        assertEquals("/odd", c.get("command").asText());
        assertEquals(description, c.get("description").asText());
        assertEquals(hint, c.get("usage_hint").asText());
    }

    @Test
    void startsWithTheGeneratedLineAndListsEveryScopeAndEventWithItsReasonInTheHeader() {
        String yaml = SlackManifest.yaml(List.of());
        assertTrue(yaml.startsWith(SlackManifest.GENERATED + "\n"), yaml);
        assertTrue(yaml.endsWith("\n"));
        assertFalse(yaml.contains("\r"));
        SlackManifest.BOT_SCOPES.forEach((scope, why) ->
                assertTrue(yaml.lines().anyMatch(l -> l.startsWith("#   " + scope + " ") && l.endsWith(" " + why)), scope));
        SlackManifest.BOT_EVENTS.forEach((event, why) ->
                assertTrue(yaml.lines().anyMatch(l -> l.startsWith("#   " + event + " ") && l.endsWith(" " + why)), event));
    }

    @Test
    void withAnOAuthRedirectUrlItIsADistributableAppInHttpMode() throws Exception {
        JsonNode m = parse(SlackManifest.yaml(TestCommands.ALL, "https://bot.example.org/slack/oauth_redirect"));
        assertEquals("https://bot.example.org/slack/oauth_redirect", m.at("/oauth_config/redirect_urls/0").asText());
        assertEquals("https://bot.example.org/slack/events", m.at("/features/slash_commands/0/url").asText());
        assertEquals("https://bot.example.org/slack/events", m.at("/settings/event_subscriptions/request_url").asText());
        assertEquals("https://bot.example.org/slack/events", m.at("/settings/interactivity/request_url").asText());
        assertFalse(m.at("/settings/socket_mode_enabled").asBoolean());
        String events = m.at("/settings/event_subscriptions/bot_events").toString();
        assertTrue(events.contains("app_uninstalled") && events.contains("tokens_revoked"), events);
        JsonNode plain = parse(SlackManifest.yaml(TestCommands.ALL));
        assertTrue(plain.at("/oauth_config/redirect_urls").isMissingNode());
        assertFalse(plain.at("/settings/event_subscriptions/bot_events").toString().contains("app_uninstalled"));
    }
}
