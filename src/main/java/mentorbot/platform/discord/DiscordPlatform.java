package mentorbot.platform.discord;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import mentorbot.config.Settings;
import mentorbot.knowledge.KnowledgeSource;
import mentorbot.mentor.CommandSpec;
import mentorbot.mentor.RequestHandler;
import mentorbot.platform.ConnectionState;
import mentorbot.platform.FatalErrorListener;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import net.dv8tion.jda.api.GatewayEncoding;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.ChunkingFilter;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import net.dv8tion.jda.api.utils.SessionController;
import mentorbot.platform.Dispatcher;
import mentorbot.platform.SafeHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Discord side of the bot: connects (one JDA, or a {@link ShardManager} when shards are
 * configured), registers the slash commands built from the core's {@link CommandSpec}s when they
 * differ from what Discord has, and answers commands, autocomplete, buttons, direct messages and
 * mentions in servers through the {@link RequestHandler}. Close it to disconnect.
 *
 * <p>Reads {@code Settings.discord()}: {@code botToken} (DISCORD_BOT_TOKEN), {@code devGuildId}
 * (DISCORD_DEV_GUILD_ID), {@code apiUrl} (DISCORD_API_URL), {@code gatewayUrl} (DISCORD_GATEWAY_URL),
 * {@code shards} (DISCORD_SHARDS: 0 one connection, N shards, -1 automatic).
 */
