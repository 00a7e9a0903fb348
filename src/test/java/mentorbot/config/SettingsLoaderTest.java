package mentorbot.config;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** config/application.yaml with the environment on top; secrets from the environment only. */
class SettingsLoaderTest {

    private static final String FILE = """
            knowledge:
              dir: file/knowledge
            cache:
              maxEntries: 123
              ttl: PT5M
            context:
              maxUsers: 77
              ttl: PT1H
            rateLimit:
              burst: 4
              perMinute: 12
            input:
              maxLength: 500
            http:
              port: 8080
            slack:
              mode: http
              apiUrl: http://file-slack/api/
              admins: [U1, U2]
            discord:
              devGuildId: "111"
              apiUrl: http://file-discord/api
              gatewayUrl: wss://file-gateway
              shards: 2
            tips:
              defaultTime: "07:30"
              defaultZone: Europe/Berlin
              busyTimeout: PT1.5S
            dataDir: file-data
            platform:
              onFatal: unhealthy
              reconnectGrace: PT2M
            """;

    @TempDir
    Path tmp;
    Path config;
    Map<String, String> env;

    @BeforeEach
    void write() throws IOException {
        config = tmp.resolve("application.yaml");
        Files.writeString(config, FILE);
        env = new HashMap<>();
        env.put("MENTORBOT_CONFIG", config.toString());
    }

    private Settings load() throws SettingsException {
        return new SettingsLoader().load(env);
    }

    private SettingsException fails() {
        return assertThrows(SettingsException.class, this::load);
    }

    @Test
    void theFileIsRead() throws SettingsException {
        Settings s = load();
        assertAll(
                () -> assertEquals(tmp.resolve("file/knowledge").toString(), s.knowledge().dir()),
                () -> assertEquals(123, s.cache().maxEntries()),
                () -> assertEquals(Duration.ofMinutes(5), s.cache().ttl()),
                () -> assertEquals(77, s.context().maxUsers()),
                () -> assertEquals(Duration.ofHours(1), s.context().ttl()),
                () -> assertEquals(4, s.rateLimit().burst()),
                () -> assertEquals(12, s.rateLimit().perMinute()),
                () -> assertEquals(500, s.input().maxLength()),
                () -> assertEquals(8080, s.http().port()),
                () -> assertEquals("http", s.slack().mode()),
                () -> assertEquals(List.of("U1", "U2"), s.slack().admins()),
                () -> assertEquals("111", s.discord().devGuildId()),
                () -> assertEquals(2, s.discord().shards()),
                () -> assertEquals("07:30", s.tips().defaultTime()),
                () -> assertEquals(Duration.ofMillis(1500), s.tips().busyTimeout()),
                () -> assertEquals(tmp.resolve("file-data").toString(), s.dataDir()),
                () -> assertEquals(Settings.OnFatal.UNHEALTHY, s.platform().onFatal()),
                () -> assertEquals(Duration.ofMinutes(2), s.platform().reconnectGrace()));
    }

    @Test
    void environmentVariablesWinOverTheFile() throws SettingsException {
        env.put("SLACK_MODE", "socket");
        env.put("SLACK_APP_TOKEN", "xapp-1");
        env.put("SLACK_API_URL", "http://env-slack/api/");
        env.put("MENTORBOT_HTTP_PORT", "9090");
        env.put("MENTORBOT_DATA_DIR", "/var/lib/mentor");
        env.put("MENTORBOT_KNOWLEDGE_DIR", "env/knowledge");
        env.put("DISCORD_DEV_GUILD_ID", "222");
        env.put("DISCORD_API_URL", "http://env-discord/api");
        env.put("DISCORD_GATEWAY_URL", "wss://env-gateway");
        env.put("DISCORD_SHARDS", "-1");
        env.put("MENTORBOT_ON_FATAL", "exit");
        env.put("MENTORBOT_RECONNECT_GRACE", "PT30S");
        Settings s = load();
        assertAll(
                () -> assertEquals("socket", s.slack().mode()),
                () -> assertEquals("http://env-slack/api/", s.slack().apiUrl()),
                () -> assertEquals(9090, s.http().port()),
                () -> assertEquals("/var/lib/mentor", s.dataDir()),
                () -> assertEquals(Path.of("/var/lib/mentor"), s.dataPath()),
                () -> assertEquals("env/knowledge", s.knowledge().dir()),
                () -> assertEquals("222", s.discord().devGuildId()),
                () -> assertEquals("http://env-discord/api", s.discord().apiUrl()),
                () -> assertEquals("wss://env-gateway", s.discord().gatewayUrl()),
                () -> assertEquals(-1, s.discord().shards()),
                () -> assertEquals(Settings.OnFatal.EXIT, s.platform().onFatal()),
                () -> assertEquals(Duration.ofSeconds(30), s.platform().reconnectGrace()),
                () -> assertEquals(123, s.cache().maxEntries(), "what the environment does not name stays from the file"));
    }

