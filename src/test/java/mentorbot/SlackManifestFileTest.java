package mentorbot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import mentorbot.mentor.CommandSpec;
import mentorbot.testing.TestCores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code config/slack-app-manifest.yaml} is exactly what {@code mentor-bot manifest} prints, and what it
 * prints is a manifest Slack accepts for the commands the application registers, with no scope unused.
 */
class SlackManifestFileTest {

    private static final Path FILE = Path.of("config/slack-app-manifest.yaml");
    private static final String REGENERATE = FILE + " is not what `mentor-bot manifest` prints (a command spec"
            + " or the generator changed). Regenerate it, do not edit it:\n"
            + "  mvn -B -q -DskipTests package && java -jar target/mentor-bot.jar manifest > " + FILE;

    @TempDir
    Path tmp;

    /** What {@code mentor-bot manifest} prints on standard output, after checking it succeeded silently. */
    private static String manifest(Map<String, String> env) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(new String[] {"manifest"}, env, new BufferedReader(new StringReader("")), o, e);
        }
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode generated() throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(manifest(Map.of()));
    }

    @Test
    void theFileIsTheGeneratedManifestByteForByte() throws Exception {
        String printed = manifest(Map.of());
        byte[] file = Files.readAllBytes(FILE);
        assertEquals(new String(file, StandardCharsets.UTF_8), printed, REGENERATE);
        assertArrayEquals(file, printed.getBytes(StandardCharsets.UTF_8), REGENERATE);
    }

    @Test
    void theManifestCommandReadsNoSettingsKnowledgeOrDatabase() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        String printed = manifest(Map.of(
                "MENTORBOT_CONFIG", tmp.resolve("missing.yaml").toString(),
                "MENTORBOT_KNOWLEDGE_DIR", tmp.resolve("missing-knowledge").toString(),
                "MENTORBOT_DATA_DIR", data.toString()));
        assertEquals(manifest(Map.of()), printed);
        try (Stream<Path> files = Files.list(data)) {
            assertEquals(List.of(), files.toList(), "manifest must not open the tips database");
        }
    }

    @Test
    void theSpecsItIsGeneratedFromAreWhatTheApplicationRegisters() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        var settings = TestCores.settings(Map.of("MENTORBOT_DATA_DIR", data.toString()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Application app = Application.open(settings, new PrintStream(out, true, StandardCharsets.UTF_8), false,
                code -> { })) {
            assertEquals(app.core().commands(), Application.commandSpecs());
        }
    }

    @Test
    void everyCommandHasADescriptionAndUsageHintWithinSlacksLimits() throws Exception {
        JsonNode commands = generated().at("/features/slash_commands");
        Set<String> declared = new HashSet<>();
        for (JsonNode c : commands) {
            String name = c.get("command").asText();
            assertTrue(declared.add(name), "duplicate " + name);
            assertTrue(name.matches("/[a-z0-9_-]{1,31}"), name + " is not a valid Slack command name");
            String description = c.path("description").asText();
            assertFalse(description.isBlank(), name);
            assertTrue(description.length() <= 100, name + " description too long for Slack: " + description.length());
            assertTrue(c.path("usage_hint").asText().length() <= 100, name + " usage hint too long");
        }
        for (CommandSpec spec : Application.commandSpecs()) {
            assertTrue(declared.contains("/" + spec.name()), "missing /" + spec.name());
            if (!spec.usageHint().isBlank()) {
                assertFalse(usageHint(commands, "/" + spec.name()).isBlank(), spec.name() + " needs a usage hint");
            }
        }
        assertEquals(Application.commandSpecs().size(), declared.size());
    }

    @Test
    void messagesTabSocketModeEventsAndOnlyTheScopesTheAdapterUses() throws Exception {
        JsonNode m = generated();
        assertTrue(m.at("/features/app_home/messages_tab_enabled").asBoolean());
        assertFalse(m.at("/features/app_home/messages_tab_read_only_enabled").asBoolean(true));
        assertTrue(m.at("/settings/socket_mode_enabled").asBoolean());
        assertTrue(m.at("/settings/interactivity/is_enabled").asBoolean());
        List<String> events = new java.util.ArrayList<>();
        m.at("/settings/event_subscriptions/bot_events").forEach(e -> events.add(e.asText()));
        // message.im: DMs (and messages in assistant threads); app_mention: "@mentor-bot …" in channels, answered in a
        // thread; app_home_opened: the Home tab; the assistant panel's two thread events.
        assertEquals(List.of("message.im", "app_mention", "app_home_opened", "assistant_thread_started",
                "assistant_thread_context_changed"), events);
        assertTrue(m.at("/features/app_home/home_tab_enabled").asBoolean(), "the Home tab");
        assertFalse(m.at("/features/assistant_view/assistant_description").asText().isBlank(), "the assistant panel");
        Set<String> scopes = new HashSet<>();
        m.at("/oauth_config/scopes/bot").forEach(s -> scopes.add(s.asText()));
        // commands: slash commands; chat:write: chat.postMessage/postEphemeral; chat:write.public: daily tips
        // in channels the bot is not in; im:history: the message.im event; im:write: conversations.open for the
        // learner's DM (a mentor picked up the question); channels:read: conversations.list, for a mentors channel
        // given as a bare #name; app_mentions:read: the app_mention event; assistant:write: the assistant panel.
        // Nothing reads users or message history of channels.
        assertEquals(Set.of("commands", "chat:write", "chat:write.public", "im:history", "im:write", "channels:read",
                "app_mentions:read", "assistant:write"), scopes);
        assertFalse(m.at("/features/bot_user/display_name").asText().isBlank());
    }

    private static String usageHint(JsonNode commands, String name) {
        for (JsonNode c : commands) {
            if (c.get("command").asText().equals(name)) {
                return c.path("usage_hint").asText();
            }
        }
        throw new AssertionError("missing " + name);
    }
}