public final class DiscordPlatform implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DiscordPlatform.class);
    /**
     * Slash commands, autocomplete and buttons need no intent. {@code DIRECT_MESSAGES} delivers DMs
     * (with their content: no privileged intent needed). {@code GUILD_MESSAGES} delivers server messages,
     * which carry their text only when they mention the bot: all the bot answers there, so the privileged
     * message content intent stays off. JDA always adds the unprivileged {@code GUILDS} intent (servers and
     * channels; needed to register commands to the dev server). No members, no presences. (Daily tips are
     * posted by {@link DiscordTipPoster} over REST, without the gateway.)
     */
    static final EnumSet<GatewayIntent> INTENTS = EnumSet.of(GatewayIntent.DIRECT_MESSAGES, GatewayIntent.GUILD_MESSAGES);

    private final JDA jda;
    private final ShardManager shardManager;
    private final Dispatcher dispatcher;
    private final ThreadPoolExecutor completions;
    private final boolean commandsUpdated;
    private final ConnectionState connection;

    private DiscordPlatform(JDA jda, ShardManager shardManager, Dispatcher dispatcher,
                            ThreadPoolExecutor completions, boolean commandsUpdated, ConnectionState connection) {
        this.connection = connection;
        this.jda = jda;
        this.shardManager = shardManager;
        this.dispatcher = dispatcher;
        this.completions = completions;
        this.commandsUpdated = commandsUpdated;
    }

    /**
     * Connects with the settings and answers from the knowledge model; blocks until ready and
     * registered. The gateway's state goes to {@code connection}.
     */
    public static DiscordPlatform start(Settings settings, RequestHandler handler, List<CommandSpec> commands,
                                        KnowledgeSource knowledge, ConnectionState connection) {
        return builder(settings.discord(), handler, commands).completer(new KnowledgeCompleter(knowledge))
                .connection(connection).start();
    }

    public static Builder builder(Settings.Discord discord, RequestHandler handler, List<CommandSpec> commands) {
        return new Builder(discord, handler, commands);
    }

    /** Whether start-up sent the slash commands to Discord (false when they were already up to date). */
    public boolean commandsUpdated() {
        return commandsUpdated;
    }

    /** Options with defaults; tests shorten the reply budget and collect errors. */
    public static final class Builder {
        private final Settings.Discord discord;
        private final RequestHandler handler;
        private final List<CommandSpec> commands;
        private OptionCompleter completer = OptionCompleter.none();
        private Duration replyBudget = Duration.ofSeconds(2);
        private Duration startTimeout = Duration.ofSeconds(60);
        private int workerThreads = Math.max(4, Runtime.getRuntime().availableProcessors() * 2);
        private int queueSize = 1_000;
        private Duration drain = Duration.ofSeconds(10);
        private Consumer<Throwable> errors = DiscordPlatform::logError;
        private ConnectionState connection;
        private mentorbot.mentoring.Mentoring mentoring;
        private Clock clock = Clock.systemUTC();

        /** The time, for when slow-down notices in server channels may be posted again (default the system's). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /** The mentoring loop: 👍/👎 (and Ask a mentor) under every answer, and their clicks (default none). */
        public Builder mentoring(mentorbot.mentoring.Mentoring mentoring) {
            this.mentoring = mentoring;
            return this;
        }

        private Builder(Settings.Discord discord, RequestHandler handler, List<CommandSpec> commands) {
            this.discord = Objects.requireNonNull(discord, "discord settings");
            this.handler = Objects.requireNonNull(handler, "handler");
            this.commands = List.copyOf(commands);
        }

        public Builder completer(OptionCompleter completer) {
            this.completer = Objects.requireNonNull(completer);
            return this;
        }

        /** How long an answer may take before the interaction is deferred (Discord allows 3 s). */
        public Builder replyBudget(Duration budget) {
            this.replyBudget = budget;
            return this;
        }

        public Builder startTimeout(Duration timeout) {
            this.startTimeout = timeout;
            return this;
        }

        public Builder workers(int threads, int queueSize) {
            this.workerThreads = threads;
            this.queueSize = queueSize;
            return this;
        }

        /** How long closing waits for answers already accepted (default 10 s); what is left is logged. */
        public Builder drain(Duration drain) {
            this.drain = Objects.requireNonNull(drain);
            return this;
        }

        /** Where failures of listeners and of Discord calls go (default: logged). */
        public Builder errors(Consumer<Throwable> errors) {
            this.errors = Objects.requireNonNull(errors);
            return this;
        }

        /** Where the gateway's state goes, for {@code /healthz} and fatal errors (default: a state of its own). */
        public Builder connection(ConnectionState connection) {
            this.connection = Objects.requireNonNull(connection);
            return this;
        }

        public DiscordPlatform start() {
            ConnectionState connection = this.connection != null ? this.connection
                    : new ConnectionState("discord", Clock.systemUTC(), FatalErrorListener.NONE);
            if (!discord.botToken().isPresent()) {
                throw new IllegalStateException("Discord is not configured: set DISCORD_BOT_TOKEN");
            }
            // Checked before connecting: a bad command spec or server id fails at once, not after login.
            List<SlashCommandData> desired = DiscordCommands.build(commands);
            if (present(discord.devGuildId()) && !discord.devGuildId().strip().matches("\\d{1,20}")) {
                throw new IllegalStateException("DISCORD_DEV_GUILD_ID must be a numeric server id, got '"
                        + discord.devGuildId().strip() + "'");
            }
            // Belt and braces: JDA's defaults (users, roles, everyone) never apply; every message also sets its own.
            MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
            MessageRequest.setDefaultMentionRepliedUser(false);
            Dispatcher dispatcher = new Dispatcher("Discord", new SafeHandler(handler, errors::accept), workerThreads,
                    queueSize, replyBudget, drain, log);
            ThreadPoolExecutor completions = new ThreadPoolExecutor(2, 2, 60, TimeUnit.SECONDS,
                    new ArrayBlockingQueue<>(200), Dispatcher.daemons("discord-autocomplete"), new ThreadPoolExecutor.AbortPolicy());
            Semaphore ready = new Semaphore(0);
            DiscordListener listener = new DiscordListener(dispatcher, commands, completer, completions, errors, ready,
                    mentoring, clock);
            GatewayHealth health = new GatewayHealth(connection);
            JDA jda = null;
            ShardManager manager = null;
            try {
                if (discord.shards() == 0) {
                    jda = single(listener, health).build();
                    await(ready, 1, "the Discord gateway", connection);
                } else {
                    manager = sharded(listener, health).build();
                    await(ready, manager.getShardsTotal(), "every Discord shard", connection);
                }
                JDA first = jda != null ? jda : manager.getShards().get(0);
                Guild guild = null;
                if (present(discord.devGuildId())) {
                    guild = jda != null ? jda.getGuildById(discord.devGuildId().strip())
                            : manager.getGuildById(discord.devGuildId().strip());
                    if (guild == null) {
                        throw new IllegalStateException("DISCORD_DEV_GUILD_ID " + discord.devGuildId()
                                + " is not a server the bot is in: invite the bot there first, or unset it");
                    }
                }
                boolean updated = register(first, guild, desired);
                health.started();
                failIfRefused(connection);
                return new DiscordPlatform(jda, manager, dispatcher, completions, updated, connection);
            } catch (InvalidTokenException e) {
                shutdown(jda, manager, dispatcher);
                completions.shutdownNow();
                throw new IllegalStateException("Discord rejected DISCORD_BOT_TOKEN: check the bot token in the "
                        + "Developer Portal (Bot > Reset Token)", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                shutdown(jda, manager, dispatcher);
                completions.shutdownNow();
                throw new IllegalStateException("Interrupted while connecting to Discord", e);
            } catch (IllegalStateException e) {
                shutdown(jda, manager, dispatcher);
                completions.shutdownNow();
                throw e;
            } catch (RuntimeException e) {
                shutdown(jda, manager, dispatcher);
                completions.shutdownNow();
                // JDA reports an unreachable API as "-1: java.net.ConnectException"; say what was being reached.
                throw new IllegalStateException("cannot connect to Discord at "
                        + (present(discord.apiUrl()) ? discord.apiUrl() + " (DISCORD_API_URL)" : "discord.com")
                        + ": " + e.getMessage(), e);
            }
        }

        private JDABuilder single(DiscordListener listener, GatewayHealth health) {
            JDABuilder b = JDABuilder.createLight(discord.botToken().value(), INTENTS)
                    .setMemberCachePolicy(MemberCachePolicy.NONE)
                    .setChunkingFilter(ChunkingFilter.NONE)
                    .setEnableShutdownHook(false)
                    .setSessionController(sessionController())
                    .addEventListeners(listener.guarded(), health);
            if (present(discord.apiUrl())) {
                b.setRestConfig(new RestConfig().setBaseUrl(baseUrl(discord.apiUrl())));
            }
            if (present(discord.gatewayUrl())) {
                b.setCompression(Compression.NONE).setGatewayEncoding(GatewayEncoding.JSON);
            }
            return b;
        }

        private DefaultShardManagerBuilder sharded(DiscordListener listener, GatewayHealth health) {
            DefaultShardManagerBuilder b = DefaultShardManagerBuilder.createLight(discord.botToken().value(), INTENTS)
                    .setShardsTotal(discord.shards() < 0 ? -1 : discord.shards())
                    .setMemberCachePolicy(MemberCachePolicy.NONE)
                    .setChunkingFilter(ChunkingFilter.NONE)
                    .setEnableShutdownHook(false)
                    .setSessionController(sessionController())
                    .addEventListeners(listener.guarded(), health);
            if (present(discord.apiUrl())) {
                b.setRestConfig(new RestConfig().setBaseUrl(baseUrl(discord.apiUrl())));
            }
            if (present(discord.gatewayUrl())) {
                b.setCompression(Compression.NONE).setGatewayEncoding(GatewayEncoding.JSON);
            }
            return b;
        }

        private SessionController sessionController() {
            return present(discord.gatewayUrl()) ? new GatewayController(discord.gatewayUrl().strip())
                    : new ConcurrentSessionController();
        }

        /** Waits for READY, but not for the whole timeout when the gateway refused the bot meanwhile. */
        private void await(Semaphore ready, int shards, String what, ConnectionState connection)
                throws InterruptedException {
            long deadline = System.nanoTime() + startTimeout.toNanos();
            while (!ready.tryAcquire(Math.max(1, shards), 100, TimeUnit.MILLISECONDS)) {
                failIfRefused(connection);
                if (System.nanoTime() - deadline >= 0) {
                    throw new IllegalStateException("Timed out after " + startTimeout.toSeconds() + " s waiting for "
                            + what + " to be ready");
                }
            }
        }

        private static void failIfRefused(ConnectionState connection) {
            Optional<String> failure = connection.failure();
            if (failure.isPresent()) {
                throw new IllegalStateException(failure.get());
            }
        }
    }

    /**
     * Puts the desired commands on the guild (or globally) only when Discord's differ; true when sent.
     * Runs on the starting thread, never on JDA's event thread.
     */
    static boolean register(JDA jda, Guild guild, List<SlashCommandData> desired) {
        List<Command> existing = guild != null ? guild.retrieveCommands().complete() : jda.retrieveCommands().complete();
        String where = guild != null ? "server " + guild.getId() : "all servers (global)";
        if (DiscordCommands.same(existing, desired)) {
            log.info("Discord commands up to date for {} ({} commands)", where, desired.size());
            return false;
        }
        if (guild != null) {
            guild.updateCommands().addCommands(desired).complete();
        } else {
            jda.updateCommands().addCommands(desired).complete();
        }
        log.info("Discord commands registered for {} ({} commands)", where, desired.size());
        return true;
    }

    private static void logError(Throwable e) {
        if (e instanceof net.dv8tion.jda.api.exceptions.ErrorResponseException) {
            log.warn("Discord refused a request: {}", e.getMessage());
        } else {
            log.error("Discord adapter error", e);
        }
    }

    private static String baseUrl(String url) {
        String u = url.strip();
        return u.endsWith("/") ? u : u + "/";
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static void shutdown(JDA jda, ShardManager manager, Dispatcher dispatcher) {
        if (jda != null) {
            jda.shutdownNow();
        }
        if (manager != null) {
            manager.shutdown();
        }
        dispatcher.close();
    }

    /** Stops taking work, lets running answers finish (bounded), then disconnects. */
    @Override
    public void close() {
        connection.closing();
        completions.shutdown();
        dispatcher.close(); // answers in progress finish before the connection goes
        if (jda != null) {
            jda.shutdown();
            try {
                if (!jda.awaitShutdown(Duration.ofSeconds(5))) {
                    jda.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                jda.shutdownNow();
            }
        }
        if (shardManager != null) {
            List<JDA> shards = List.copyOf(shardManager.getShards());
            shardManager.shutdown();
            for (JDA shard : shards) {
                try {
                    if (!shard.awaitShutdown(Duration.ofSeconds(5))) {
                        shard.shutdownNow();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    shard.shutdownNow();
                }
            }
        }
        completions.shutdownNow();
    }

    List<JDA> connections() {
        List<JDA> out = new ArrayList<>();
        if (jda != null) {
            out.add(jda);
        }
        if (shardManager != null) {
            out.addAll(shardManager.getShards());
        }
        return out;
    }
}