    @Test
    void blankEnvironmentValuesDoNotOverride() throws SettingsException {
        env.put("MENTORBOT_HTTP_PORT", "  ");
        env.put("MENTORBOT_DATA_DIR", "");
        Settings s = load();
        assertEquals(8080, s.http().port());
        assertEquals(tmp.resolve("file-data").toString(), s.dataDir());
    }

    @Test
    void relativePathsInTheNamedFileAreReadFromItsFolder() throws IOException, SettingsException {
        Path folder = Files.createDirectories(tmp.resolve("deploy/conf"));
        Path file = folder.resolve("bot.yaml");
        Path absolute = tmp.resolve("elsewhere/knowledge").toAbsolutePath();
        Files.writeString(file, "knowledge:\n  dir: " + absolute + "\n  qaDir: ../qa\ndataDir: state\n");
        env.put("MENTORBOT_CONFIG", file.toString());
        Settings s = load();
        assertAll(
                () -> assertEquals(absolute.toString(), s.knowledge().dir(), "an absolute path stays as written"),
                () -> assertEquals(folder.resolve("../qa").normalize().toString(), s.knowledge().qaDir()),
                () -> assertEquals(folder.resolve("state"), s.dataPath()));
    }

    @Test
    void theShippedFileFoundInTheWorkingDirectoryNamesTheSameFoldersAsWhenNamed() throws SettingsException {
        Settings found = new SettingsLoader().load(Map.of());
        Settings named = new SettingsLoader().load(Map.of("MENTORBOT_CONFIG", "config/application.yaml"));
        for (Settings s : List.of(found, named)) {
            assertEquals(Path.of("config/knowledge").toString(), s.knowledge().dir());
            assertEquals(Path.of("config/qa").toString(), s.knowledge().qaDir());
            assertEquals("data", s.dataDir());
        }
    }

    @Test
    void environmentPathsStayRelativeToTheWorkingDirectory() throws SettingsException {
        env.put("MENTORBOT_DATA_DIR", "env-data");
        env.put("MENTORBOT_KNOWLEDGE_DIR", "env/knowledge");
        Settings s = load();
        assertEquals("env-data", s.dataDir());
        assertEquals("env/knowledge", s.knowledge().dir());
        assertEquals("config/qa", s.knowledge().qaDir(), "a path the file does not set keeps its default, relative to the working directory");
    }

    @Test
    void theBusyTimeoutComesFromTheEnvironmentAndDefaultsToFiveSeconds() throws IOException, SettingsException {
        env.put("MENTORBOT_TIPS_BUSY_TIMEOUT", "PT0.25S");
        assertEquals(Duration.ofMillis(250), load().tips().busyTimeout());
        env.remove("MENTORBOT_TIPS_BUSY_TIMEOUT");
        Files.writeString(config, "# nothing\n");
        assertEquals(Duration.ofSeconds(5), load().tips().busyTimeout());
    }

    @Test
    void aBusyTimeoutOutOfRangeFails() {
        for (String bad : List.of("-PT1S", "PT2M")) {
            env.put("MENTORBOT_TIPS_BUSY_TIMEOUT", bad);
            SettingsException e = fails();
            assertTrue(e.getMessage().contains("MENTORBOT_TIPS_BUSY_TIMEOUT") && e.getMessage().contains("PT5S"), e.getMessage());
        }
    }

