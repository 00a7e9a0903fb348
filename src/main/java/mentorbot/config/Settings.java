package mentorbot.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Immutable configuration: {@code config/application.yaml} with environment variables on top.
 * Secrets are never part of the file; they come from the environment only.
 */
public record Settings(
        Knowledge knowledge,
        Cache cache,
        Context context,
        RateLimit rateLimit,
        Input input,
        Http http,
        Slack slack,
        Discord discord,
        Tips tips,
        String dataDir,
        PlatformPolicy platform,
        Mentors mentors,
        Insights insights,
        Database database) {

    public Settings {
        knowledge = knowledge == null ? new Knowledge(null, null, null) : knowledge;
        cache = cache == null ? new Cache(0, null) : cache;
        context = context == null ? new Context(0, null) : context;
        rateLimit = rateLimit == null ? new RateLimit(0, 0) : rateLimit;
        input = input == null ? new Input(0) : input;
        http = http == null ? new Http(null) : http;
        slack = slack == null ? new Slack(null, null, null, null, null, null) : slack;
        discord = discord == null ? new Discord(null, null, null, null, null) : discord;
        tips = tips == null ? new Tips(null, null, null) : tips;
        dataDir = dataDir == null || dataDir.isBlank() ? "data" : dataDir;
        platform = platform == null ? new PlatformPolicy(null, null) : platform;
        mentors = mentors == null ? new Mentors(null) : mentors;
        insights = insights == null ? new Insights(null) : insights;
        database = database == null ? new Database(null, null, null, null) : database;
    }

    /** Without the shared database (SQLite in the data directory). */
    public Settings(Knowledge knowledge, Cache cache, Context context, RateLimit rateLimit, Input input, Http http,
                    Slack slack, Discord discord, Tips tips, String dataDir, PlatformPolicy platform, Mentors mentors,
                    Insights insights) {
        this(knowledge, cache, context, rateLimit, input, http, slack, discord, tips, dataDir, platform, mentors, insights, null);
    }

    /** Without the mentoring settings (their defaults). */
    public Settings(Knowledge knowledge, Cache cache, Context context, RateLimit rateLimit, Input input, Http http,
                    Slack slack, Discord discord, Tips tips, String dataDir, PlatformPolicy platform) {
        this(knowledge, cache, context, rateLimit, input, http, slack, discord, tips, dataDir, platform, null, null);
    }

    /** Without the platform policy (its defaults): what most tests build. */
    public Settings(Knowledge knowledge, Cache cache, Context context, RateLimit rateLimit, Input input, Http http,
                    Slack slack, Discord discord, Tips tips, String dataDir) {
        this(knowledge, cache, context, rateLimit, input, http, slack, discord, tips, dataDir, null);
    }

    public Path dataPath() {
        return Path.of(dataDir);
    }

    /** Where the knowledge files and the Q&A vocabulary live, and whether to reload on change. */
    public record Knowledge(String dir, String qaDir, Boolean watch) {
        public Knowledge {
            dir = dir == null ? "config/knowledge" : dir;
            qaDir = qaDir == null ? "config/qa" : qaDir;
            watch = watch == null || watch;
        }
    }

    /** The per-user answer cache. */
    public record Cache(int maxEntries, Duration ttl) {
        public Cache {
            maxEntries = maxEntries <= 0 ? 20_000 : maxEntries;
            ttl = ttl == null ? Duration.ofMinutes(10) : ttl;
        }
    }

    /** The per-user conversation context (recent role, level, topic). */
    public record Context(int maxUsers, Duration ttl) {
        public Context {
            maxUsers = maxUsers <= 0 ? 50_000 : maxUsers;
            ttl = ttl == null ? Duration.ofMinutes(30) : ttl;
        }
    }

    /** Per-user token bucket: {@code burst} requests at once, refilled at {@code perMinute}. */
    public record RateLimit(int burst, int perMinute) {
        public RateLimit {
            burst = burst <= 0 ? 10 : burst;
            perMinute = perMinute <= 0 ? 30 : perMinute;
        }
    }

    /** Longest user text analysed; the rest is cut and the reply says so. */
    public record Input(int maxLength) {
        public Input {
            maxLength = maxLength <= 0 ? 1_000 : maxLength;
        }
    }

    /** The HTTP server (Slack's HTTP mode and {@code /healthz}); null port means no server. */
    public record Http(Integer port) {
    }

    /**
     * Slack connection; tokens come from the environment. With {@code clientId} and {@code clientSecret} the bot is a
     * distributable app: workspaces install it through OAuth and their bot tokens are kept in the database, encrypted
     * with {@code secretKey} ({@code MENTORBOT_SECRET_KEY}); without them it runs in the one workspace of
     * {@code botToken}.
     */
    public record Slack(String mode, String apiUrl, List<String> admins,
                        @JsonIgnore Secret botToken, @JsonIgnore Secret signingSecret, @JsonIgnore Secret appToken,
                        @JsonIgnore Secret clientId, @JsonIgnore Secret clientSecret, @JsonIgnore Secret secretKey) {
        public Slack {
            apiUrl = apiUrl == null || apiUrl.isBlank() ? "https://slack.com/api/" : apiUrl;
            admins = admins == null ? List.of() : List.copyOf(admins);
            botToken = botToken == null ? new Secret(null) : botToken;
            signingSecret = signingSecret == null ? new Secret(null) : signingSecret;
            appToken = appToken == null ? new Secret(null) : appToken;
            clientId = clientId == null ? new Secret(null) : clientId;
            clientSecret = clientSecret == null ? new Secret(null) : clientSecret;
            secretKey = secretKey == null ? new Secret(null) : secretKey;
            mode = mode == null || mode.isBlank() ? (appToken.isPresent() ? "socket" : "http") : mode.toLowerCase();
        }

        /** One workspace, one bot token (no OAuth). */
        public Slack(String mode, String apiUrl, List<String> admins, Secret botToken, Secret signingSecret,
                     Secret appToken) {
            this(mode, apiUrl, admins, botToken, signingSecret, appToken, null, null, null);
        }

        public boolean enabled() {
            return botToken.isPresent() || oauth();
        }

        /** Many workspaces installing through OAuth ({@code SLACK_CLIENT_ID} and {@code SLACK_CLIENT_SECRET} set). */
        public boolean oauth() {
            return clientId.isPresent() && clientSecret.isPresent();
        }
    }

    /**
     * Discord connection; the token comes from the environment.
     *
     * @param shards 0 or absent: one connection; a positive number: that many shards; -1: as many as Discord advises
     */
    public record Discord(String devGuildId, String apiUrl, String gatewayUrl, Integer shards, @JsonIgnore Secret botToken) {
        public Discord {
            shards = shards == null ? 0 : shards;
            botToken = botToken == null ? new Secret(null) : botToken;
        }

        public boolean enabled() {
            return botToken.isPresent();
        }
    }

    /**
     * What a platform's connection means for the process.
     *
     * @param onFatal        a platform failed for good (a rejected or revoked token): exit non-zero (default,
     *                       so a supervisor restarts or alerts) or only answer 503 on {@code /healthz}
     * @param reconnectGrace how long a platform may be connecting or reconnecting before {@code /healthz}
     *                       answers 503 (default 10 minutes: longer than a gateway resume or a Slack reconnect)
     */
    public record PlatformPolicy(OnFatal onFatal, Duration reconnectGrace) {
        public PlatformPolicy {
            onFatal = onFatal == null ? OnFatal.EXIT : onFatal;
            reconnectGrace = reconnectGrace == null ? Duration.ofMinutes(10) : reconnectGrace;
        }
    }

    /** Written {@code exit} or {@code unhealthy}, as every other setting's values. */
    public enum OnFatal {
        @JsonProperty("exit") EXIT,
        @JsonProperty("unhealthy") UNHEALTHY
    }

    /** The mentoring loop: an unclaimed mentor request is reminded once after {@code remindAfter} (default 4 hours). */
    public record Mentors(Duration remindAfter) {
        public Mentors {
            remindAfter = remindAfter == null ? Duration.ofHours(4) : remindAfter;
        }
    }

    /**
     * A shared PostgreSQL for several replicas; without a URL the bot keeps its state in the SQLite file.
     *
     * @param url      {@code jdbc:postgresql://host:port/database}
     * @param password from {@code MENTORBOT_DATABASE_PASSWORD} only, never from the file, never logged
     * @param poolSize connections per process (default 8)
     */
    public record Database(String url, String user, @JsonIgnore Secret password, Integer poolSize) {
        public Database {
            url = url == null || url.isBlank() ? null : url.strip();
            password = password == null ? new Secret(null) : password;
            poolSize = poolSize == null || poolSize <= 0 ? 8 : poolSize;
        }

        public boolean enabled() {
            return url != null;
        }
    }

    /** What members asked: question texts are kept {@code retentionDays} (default 30), then deleted. */
    public record Insights(Integer retentionDays) {
        public Insights {
            retentionDays = retentionDays == null ? 30 : retentionDays;
        }
    }

    /**
     * Daily tips defaults.
     *
     * @param busyTimeout how long a database statement waits for another process's lock before the
     *                    store reports the database busy (a few seconds; SQLite's wait, not a sleep)
     */
    public record Tips(String defaultTime, String defaultZone, Duration busyTimeout) {
        public Tips {
            defaultTime = defaultTime == null ? "09:00" : defaultTime;
            defaultZone = defaultZone == null ? "UTC" : defaultZone;
            busyTimeout = busyTimeout == null ? Duration.ofSeconds(5) : busyTimeout;
        }
    }
}
