package mentorbot.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code config/application.yaml} (or the file named by {@code MENTORBOT_CONFIG}), lays the
 * environment variables over it, and validates the result once.
 */
public final class SettingsLoader {

    /** Environment variable → setting path; the variable wins over the file. */
    static final Map<String, String> ENV_PATHS = new LinkedHashMap<>();

    static {
        ENV_PATHS.put("SLACK_MODE", "slack.mode");
        ENV_PATHS.put("SLACK_API_URL", "slack.apiUrl");
        ENV_PATHS.put("MENTORBOT_HTTP_PORT", "http.port");
        ENV_PATHS.put("DISCORD_DEV_GUILD_ID", "discord.devGuildId");
        ENV_PATHS.put("DISCORD_API_URL", "discord.apiUrl");
        ENV_PATHS.put("DISCORD_GATEWAY_URL", "discord.gatewayUrl");
        ENV_PATHS.put("DISCORD_SHARDS", "discord.shards");
        ENV_PATHS.put("MENTORBOT_DATA_DIR", "dataDir");
        ENV_PATHS.put("MENTORBOT_KNOWLEDGE_DIR", "knowledge.dir");
        ENV_PATHS.put("MENTORBOT_TIPS_BUSY_TIMEOUT", "tips.busyTimeout");
        ENV_PATHS.put("MENTORBOT_MENTORS_REMIND_AFTER", "mentors.remindAfter");
        ENV_PATHS.put("MENTORBOT_INSIGHTS_RETENTION_DAYS", "insights.retentionDays");
        ENV_PATHS.put("MENTORBOT_ON_FATAL", "platform.onFatal");
        ENV_PATHS.put("MENTORBOT_RECONNECT_GRACE", "platform.reconnectGrace");
        ENV_PATHS.put("MENTORBOT_DATABASE_URL", "database.url");
        ENV_PATHS.put("MENTORBOT_DATABASE_USER", "database.user");
    }

    /** Settings that name a file or folder. */
    private static final List<String> PATH_SETTINGS = List.of("knowledge.dir", "knowledge.qaDir", "dataDir");