    @Test
    void environmentValuesAreTrimmedAndModeIsCaseInsensitive() throws SettingsException {
        env.put("SLACK_MODE", " HTTP ");
        env.put("MENTORBOT_HTTP_PORT", " 3000 ");
        Settings s = load();
        assertEquals("http", s.slack().mode());
        assertEquals(3000, s.http().port());
    }

    @Test
    void anEmptyFileGivesTheDefaults() throws IOException, SettingsException {
        Files.writeString(config, "# nothing\n");
        Settings s = load();
        assertAll(
                () -> assertEquals("config/knowledge", s.knowledge().dir()),
                () -> assertEquals("config/qa", s.knowledge().qaDir()),
                () -> assertTrue(s.knowledge().watch()),
                () -> assertEquals(20_000, s.cache().maxEntries()),
                () -> assertEquals(Duration.ofMinutes(10), s.cache().ttl()),
                () -> assertEquals(50_000, s.context().maxUsers()),
                () -> assertEquals(10, s.rateLimit().burst()),
                () -> assertEquals(1_000, s.input().maxLength()),
                () -> assertNull(s.http().port()),
                () -> assertEquals("http", s.slack().mode()),
                () -> assertEquals("https://slack.com/api/", s.slack().apiUrl()),
                () -> assertFalse(s.slack().enabled()),
                () -> assertFalse(s.discord().enabled()),
                () -> assertEquals("data", s.dataDir()),
                () -> assertEquals(Settings.OnFatal.EXIT, s.platform().onFatal()),
                () -> assertEquals(Duration.ofMinutes(10), s.platform().reconnectGrace()));
    }

    @Test
    void theProjectsOwnApplicationYamlLoads() throws SettingsException {
        Settings s = new SettingsLoader().load(Map.of());
        assertEquals("config/knowledge", s.knowledge().dir());
        assertEquals(20_000, s.cache().maxEntries());
        assertFalse(s.slack().enabled());
    }

    @Test
    void secretsComeFromTheEnvironmentAndNeverAppearInToString() throws SettingsException {
        env.put("SLACK_BOT_TOKEN", "xoxb-secret-bot-123");
        env.put("SLACK_SIGNING_SECRET", "signing-secret-456");
        env.put("SLACK_APP_TOKEN", "xapp-secret-app-789");
        env.put("DISCORD_BOT_TOKEN", "discord-secret-000");
        env.put("SLACK_MODE", "socket");
        Settings s = load();
        assertTrue(s.slack().enabled());
        assertTrue(s.discord().enabled());
        assertEquals("xoxb-secret-bot-123", s.slack().botToken().value());
        assertEquals("discord-secret-000", s.discord().botToken().value());
        String printed = s + " " + s.slack() + " " + s.discord() + " " + s.slack().botToken();
        for (String secret : List.of("xoxb-secret-bot-123", "signing-secret-456", "xapp-secret-app-789", "discord-secret-000")) {
            assertFalse(printed.contains(secret), "toString leaks " + secret);
        }
        assertTrue(printed.contains("****"));
    }

    @Test
    void theSharedDatabaseComesFromTheEnvironmentWithItsPasswordNeverPrinted() throws SettingsException {
        assertFalse(load().database().enabled(), "no URL: the SQLite file");
        env.put("MENTORBOT_DATABASE_URL", " jdbc:postgresql://127.0.0.1:5432/mentorbot ");
        env.put("MENTORBOT_DATABASE_USER", "mentor");
        env.put("MENTORBOT_DATABASE_PASSWORD", "pg-secret-321");
        Settings s = load();
        assertTrue(s.database().enabled());
        assertEquals("jdbc:postgresql://127.0.0.1:5432/mentorbot", s.database().url());
        assertEquals("mentor", s.database().user());
        assertEquals("pg-secret-321", s.database().password().value());
        assertFalse((s + " " + s.database()).contains("pg-secret-321"), "toString leaks the password");
    }

