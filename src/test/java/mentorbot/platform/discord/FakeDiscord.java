package mentorbot.platform.discord;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.LoggerFactory;

/**
 * A fake Discord on 127.0.0.1: a REST API (JDK HttpServer) and a gateway (Java-WebSocket) that
 * speak just enough of the protocol for JDA 6.5.0 to log in, receive READY and GUILD_CREATE, and
 * exchange interactions and messages. Every request is recorded; tests wait on them with timeouts.
 * Errors JDA logs (listener exceptions among them) are captured too, and fail the test.
 */
final class FakeDiscord implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /**
     * What the invite link grants: View Channels, Send Messages, Embed Links, Read Message History (a reply needs
     * it) and Send Messages in Threads.
     */
    static final String PERMISSIONS = "274877991936";
    private static final long DISCORD_EPOCH = 1420070400000L;
    private static final AtomicLong COUNTER = new AtomicLong();

    final String appId = snowflake();
    final String botId = appId;
    final String guildId = snowflake();
    final String channelId = snowflake();
    final String userId = snowflake();
    /** A public thread in the guild's text channel. */
    final String threadId = snowflake();

    /**
     * One request the bot made. {@code body} is the JSON sent (or the payload_json part), or null; {@code created}
     * the message a channel post created, as the fake answered it (its id among it), or null.
     */
    record Call(String method, String path, String query, JsonNode body, ObjectNode created) {
        boolean is(String m, String regex) {
            return method.equals(m) && path.matches(regex);
        }
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    /** The IDENTIFY payloads received, one per connection (shard). */
    final List<JsonNode> identifies = new CopyOnWriteArrayList<>();
    private final Map<WebSocket, Integer> shardOf = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    private final Map<String, ArrayNode> commands = new ConcurrentHashMap<>();
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private final AtomicInteger seq = new AtomicInteger();
    private final HttpServer http;
    private final Gateway gateway;
    private final ErrorAppender appender = new ErrorAppender();
    volatile boolean rejectToken;
    /** When set, a message posted to this channel is refused: 403 Missing Permissions (code 50013). */
    volatile String refusePostsTo;
    /** When non-zero, the gateway answers IDENTIFY by closing with this code (4004: a token Discord rejects). */
    volatile int refuseIdentify;
    volatile int shardTotal = 1;
    /** While set, IDENTIFY is answered with READY only at {@link #releaseReady()}: the bot stays connecting. */
    private boolean holdReady; // guarded by lock
    private final List<Runnable> heldReady = new ArrayList<>(); // guarded by lock
    private final java.util.concurrent.CountDownLatch readyHeld = new java.util.concurrent.CountDownLatch(1);
    private volatile int shardTotalSeen = 1;

    /** From now on READY waits for {@link #releaseReady()}. */
    void holdReady() {
        synchronized (lock) {
            holdReady = true;
        }
    }

    /** Whether a READY was held back within {@code wait}: the bot identified and is connecting. */
    boolean awaitHeldReady(java.time.Duration wait) throws InterruptedException {
        return readyHeld.await(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sends every READY held back, and answers later IDENTIFYs at once again. */
    void releaseReady() {
        List<Runnable> held;
        synchronized (lock) {
            holdReady = false;
            held = List.copyOf(heldReady);
            heldReady.clear();
        }
        held.forEach(Runnable::run);
    }

    /** Discord's rule: a guild lives on shard (guild_id >> 22) % shard count. */
    int guildShard(int total) {
        return (int) ((Long.parseLong(guildId) >> 22) % total);
    }

    FakeDiscord() throws Exception {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/api/v10/", this::rest);
        http.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "fake-discord-rest");
            t.setDaemon(true);
            return t;
        }));
        http.start();
        gateway = new Gateway(new InetSocketAddress("127.0.0.1", 0));
        gateway.setReuseAddr(true);
        gateway.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (gateway.getPort() <= 0 && System.nanoTime() < deadline) {
            synchronized (gateway) {
                gateway.wait(50);
            }
        }
        if (gateway.getPort() <= 0) {
            throw new IllegalStateException("fake gateway did not start");
        }
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(
                org.slf4j.Logger.ROOT_LOGGER_NAME);
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("net.dv8tion")).setLevel(Level.INFO);
        appender.setContext(root.getLoggerContext());
        appender.start();
        root.addAppender(appender);
    }

    String apiUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/api/v10/";
    }

    String gatewayUrl() {
        return "ws://127.0.0.1:" + gateway.getPort();
    }

    static String snowflake() {
        return Long.toString(((System.currentTimeMillis() - DISCORD_EPOCH) << 22) | (COUNTER.incrementAndGet() & 0x3FFFFF));
    }

    // ---- what tests look at ----

    void error(Throwable t) {
        errors.add(t);
    }

    List<Throwable> errors() {
        return List.copyOf(errors);
    }

    /** Waits until at least {@code count} errors (or warnings logged) were seen; returns them. */
    List<Throwable> awaitErrors(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (errors.size() < count) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new AssertionError("timed out waiting for " + count + " errors, saw " + errors);
                }
                lock.wait(Math.min(left, 200));
            }
            return List.copyOf(errors);
        }
    }

    /** For tests that provoke an error on purpose, after checking it. */
    void clearErrors() {
        errors.clear();
    }

    int mark() {
        return calls.size();
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    /** A snapshot of the calls from {@code mark} on (a sub-list of the live list fails when a call arrives meanwhile). */
    private List<Call> since(int mark) {
        List<Call> all = List.copyOf(calls);
        return all.subList(Math.min(mark, all.size()), all.size());
    }

    /** The first call after {@code mark} that matches, waiting at most {@code timeout}. */
    Call await(int mark, Predicate<Call> match, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (true) {
                for (int i = mark; i < calls.size(); i++) {
                    if (match.test(calls.get(i))) {
                        return calls.get(i);
                    }
                }
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new AssertionError("timed out after " + timeout + " waiting for a call; calls since mark: "
                            + since(mark) + "; errors: " + errors);
                }
                lock.wait(Math.min(left, 200));
            }
        }
    }

    /** Waits until {@code count} calls after {@code mark} match; returns them. */
    List<Call> awaitCount(int mark, Predicate<Call> match, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (true) {
                List<Call> hits = since(mark).stream().filter(match).toList();
                if (hits.size() >= count) {
                    return hits;
                }
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new AssertionError("timed out waiting for " + count + " calls, saw " + hits.size()
                            + "; errors: " + errors);
                }
                lock.wait(Math.min(left, 200));
            }
        }
    }

    // ---- gateway ----

    void dispatch(String type, JsonNode data) {
        ObjectNode frame = F.objectNode().put("op", 0).put("t", type).put("s", seq.incrementAndGet());
        frame.set("d", data);
        String text = frame.toString();
        // Guild events go to the guild's shard, as on Discord; DMs go to shard 0.
        int target = data.has("guild_id") ? guildShard(shardTotalSeen) : 0;
        for (Map.Entry<WebSocket, Integer> e : shardOf.entrySet()) {
            if (e.getValue() == target && e.getKey().isOpen()) {
                e.getKey().send(text);
            }
        }
    }

    /** Closes every gateway connection with {@code code}, as Discord does (4004: the token was rejected). */
    void closeGateway(int code, String reason) {
        for (WebSocket conn : shardOf.keySet()) {
            conn.close(code, reason);
        }
    }

    private final class Gateway extends WebSocketServer {
        Gateway(InetSocketAddress address) {
            super(address, 1);
        }

        @Override
        public void onStart() {
            synchronized (this) {
                notifyAll();
            }
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            conn.send("{\"op\":10,\"d\":{\"heartbeat_interval\":41250}}");
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            try {
                JsonNode msg = JSON.readTree(message);
                int op = msg.path("op").asInt();
                if (op == 1) {
                    conn.send("{\"op\":11}");
                } else if (op == 6) {
                    // RESUME after a dropped connection: the session goes on where it was.
                    send(conn, "RESUMED", F.objectNode());
                } else if (op == 2 && refuseIdentify != 0) {
                    conn.close(refuseIdentify, "refused");
                } else if (op == 2) {
                    identifies.add(msg.path("d"));
                    JsonNode sh = msg.path("d").path("shard");
                    shardOf.put(conn, sh.isArray() ? sh.get(0).asInt() : 0);
                    JsonNode shard = msg.path("d").path("shard");
                    Runnable ready = () -> ready(conn, shard.isArray() ? shard.get(0).asInt() : 0,
                            shard.isArray() ? shard.get(1).asInt() : 1);
                    synchronized (lock) {
                        if (holdReady) {
                            heldReady.add(ready);
                            readyHeld.countDown();
                            return;
                        }
                    }
                    ready.run();
                }
            } catch (IOException e) {
                errors.add(e);
            }
        }

        private void ready(WebSocket conn, int shard, int total) {
            shardTotalSeen = total;
            boolean hasGuild = shard == guildShard(total);
            ObjectNode d = F.objectNode().put("v", 10).put("session_id", "session-" + shard)
                    .put("resume_gateway_url", gatewayUrl());
            d.set("user", botUser());
            ArrayNode guilds = d.putArray("guilds");
            if (hasGuild) {
                guilds.addObject().put("id", guildId).put("unavailable", true);
            }
            d.putObject("application").put("id", appId).put("flags", 0);
            d.putArray("private_channels");
            d.putArray("relationships");
            d.putArray("shard").add(shard).add(total);
            send(conn, "READY", d);
            if (hasGuild) {
                send(conn, "GUILD_CREATE", guild());
            }
        }

        private void send(WebSocket conn, String type, JsonNode data) {
            ObjectNode frame = F.objectNode().put("op", 0).put("t", type).put("s", seq.incrementAndGet());
            frame.set("d", data);
            conn.send(frame.toString());
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
            shardOf.remove(conn);
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
        }
    }

    ObjectNode botUser() {
        return F.objectNode().put("id", botId).put("username", "mentor-bot").put("discriminator", "0")
                .put("bot", true).putNull("avatar").putNull("global_name").put("flags", 0);
    }

    ObjectNode user(String id, String name) {
        return F.objectNode().put("id", id).put("username", name).put("discriminator", "0")
                .putNull("avatar").put("global_name", name).put("flags", 0);
    }

    private ObjectNode guild() {
        ObjectNode g = F.objectNode().put("id", guildId).put("name", "AI guild").put("unavailable", false)
                .put("afk_timeout", 300).put("owner_id", userId).put("member_count", 2).put("large", false)
                .put("verification_level", 0).put("default_message_notifications", 0)
                .put("explicit_content_filter", 0).put("mfa_level", 0).put("nsfw_level", 0).put("premium_tier", 0)
                .put("premium_subscription_count", 0).put("preferred_locale", "en-US").put("system_channel_flags", 0)
                .put("max_members", 500000).put("premium_progress_bar_enabled", false)
                .put("joined_at", Instant.now().toString());
        g.putNull("icon").putNull("splash").putNull("banner").putNull("description").putNull("vanity_url_code")
                .putNull("afk_channel_id").putNull("system_channel_id").putNull("rules_channel_id");
        g.putArray("roles").addObject().put("id", guildId).put("name", "@everyone").put("permissions", PERMISSIONS)
                .put("position", 0).put("color", 0).put("hoist", false).put("managed", false)
                .put("mentionable", false).put("flags", 0).putObject("colors").put("primary_color", 0)
                .putNull("secondary_color").putNull("tertiary_color");
        g.putArray("emojis");
        g.putArray("stickers");
        g.putArray("features");
        ObjectNode self = g.putArray("members").addObject();
        self.set("user", botUser());
        self.putArray("roles");
        self.put("joined_at", Instant.now().toString()).put("deaf", false).put("mute", false).put("flags", 0)
                .put("pending", false).putNull("nick").putNull("avatar").putNull("premium_since")
                .putNull("communication_disabled_until");
        g.putArray("channels").add(textChannel());
        g.putArray("threads").add(thread());
        g.putArray("voice_states");
        g.putArray("presences");
        g.putArray("stage_instances");
        g.putArray("guild_scheduled_events");
        return g;
    }

    ObjectNode textChannel() {
        ObjectNode c = F.objectNode().put("id", channelId).put("type", 0).put("name", "general").put("guild_id", guildId)
                .put("position", 0).put("flags", 0).put("nsfw", false).put("rate_limit_per_user", 0);
        c.putArray("permission_overwrites");
        c.putNull("parent_id").putNull("topic").putNull("last_message_id");
        return c;
    }

    /** The public thread {@link #threadId} under the text channel, as GUILD_CREATE lists it. */
    ObjectNode thread() {
        ObjectNode t = F.objectNode().put("id", threadId).put("type", 11).put("name", "career questions")
                .put("guild_id", guildId).put("parent_id", channelId).put("owner_id", userId).put("flags", 0)
                .put("message_count", 1).put("total_message_sent", 1).put("member_count", 1)
                .put("rate_limit_per_user", 0);
        t.putNull("last_message_id");
        t.putObject("thread_metadata").put("archived", false).put("auto_archive_duration", 1440)
                .put("archive_timestamp", Instant.now().toString()).put("locked", false);
        return t;
    }

    // ---- interactions and messages sent by "users" ----

    /** A slash command used in the guild; options are name/value pairs, a subcommand wraps them. */
    ObjectNode slash(String name, String subcommand, String... nameValues) {
        ObjectNode data = F.objectNode().put("id", snowflake()).put("name", name).put("type", 1);
        ArrayNode opts = F.arrayNode();
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            opts.addObject().put("name", nameValues[i]).put("type", 3).put("value", nameValues[i + 1]);
        }
        if (subcommand != null) {
            ObjectNode sub = data.putArray("options").addObject().put("name", subcommand).put("type", 1);
            sub.set("options", opts);
        } else {
            data.set("options", opts);
        }
        return interaction(2, data);
    }

    /** A slash command used in the bot's DM (interaction context 1): a user, no member or guild. */
    ObjectNode slashInDm(String dmChannelId, String name, String... nameValues) {
        ObjectNode i = slash(name, null, nameValues);
        i.remove(List.of("guild_id", "guild", "member", "guild_locale"));
        i.set("user", user(userId, "ada"));
        i.put("channel_id", dmChannelId).put("context", 1);
        ObjectNode channel = i.putObject("channel").put("id", dmChannelId).put("type", 1).put("flags", 0)
                .put("permissions", "2248473465835073");
        channel.putNull("last_message_id");
        channel.putArray("recipients").add(user(userId, "ada"));
        i.putObject("authorizing_integration_owners").put("0", guildId);
        return i;
    }

    /**
     * A slash command through {@code user}'s own install of the app (authorized by the user, not a server), in a
     * server the bot is not in (context 0): Discord sends a partial guild, the channel and a member with the
     * permissions it computed for them there (here: every permission, Manage Channels among them).
     */
    ObjectNode slashInForeignGuild(String guild, String channel, String user, String name, String... nameValues) {
        ObjectNode i = slash(name, null, nameValues);
        i.put("guild_id", guild).put("channel_id", channel).put("context", 0);
        i.putObject("guild").put("id", guild).put("locale", "en-US").putArray("features");
        ObjectNode c = textChannel().put("id", channel).put("guild_id", guild).put("permissions", "2248473465835073");
        i.set("channel", c);
        ((ObjectNode) i.get("member")).set("user", user(user, "learner"));
        i.putObject("authorizing_integration_owners").put("1", user);
        return i;
    }

    /**
     * A slash command through {@code user}'s own install in a private channel (context 2): a DM between two
     * people or a group DM, channel type 3; no guild, no member.
     */
    ObjectNode slashInPrivateChannel(String channel, String user, String name, String... nameValues) {
        ObjectNode i = slash(name, null, nameValues);
        i.remove(List.of("guild_id", "guild", "member", "guild_locale"));
        i.set("user", user(user, "learner"));
        i.put("channel_id", channel).put("context", 2);
        ObjectNode c = i.putObject("channel").put("id", channel).put("type", 3).put("flags", 0).put("name", "study group")
                .put("permissions", "2248473465835073").put("owner_id", user);
        c.putNull("last_message_id").putNull("icon");
        c.putArray("recipients").add(user(user, "learner")).add(user(snowflake(), "friend"));
        i.putObject("authorizing_integration_owners").put("1", user);
        return i;
    }

    /** The bot's DM command of {@link #slashInDm}, by {@code user} through their own install (context 1). */
    ObjectNode slashInDmByUserInstall(String dmChannelId, String user, String name, String... nameValues) {
        ObjectNode i = slashInDm(dmChannelId, name, nameValues);
        i.set("user", user(user, "learner"));
        ((ArrayNode) i.at("/channel/recipients")).removeAll().add(user(user, "learner"));
        i.putObject("authorizing_integration_owners").put("1", user);
        return i;
    }

    /** An autocomplete request with {@code focused} being typed. */
    ObjectNode autocomplete(String name, String focused, String typed) {
        ObjectNode data = F.objectNode().put("id", snowflake()).put("name", name).put("type", 1);
        data.putArray("options").addObject().put("name", focused).put("type", 3).put("value", typed).put("focused", true);
        return interaction(4, data);
    }

    /** A click on a button of an ephemeral message the bot sent. */
    ObjectNode button(String customId) {
        ObjectNode data = F.objectNode().put("custom_id", customId).put("component_type", 2);
        ObjectNode i = interaction(3, data);
        ObjectNode m = message(snowflake(), channelId, botUser(), "", 64);
        m.put("application_id", appId);
        i.set("message", m);
        return i;
    }

    ObjectNode interaction(int type, ObjectNode data) {
        ObjectNode i = F.objectNode().put("id", snowflake()).put("application_id", appId).put("type", type)
                .put("token", "itoken-" + COUNTER.incrementAndGet()).put("version", 1).put("guild_id", guildId)
                .put("channel_id", channelId).put("app_permissions", "2248473465835073").put("locale", "en-US")
                .put("guild_locale", "en-US").put("context", 0);
        i.putObject("guild").put("id", guildId).put("locale", "en-US").putArray("features");
        i.set("channel", textChannel().put("permissions", "2248473465835073"));
        ObjectNode member = i.putObject("member");
        member.set("user", user(userId, "ada"));
        member.putArray("roles");
        member.put("joined_at", Instant.now().toString()).put("permissions", "2248473465835073").put("deaf", false)
                .put("mute", false).put("flags", 0).put("pending", false).putNull("nick").putNull("avatar")
                .putNull("premium_since").putNull("communication_disabled_until");
        i.putArray("entitlements");
        i.putObject("authorizing_integration_owners").put("0", guildId);
        i.set("data", data);
        return i;
    }

    /** The DM channel {@code POST users/@me/channels} opens with {@code userId}. */
    static String dmChannelOf(String userId) {
        return Long.toString(Long.parseLong(userId) + 1);
    }

    /** The interaction as done by another member, who is not the server's owner and has only @everyone's permissions. */
    ObjectNode by(ObjectNode interaction, String otherUserId) {
        ((ObjectNode) interaction.get("member")).set("user", user(otherUserId, "member-" + otherUserId));
        return interaction;
    }

    /** A direct message to the bot from {@code author}. */
    ObjectNode directMessage(String dmChannelId, ObjectNode author, String content) {
        return message(snowflake(), dmChannelId, author, content, 0);
    }

    /**
     * A message in a channel (or thread) of the guild by {@code author}, as Discord sends it to a bot without the
     * message content intent that it mentions: guild_id, the author's member, and {@code mentions} holding the
     * users the content mentions ({@code <@id>} or {@code <@!id>}); {@code mention_everyone} when it says
     * @everyone or @here.
     */
    ObjectNode guildMessage(String channel, ObjectNode author, String content) {
        ObjectNode m = message(snowflake(), channel, author, content, 0).put("guild_id", guildId)
                .put("mention_everyone", content.contains("@everyone") || content.contains("@here"));
        ObjectNode member = m.putObject("member");
        member.putArray("roles");
        member.put("joined_at", Instant.now().toString()).put("deaf", false).put("mute", false).put("flags", 0)
                .put("pending", false).putNull("nick").putNull("avatar").putNull("premium_since")
                .putNull("communication_disabled_until");
        ArrayNode mentions = (ArrayNode) m.get("mentions");
        Matcher u = Pattern.compile("<@!?(\\d+)>").matcher(content);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (u.find()) {
            if (seen.add(u.group(1))) {
                mentions.add(u.group(1).equals(botId) ? botUser() : user(u.group(1), "someone"));
            }
        }
        return m;
    }

    /** {@code message} made a reply to {@code to} (type 19), with the referenced message as Discord includes it. */
    static ObjectNode replyTo(ObjectNode message, JsonNode to) {
        message.put("type", 19);
        message.putObject("message_reference").put("type", 0).put("message_id", to.path("id").asText())
                .put("channel_id", to.path("channel_id").asText()).put("guild_id", message.path("guild_id").asText());
        message.set("referenced_message", to.deepCopy());
        return message;
    }

    ObjectNode message(String id, String channel, ObjectNode author, String content, int flags) {
        ObjectNode m = F.objectNode().put("id", id).put("channel_id", channel).put("type", 0).put("content", content)
                .put("timestamp", Instant.now().toString()).put("tts", false).put("mention_everyone", false)
                .put("pinned", false).put("flags", flags);
        m.putNull("edited_timestamp");
        m.set("author", author);
        m.putArray("mentions");
        m.putArray("mention_roles");
        m.putArray("attachments");
        m.putArray("embeds");
        m.putArray("components");
        return m;
    }

    // ---- REST ----

    private static final Pattern COMMANDS = Pattern.compile("applications/(\\d+)(?:/guilds/(\\d+))?/commands");

    private void rest(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath().substring("/api/v10/".length());
            String query = ex.getRequestURI().getRawQuery();
            String method = ex.getRequestMethod();
            byte[] raw = ex.getRequestBody().readAllBytes();
            JsonNode body = parseBody(ex.getRequestHeaders().getFirst("Content-Type"), raw);
            // Read once: a test that lifts the refusal while this request is handled gets one answer, not both halves.
            String refused = refusePostsTo;
            boolean post = method.equals("POST") && path.matches("channels/\\d+/messages")
                    && !path.split("/")[1].equals(refused);
            ObjectNode created = post ? echo(path.split("/")[1], body) : null;
            Call call = new Call(method, path, query, body, created);
            if (!(method.equals("GET") && path.equals("users/@me"))) {
                calls.add(call);
                synchronized (lock) {
                    lock.notifyAll();
                }
            }
            ex.getResponseHeaders().add("Content-Type", "application/json");
            Matcher cm = COMMANDS.matcher(path);
            if (method.equals("GET") && path.equals("users/@me")) {
                if (rejectToken) {
                    respond(ex, 401, "{\"message\":\"401: Unauthorized\",\"code\":0}");
                } else {
                    respond(ex, 200, botUser().toString());
                }
            } else if (method.equals("GET") && path.equals("gateway/bot")) {
                respond(ex, 200, "{\"url\":\"" + gatewayUrl() + "\",\"shards\":" + shardTotal
                        + ",\"session_start_limit\":{\"total\":1000,\"remaining\":999,\"reset_after\":0,\"max_concurrency\":16}}");
            } else if (cm.matches()) {
                String scope = cm.group(2) == null ? "global" : cm.group(2);
                if (method.equals("PUT")) {
                    ArrayNode saved = F.arrayNode();
                    for (JsonNode c : body) {
                        ObjectNode copy = ((ObjectNode) c).deepCopy();
                        copy.put("id", snowflake()).put("application_id", appId).put("version", snowflake());
                        if (cm.group(2) != null) {
                            copy.put("guild_id", cm.group(2));
                        }
                        if (!copy.has("type")) {
                            copy.put("type", 1);
                        }
                        // What Discord adds to its answer (checked against its API docs): the diff must ignore it.
                        copy.put("nsfw", copy.path("nsfw").asBoolean(false));
                        copy.put("dm_permission", copy.path("contexts").toString().contains("1"));
                        if (!copy.has("default_member_permissions")) {
                            copy.putNull("default_member_permissions");
                        }
                        if (!copy.has("integration_types")) {
                            copy.putArray("integration_types").add(0);
                        }
                        copy.putNull("name_localizations");
                        copy.putNull("description_localizations");
                        saved.add(copy);
                    }
                    commands.put(scope, saved);
                    respond(ex, 200, saved.toString());
                    return;
                } else {
                    // Discord does not promise an order: answer in reverse to make sure the diff does not care.
                    ArrayNode stored = commands.getOrDefault(scope, F.arrayNode());
                    ArrayNode reversed = F.arrayNode();
                    for (int k = stored.size() - 1; k >= 0; k--) {
                        reversed.add(stored.get(k));
                    }
                    respond(ex, 200, reversed.toString());
                }
            } else if (method.equals("POST") && path.matches("interactions/\\d+/[^/]+/callback")) {
                ex.sendResponseHeaders(204, -1);
            } else if ((method.equals("POST") && path.matches("webhooks/\\d+/[^/]+"))
                    || (method.equals("PATCH") && path.matches("webhooks/\\d+/[^/]+/messages/.+"))) {
                respond(ex, 200, echo(channelId, body).put("webhook_id", appId).put("application_id", appId).toString());
            } else if (method.equals("POST") && path.matches("channels/\\d+/messages")
                    && path.split("/")[1].equals(refused)) {
                respond(ex, 403, "{\"message\":\"Missing Permissions\",\"code\":50013}");
            } else if (post) {
                respond(ex, 200, created.toString());
            } else if (method.equals("PATCH") && path.matches("channels/\\d+/messages/\\d+")) {
                respond(ex, 200, echo(path.split("/")[1], body).put("id", path.split("/")[3]).toString());
            } else if (method.equals("POST") && path.equals("users/@me/channels")) {
                // The DM channel with a user: its id is derived from theirs, so tests know where DMs go.
                respond(ex, 200, F.objectNode().put("id", dmChannelOf(body.path("recipient_id").asText())).put("type", 1)
                        .toString());
            } else {
                respond(ex, 404, "{\"message\":\"Unknown route in fake Discord: " + method + " " + path + "\",\"code\":0}");
            }
        } catch (RuntimeException e) {
            errors.add(e);
            throw e;
        }
    }

    private ObjectNode echo(String channel, JsonNode body) {
        ObjectNode m = message(snowflake(), channel, botUser(), body == null ? "" : body.path("content").asText(""),
                body == null ? 0 : body.path("flags").asInt(0));
        if (body != null && body.has("message_reference")) {
            m.put("type", 19);
            m.set("message_reference", body.get("message_reference").deepCopy());
        }
        if (body != null && body.has("embeds")) {
            ArrayNode embeds = body.get("embeds").deepCopy();
            embeds.forEach(e -> ((ObjectNode) e).put("type", "rich"));
            m.set("embeds", embeds);
        }
        return m;
    }

    private static JsonNode parseBody(String contentType, byte[] raw) throws IOException {
        if (raw.length == 0) {
            return null;
        }
        String text = new String(raw, StandardCharsets.UTF_8);
        if (contentType != null && contentType.startsWith("multipart/")) {
            int name = text.indexOf("name=\"payload_json\"");
            if (name < 0) {
                return null;
            }
            int start = text.indexOf("\r\n\r\n", name) + 4;
            int end = text.indexOf("\r\n--", start);
            text = text.substring(start, end);
        }
        return JSON.readTree(text);
    }

    private static void respond(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Records every warning or error JDA or the adapter logs, such as an exception thrown by a listener. */
    private final class ErrorAppender extends AppenderBase<ILoggingEvent> {
        @Override
        protected void append(ILoggingEvent event) {
            String message = event.getFormattedMessage();
            // The appender sees the whole JVM: a connection failure to another fake's port is an earlier
            // test's JDA finishing its shutdown after that fake closed, not something this test did.
            if (message != null && message.contains("Failed to connect to /127.0.0.1:")
                    && !message.contains("127.0.0.1:" + http.getAddress().getPort())) {
                return;
            }
            // Only JDA and the adapter: other features' tests in the same JVM may log their own errors.
            boolean ours = event.getLoggerName().startsWith("net.dv8tion")
                    || event.getLoggerName().startsWith("mentorbot.platform.discord");
            if (ours && event.getLevel().isGreaterOrEqual(Level.WARN)) {
                errors.add(new AssertionError("logged by " + event.getLoggerName() + ": " + message));
                synchronized (lock) {
                    lock.notifyAll();
                }
            }
        }
    }

    @Override
    public void close() throws Exception {
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(
                org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(appender);
        appender.stop();
        gateway.stop(1000);
        http.stop(0);
    }

    static List<String> paths(List<Call> calls) {
        List<String> out = new ArrayList<>();
        calls.forEach(c -> out.add(c.method() + " " + c.path()));
        return out;
    }
}
