package mentorbot.platform.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mentorbot.mentor.CommandSpec;
import org.junit.jupiter.api.Test;

/** The app manifest declares what the adapter registers, and no more scopes than it uses. */
class SlackManifestTest {

    private static JsonNode manifest() throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(Path.of("config/slack-app-manifest.yaml").toFile());
    }

    @Test
    void declaresEveryCommandWithDescriptionAndUsageHint() throws Exception {
        Set<String> declared = new HashSet<>();
        for (JsonNode c : manifest().at("/features/slash_commands")) {
            String name = c.get("command").asText();
            assertTrue(declared.add(name), "duplicate " + name);
            String description = c.path("description").asText();
            assertFalse(description.isBlank(), name);
            assertTrue(description.length() <= 100, name + " description too long for Slack");
            assertTrue(c.path("usage_hint").asText().length() <= 100, name);
        }
        Set<String> expected = new HashSet<>();
        for (CommandSpec spec : TestCommands.ALL) {
            expected.add("/" + spec.name());
            if (!spec.usageHint().isBlank()) {
                JsonNode hint = findCommand("/" + spec.name()).path("usage_hint");
                assertFalse(hint.asText().isBlank(), spec.name() + " needs a usage hint");
            }
        }
        assertEquals(expected, declared);
    }

    @Test
    void messagesTabSocketModeEventsAndMinimalScopes() throws Exception {
        JsonNode m = manifest();
        assertTrue(m.at("/features/app_home/messages_tab_enabled").asBoolean());
        assertFalse(m.at("/features/app_home/messages_tab_read_only_enabled").asBoolean(true));
        assertTrue(m.at("/settings/socket_mode_enabled").asBoolean());
        assertTrue(m.at("/settings/interactivity/is_enabled").asBoolean());
        assertEquals(List.of("message.im"), List.of(m.at("/settings/event_subscriptions/bot_events/0").asText()));
        assertEquals(1, m.at("/settings/event_subscriptions/bot_events").size());
        Set<String> scopes = new HashSet<>();
        m.at("/oauth_config/scopes/bot").forEach(s -> scopes.add(s.asText()));
        assertEquals(Set.of("commands", "chat:write", "chat:write.public", "im:history"), scopes);
        assertFalse(m.at("/features/bot_user/display_name").asText().isBlank());
    }

    private static JsonNode findCommand(String name) throws Exception {
        for (JsonNode c : manifest().at("/features/slash_commands")) {
            if (c.get("command").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("missing " + name);
    }
}