    @Test
    void aDatabaseUrlThatIsNotPostgresFailsClearly() {
        env.put("MENTORBOT_DATABASE_URL", "jdbc:mysql://db/bot?password=hunter2");
        SettingsException e = fails();
        assertTrue(e.getMessage().contains("MENTORBOT_DATABASE_URL") && e.getMessage().contains("jdbc:postgresql://"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }

    @Test
    void aSecretWrittenInTheFileIsNotUsed() throws IOException, SettingsException {
        Files.writeString(config, "slack:\n  botToken: xoxb-in-file\ndiscord:\n  botToken: discord-in-file\n");
        Settings s = load();
        assertFalse(s.slack().enabled(), "tokens come from the environment only");
        assertFalse(s.discord().enabled(), "tokens come from the environment only");
        assertFalse(s.toString().contains("in-file"));
    }

    @Test
    void aBadSlackModeFailsWithAClearMessage() {
        env.put("SLACK_MODE", "carrier-pigeon");
        SettingsException e = fails();
        assertTrue(e.getMessage().contains("SLACK_MODE"), e.getMessage());
        assertTrue(e.getMessage().contains("carrier-pigeon"), e.getMessage());
        assertTrue(e.getMessage().contains("socket") && e.getMessage().contains("http"), e.getMessage());
    }

    @Test
    void aBadOnFatalOrANegativeGraceFailsWithAClearMessage() throws IOException {
        env.put("MENTORBOT_ON_FATAL", "shrug");
        SettingsException e = fails();
        assertTrue(e.getMessage().contains("shrug"), e.getMessage());
        assertTrue(e.getMessage().contains("[unhealthy, exit]"), e.getMessage());
        env.remove("MENTORBOT_ON_FATAL");
        env.put("MENTORBOT_RECONNECT_GRACE", "-PT1M");
        e = fails();
        assertTrue(e.getMessage().contains("MENTORBOT_RECONNECT_GRACE"), e.getMessage());
    }

    @Test
    void slackOAuthNeedsAWellFormedSecretKeyAndSaysHowToMakeOne() throws SettingsException {
        env.put("SLACK_MODE", "http");
        env.put("SLACK_SIGNING_SECRET", "s");
        env.put("SLACK_CLIENT_ID", "1.2");
        SettingsException half = fails();
        assertTrue(half.getMessage().contains("SLACK_CLIENT_SECRET"), half.getMessage());
        env.put("SLACK_CLIENT_SECRET", "client-secret-123");
        SettingsException missing = fails();
        assertTrue(missing.getMessage().contains("MENTORBOT_SECRET_KEY") && missing.getMessage().contains("openssl rand -base64 32"),
                missing.getMessage());
        env.put("MENTORBOT_SECRET_KEY", "not base64 at all!");
        SettingsException notBase64 = fails();
        assertTrue(notBase64.getMessage().contains("MENTORBOT_SECRET_KEY is not base64"), notBase64.getMessage());
        assertFalse(notBase64.getMessage().contains("not base64 at all!"), "the message must not print the key");
        env.put("MENTORBOT_SECRET_KEY", java.util.Base64.getEncoder().encodeToString(new byte[16]));
        SettingsException shortKey = fails();
        assertTrue(shortKey.getMessage().contains("decodes to 16 bytes, not 32"), shortKey.getMessage());
        env.put("MENTORBOT_SECRET_KEY", java.util.Base64.getEncoder().encodeToString(new byte[32]));
        Settings s = load();
        assertTrue(s.slack().oauth() && s.slack().enabled(), "OAuth runs Slack without SLACK_BOT_TOKEN");
        assertFalse(s.slack().toString().contains("client-secret-123"), s.slack().toString());
        env.put("SLACK_MODE", "socket");
        env.put("SLACK_APP_TOKEN", "xapp-1");
        SettingsException socket = fails();
        assertTrue(socket.getMessage().contains("SLACK_MODE=http"), socket.getMessage());
    }

    @Test
    void socketModeWithoutAnAppTokenFailsClearly() {
        env.put("SLACK_BOT_TOKEN", "xoxb-1");
        env.put("SLACK_MODE", "socket");
        SettingsException e = fails();
        assertTrue(e.getMessage().contains("SLACK_APP_TOKEN"), e.getMessage());
        assertFalse(e.getMessage().contains("xoxb-1"), "the message must not print the token");
    }

    @Test
    void httpModeWithoutASigningSecretFailsClearly() {
        env.put("SLACK_BOT_TOKEN", "xoxb-1");
        env.put("SLACK_MODE", "http");
        SettingsException e = fails();
        assertTrue(e.getMessage().contains("SLACK_SIGNING_SECRET"), e.getMessage());
    }

    @Test
    void theSlackModeDefaultsToSocketWhenAnAppTokenIsSet() throws IOException, SettingsException {
        Files.writeString(config, "dataDir: d\n");
        env.put("SLACK_BOT_TOKEN", "xoxb-1");
        env.put("SLACK_APP_TOKEN", "xapp-1");
        assertEquals("socket", load().slack().mode());
        env.remove("SLACK_APP_TOKEN");
        env.put("SLACK_SIGNING_SECRET", "s");
        assertEquals("http", load().slack().mode());
    }

    @Test
    void theSlackModeDefaultsToHttpWithoutAnAppToken() throws IOException, SettingsException {
        Files.writeString(config, "dataDir: d\n");
        env.put("SLACK_BOT_TOKEN", "xoxb-1");
        env.put("SLACK_SIGNING_SECRET", "s");
        assertEquals("http", load().slack().mode());
    }

    @Test
    void aPortOutOfRangeFails() {
        env.put("MENTORBOT_HTTP_PORT", "70000");
        SettingsException e = fails();
        assertTrue(e.getMessage().contains("MENTORBOT_HTTP_PORT") && e.getMessage().contains("70000"), e.getMessage());
    }

    @Test
    void aPortThatIsNotANumberFails() {
        env.put("MENTORBOT_HTTP_PORT", "eighty");
        SettingsException e = fails();
        assertTrue(e.getMessage().contains("eighty"), e.getMessage());
    }

    @Test
    void aMissingNamedConfigFileFails() {
        env.put("MENTORBOT_CONFIG", tmp.resolve("nope.yaml").toString());
        SettingsException e = fails();
        assertTrue(e.getMessage().contains("nope.yaml") && e.getMessage().contains("not found"), e.getMessage());
    }

    @Test
    void malformedYamlNamesFileAndLine() throws IOException {
        Files.writeString(config, "cache:\n  maxEntries: 10\n  ttl: [PT5M\n");
        SettingsException e = fails();
        assertTrue(e.getMessage().startsWith(config + ":"), e.getMessage());
        assertTrue(e.getMessage().matches(".*:\\d+: .*"), "a line number: " + e.getMessage());
    }

    @Test
    void anUnknownSettingIsAnError() throws IOException {
        Files.writeString(config, "cache:\n  maxEntries: 10\n  tll: PT5M\n");
        SettingsException e = fails();
        assertTrue(e.getMessage().contains(config.toString()) && e.getMessage().contains("tll"), e.getMessage());
    }

    @Test
    void anUnknownSettingNamesItsLine() throws IOException {
        Files.writeString(config, "cache:\n  maxEntries: 10\n  tll: PT5M\n");
        SettingsException e = fails();
        assertTrue(e.getMessage().startsWith(config + ":3:"), e.getMessage());
    }

    @Test
    void aBadDurationFails() throws IOException {
        Files.writeString(config, "cache:\n  ttl: ten minutes\n");
        SettingsException e = fails();
        assertTrue(e.getMessage().contains(config.toString()), e.getMessage());
    }

    @Test
    void aNegativeTtlFails() throws IOException {
        Files.writeString(config, "context:\n  ttl: -PT5M\n");
        SettingsException e = fails();
        assertTrue(e.getMessage().contains("ttl"), e.getMessage());
    }
}