    /** A busy database is reported, not waited on: longer than this is a misconfiguration. */
    private static final Duration MAX_BUSY_TIMEOUT = Duration.ofMinutes(1);

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public Settings load(Map<String, String> env) throws SettingsException {
        Path file = Path.of(env.getOrDefault("MENTORBOT_CONFIG", "config/application.yaml"));
        ObjectNode root = readFile(file, env.containsKey("MENTORBOT_CONFIG"));
        resolvePaths(root, file);
        ENV_PATHS.forEach((variable, path) -> {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                put(root, path, value.strip());
            }
        });
        Settings parsed;
        try {
            parsed = yaml.treeToValue(root, Settings.class);
        } catch (com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException e) {
            throw new SettingsException(file + lineOf(file, e.getPropertyName()) + ": unknown setting '"
                    + e.getPropertyName() + "' (known here: " + e.getKnownPropertyIds() + ")");
        } catch (JsonProcessingException e) {
            String field = e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m && !m.getPath().isEmpty()
                    ? m.getPath().get(m.getPath().size() - 1).getFieldName() : null;
            throw new SettingsException(file + (field == null ? "" : lineOf(file, field)) + ": "
                    + firstLine(e.getOriginalMessage()));
        } catch (IllegalArgumentException e) {
            throw new SettingsException(file + ": " + e.getMessage());
        }
        String mode = root.path("slack").path("mode").asText("");
        Settings settings = withSecrets(parsed, mode.isBlank() ? null : mode, env);
        validate(settings, file);
        return settings;
    }

    private ObjectNode readFile(Path file, boolean required) throws SettingsException {
        try {
            JsonNode node = yaml.readTree(Files.readString(file));
            if (node == null || node.isMissingNode() || node.isNull()) {
                return yaml.createObjectNode();
            }
            if (!node.isObject()) {
                throw new SettingsException(file + ":1: expected a mapping of settings");
            }
            return (ObjectNode) node;
        } catch (NoSuchFileException e) {
            if (required) {
                throw new SettingsException(file + ": file not found (named by MENTORBOT_CONFIG)");
            }
            return yaml.createObjectNode();
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new SettingsException(file + ":" + line + ": " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new SettingsException(file + ": cannot read: " + e.getMessage());
        }
    }

    /**
     * Relative paths in a configuration file are taken from that file's folder, whichever way the
     * file was found, so a configuration directory works wherever the bot is started. (Paths in
     * environment variables stay relative to the working directory.)
     */
    private void resolvePaths(ObjectNode root, Path file) throws SettingsException {
        Path folder = file.getParent();
        if (folder == null) {
            return; // the file is in the working directory: nothing changes
        }
        for (String setting : PATH_SETTINGS) {
            String[] parts = setting.split("\\.");
            JsonNode node = root;
            for (String part : parts) {
                node = node.path(part);
            }
            if (!node.isTextual() || node.asText().isBlank()) {
                continue;
            }
            Path value;
            try {
                value = Path.of(node.asText().strip());
            } catch (InvalidPathException e) {
                throw new SettingsException(file + lineOf(file, parts[parts.length - 1]) + ": " + setting
                        + " is not a path: " + e.getMessage());
            }
            if (!value.isAbsolute()) {
                put(root, setting, folder.resolve(value).normalize().toString());
            }
        }
    }

    private static void put(ObjectNode root, String path, String value) {
        String[] parts = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            node = child instanceof ObjectNode o ? o : node.putObject(parts[i]);
        }
        node.put(parts[parts.length - 1], value);
    }

    /** @param mode the Slack mode as configured, or null to derive it from the tokens */
    private static Settings withSecrets(Settings s, String mode, Map<String, String> env) {
        Settings.Slack slack = new Settings.Slack(mode, s.slack().apiUrl(), s.slack().admins(),
                new Secret(env.get("SLACK_BOT_TOKEN")), new Secret(env.get("SLACK_SIGNING_SECRET")),
                new Secret(env.get("SLACK_APP_TOKEN")), new Secret(env.get("SLACK_CLIENT_ID")),
                new Secret(env.get("SLACK_CLIENT_SECRET")), new Secret(env.get("MENTORBOT_SECRET_KEY")));
        Settings.Discord discord = new Settings.Discord(s.discord().devGuildId(), s.discord().apiUrl(),
                s.discord().gatewayUrl(), s.discord().shards(), new Secret(env.get("DISCORD_BOT_TOKEN")));
        Settings.Database database = new Settings.Database(s.database().url(), s.database().user(),
                new Secret(env.get("MENTORBOT_DATABASE_PASSWORD")), s.database().poolSize());
        return new Settings(s.knowledge(), s.cache(), s.context(), s.rateLimit(), s.input(), s.http(), slack, discord,
                s.tips(), s.dataDir(), s.platform(), s.mentors(), s.insights(), database);
    }

    private static void validate(Settings s, Path file) throws SettingsException {
        String mode = s.slack().mode();
        if (!mode.equals("socket") && !mode.equals("http")) {
            throw new SettingsException(file + ": slack.mode (SLACK_MODE) must be 'socket' or 'http', not '" + mode + "'");
        }
        if (s.slack().enabled() && mode.equals("socket") && !s.slack().appToken().isPresent()) {
            throw new SettingsException("Slack Socket Mode needs SLACK_APP_TOKEN (an xapp- app-level token),"
                    + " or set SLACK_MODE=http with SLACK_SIGNING_SECRET");
        }
        if (s.slack().enabled() && mode.equals("http") && !s.slack().signingSecret().isPresent()) {
            throw new SettingsException("Slack HTTP mode needs SLACK_SIGNING_SECRET to verify Slack's requests");
        }
        validateOAuth(s.slack());
        Integer port = s.http().port();
        if (port != null && (port < 0 || port > 65_535)) {
            throw new SettingsException(file + ": http.port (MENTORBOT_HTTP_PORT) must be 0-65535, not " + port);
        }
        if (s.platform().reconnectGrace().isNegative()) {
            throw new SettingsException(file + ": platform.reconnectGrace (MENTORBOT_RECONNECT_GRACE) must be a positive"
                    + " duration such as PT10M, not " + s.platform().reconnectGrace());
        }
        if (s.cache().ttl().isNegative() || s.context().ttl().isNegative()) {
            throw new SettingsException(file + ": cache and context ttl must be positive durations such as PT10M");
        }
        Duration remind = s.mentors().remindAfter();
        if (remind.isNegative() || remind.isZero()) {
            throw new SettingsException(file + ": mentors.remindAfter (MENTORBOT_MENTORS_REMIND_AFTER) must be a positive"
                    + " duration such as PT4H, not " + remind);
        }
        int keep = s.insights().retentionDays();
        if (keep < 1 || keep > 3650) {
            throw new SettingsException(file + ": insights.retentionDays (MENTORBOT_INSIGHTS_RETENTION_DAYS) must be a number"
                    + " of days from 1 to 3650, not " + keep);
        }
        String url = s.database().url();
        if (url != null && !url.startsWith("jdbc:postgresql:")) {
            // Only the start: the rest of the URL may hold a password.
            throw new SettingsException(file + ": database.url (MENTORBOT_DATABASE_URL) must be a PostgreSQL JDBC URL"
                    + " such as jdbc:postgresql://db.example:5432/mentorbot, not one starting '"
                    + url.substring(0, Math.min(url.length(), 16)) + "…'");
        }
        Duration busy = s.tips().busyTimeout();
        if (busy.isNegative() || busy.compareTo(MAX_BUSY_TIMEOUT) > 0) {
            throw new SettingsException(file + ": tips.busyTimeout (MENTORBOT_TIPS_BUSY_TIMEOUT) must be "
                    + "a duration from PT0S to " + MAX_BUSY_TIMEOUT + ", such as PT5S, not " + busy);
        }
    }

    /** OAuth (many workspaces) needs both client credentials, HTTP mode for its pages, and a key for the tokens. */
    private static void validateOAuth(Settings.Slack slack) throws SettingsException {
        if (slack.clientId().isPresent() != slack.clientSecret().isPresent()) {
            throw new SettingsException("Slack OAuth needs both SLACK_CLIENT_ID and SLACK_CLIENT_SECRET (Basic Information"
                    + " → App Credentials); only " + (slack.clientId().isPresent() ? "SLACK_CLIENT_ID" : "SLACK_CLIENT_SECRET")
                    + " is set");
        }
        if (!slack.oauth()) {
            return;
        }
        if (!slack.mode().equals("http")) {
            throw new SettingsException("Slack OAuth (SLACK_CLIENT_ID) serves /slack/install and /slack/oauth_redirect in"
                    + " HTTP mode: set SLACK_MODE=http with SLACK_SIGNING_SECRET");
        }
        if (!slack.secretKey().isPresent()) {
            throw new SettingsException("Slack OAuth keeps each workspace's bot token encrypted and needs MENTORBOT_SECRET_KEY"
                    + " (base64 of 32 random bytes: openssl rand -base64 32)");
        }
        try {
            EncryptionKey.parse(slack.secretKey().value());
        } catch (IllegalArgumentException e) {
            throw new SettingsException("MENTORBOT_SECRET_KEY " + e.getMessage());
        }
    }

    /**
     * ":LINE" of the first {@code name:} key in the file, or "" when it is not there (a setting
     * from the environment): the tree Jackson read no longer knows its lines.
     */
    private static String lineOf(Path file, String name) {
        if (name == null) {
            return "";
        }
        try {
            java.util.List<String> lines = Files.readAllLines(file);
            java.util.regex.Pattern key = java.util.regex.Pattern.compile("^\\s*" + java.util.regex.Pattern.quote(name) + "\\s*:");
            for (int i = 0; i < lines.size(); i++) {
                if (key.matcher(lines.get(i)).find()) {
                    return ":" + (i + 1);
                }
            }
        } catch (IOException e) {
            return "";
        }
        return "";
    }

    private static String firstLine(String message) {
        String m = message == null ? "invalid setting" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
