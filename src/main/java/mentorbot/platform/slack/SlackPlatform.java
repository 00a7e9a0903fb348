package mentorbot.platform.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.apps.connections.AppsConnectionsOpenResponse;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.util.http.listener.HttpResponseListener;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import mentorbot.config.Settings;
import mentorbot.knowledge.KnowledgeSource;
import mentorbot.tips.Subscription;
import mentorbot.platform.ClientErrorLog;
import mentorbot.platform.ConnectionState;
import mentorbot.platform.Dispatcher;
import mentorbot.platform.FatalErrorListener;
import mentorbot.platform.Health;
import mentorbot.platform.Probes;
import mentorbot.platform.Readiness;
import mentorbot.platform.SafeHandler;
import mentorbot.platform.HttpEndpoint;
import mentorbot.mentor.CommandSpec;
import mentorbot.mentor.Reply;
import mentorbot.mentor.RequestHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack side of mentor-bot: a Bolt app that registers every command of the given list, direct
 * messages ({@code message.im}), mentions in channels ({@code app_mention}), the assistant panel and
 * the Home tab, connected by Socket Mode or by HTTP ({@code /slack/events} on embedded Jetty, with
 * {@code /healthz}). Start it with {@link #start}; {@link #close} shuts it down.
 *
 * <p>Reads from {@link Settings}: {@code slack.mode}, {@code slack.apiUrl}, {@code slack.botToken},
 * {@code slack.signingSecret} (HTTP mode), {@code slack.appToken} (Socket Mode) and
 * {@code http.port} (HTTP mode: the port of {@code /slack/events}, default 3000, 0 = any free
 * port; Socket Mode: when set, a server with {@code /healthz} only).
 */
public final class SlackPlatform implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SlackPlatform.class);

    /** With OAuth: the page that starts an installation, and where Slack sends the browser back. */
    public static final String INSTALL_PATH = "/slack/install";
    public static final String REDIRECT_PATH = "/slack/oauth_redirect";

    /** HTTP mode port when {@code MENTORBOT_HTTP_PORT} is not set. */
    public static final int DEFAULT_HTTP_PORT = 3000;
    /** Bad requests to /slack/events logged a minute at most; anyone can send them. */
    private static final int BAD_REQUEST_LINES_PER_MINUTE = 10;

    private final Slack slack;
    private final App app;
    private final SlackHandlers handlers;
    private final SocketModeApp socketMode;
    private final HttpEndpoint http;
    private final String mode;
    private final ConnectionState connection;
    /** The OAuth store when this platform opened it (closed with it); null otherwise. */
    private final AutoCloseable ownStore;
    private volatile boolean closed;

    private SlackPlatform(Slack slack, App app, SlackHandlers handlers, SocketModeApp socketMode,
                          HttpEndpoint http, String mode, ConnectionState connection, AutoCloseable ownStore) {
        this.ownStore = ownStore;
        this.connection = connection;
        this.slack = slack;
        this.app = app;
        this.handlers = handlers;
        this.socketMode = socketMode;
        this.http = http;
        this.mode = mode;
    }

    /**
     * Checks the bot token with {@code auth.test}, registers the commands and connects.
     *
     * @throws SlackStartException with a message fit for the operator when a token is missing or
     *                             rejected, Slack cannot be reached, or the port cannot be bound
     */
    public static SlackPlatform start(Settings settings, RequestHandler handler, List<CommandSpec> commands) {
        return builder(settings, handler, commands).start();
    }

    /** For options beyond the settings: bind address, acknowledgement budget, worker count. */
    public static Builder builder(Settings settings, RequestHandler handler, List<CommandSpec> commands) {
        return new Builder(settings, handler, commands);
    }

    /** The bound port of the HTTP server, or -1 when there is none. */
    public int httpPort() {
        return http == null ? -1 : http.port();
    }

    /** {@code "socket"} or {@code "http"}. */
    public String mode() {
        return mode;
    }

    /** Stops taking requests, lets answers in progress finish (a few seconds at most), disconnects. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        connection.closing();
        if (socketMode != null) {
            closeSocketMode(socketMode);
        }
        if (http != null) {
            http.close();
        }
        handlers.close();
        try {
            app.stop();
        } catch (Exception e) {
            log.warn("Slack app did not stop cleanly: {}", e.toString());
        }
        try {
            slack.close();
        } catch (Exception e) {
            log.debug("Slack client close: {}", e.toString());
        }
        if (ownStore != null) {
            try {
                ownStore.close();
            } catch (Exception e) {
                log.warn("Slack installations store did not close cleanly: {}", e.toString());
            }
        }
        log.info("Slack stopped");
    }

    /** SocketModeApp.close() disconnects but leaves the client's executors running: close the client too. */
    private static void closeSocketMode(SocketModeApp socketMode) {
        SocketModeClient client = socketMode.getClient();
        try {
            socketMode.close();
        } catch (Exception e) {
            log.warn("Slack Socket Mode did not close cleanly: {}", e.toString());
        }
        if (client != null) {
            try {
                client.close();
            } catch (Exception e) {
                log.debug("Slack Socket Mode client close: {}", e.toString());
            }
        }
    }

    /** Options of a Slack start; everything but the settings, handler and commands has a default. */
    public static final class Builder {
        private final Settings settings;
        private final RequestHandler handler;
        private final List<CommandSpec> commands;
        private String bindHost = "0.0.0.0";
        private Duration ackBudget = Duration.ofSeconds(2);
        private int workers = 8;
        private int queue = 256;
        private boolean healthzInSocketMode = true;
        private Clock clock = Clock.systemUTC();
        private Duration drain = Duration.ofSeconds(10);
        private ConnectionState connection;
        private Probes probes;
        private mentorbot.mentoring.Mentoring mentoring;
        private KnowledgeSource knowledge;
        private Supplier<List<Subscription>> tips;
        private java.util.function.Function<mentorbot.mentor.UserKey, java.util.Optional<mentorbot.plan.PlanView>> plans;
        private mentorbot.store.Database sharedEvents;
        private SlackOAuthStore oauthStore;
        private Uninstalls.WorkspaceRemoved workspaceRemoved = Uninstalls.WorkspaceRemoved.NONE;

        /** With OAuth: the installations and states to use (default: opened from the settings, closed with Slack). */
        Builder oauthStore(SlackOAuthStore store) {
            this.oauthStore = Objects.requireNonNull(store);
            return this;
        }

        /** With OAuth: told when a workspace uninstalls the app or revokes its token (default: nothing more). */
        Builder workspaceRemoved(Uninstalls.WorkspaceRemoved removed) {
            this.workspaceRemoved = Objects.requireNonNull(removed);
            return this;
        }

        /** A person's learning plan, shown on their Home tab (default none: not shown). */
        public Builder plans(java.util.function.Function<mentorbot.mentor.UserKey, java.util.Optional<mentorbot.plan.PlanView>> plans) {
            this.plans = Objects.requireNonNull(plans);
            return this;
        }

        /**
         * The database the replicas share: each Slack event is then answered by one of them only (default none: this
         * process alone de-duplicates, in memory). Closed with the platform.
         */
        public Builder sharedEvents(mentorbot.store.Database database) {
            this.sharedEvents = Objects.requireNonNull(database);
            return this;
        }

        /** Every daily-tip subscription, listed with its time on an admin's Home tab (default none: not shown). */
        public Builder tips(Supplier<List<Subscription>> tips) {
            this.tips = Objects.requireNonNull(tips);
            return this;
        }

        /**
         * The knowledge, for the questions suggested in the assistant panel and to an empty mention (default none:
         * no suggestions).
         */
        public Builder knowledge(KnowledgeSource knowledge) {
            this.knowledge = Objects.requireNonNull(knowledge);
            return this;
        }

        /** The mentoring loop: 👍/👎 (and Ask a mentor) under every answer, and their clicks (default none). */
        public Builder mentoring(mentorbot.mentoring.Mentoring mentoring) {
            this.mentoring = mentoring;
            return this;
        }

        private Builder(Settings settings, RequestHandler handler, List<CommandSpec> commands) {
            this.settings = Objects.requireNonNull(settings, "settings");
            this.handler = Objects.requireNonNull(handler, "handler");
            this.commands = List.copyOf(commands);
        }

        /** Address the HTTP server binds to (default all interfaces; tests use 127.0.0.1). */
        public Builder bindHost(String host) {
            this.bindHost = Objects.requireNonNull(host);
            return this;
        }

        /**
         * How long a slash command waits for its answer before acknowledging empty and answering
         * through {@code response_url} instead (default 2 s, well inside Slack's 3 s).
         */
        public Builder ackBudget(Duration budget) {
            this.ackBudget = Objects.requireNonNull(budget);
            return this;
        }

        /** Threads answering requests, and how many requests may wait for one. */
        public Builder workers(int threads, int waiting) {
            if (threads < 1 || waiting < 1) {
                throw new IllegalArgumentException("workers and queue must be positive");
            }
            this.workers = threads;
            this.queue = waiting;
            return this;
        }

        /**
         * Socket Mode only: whether to open {@code http.port} ({@code MENTORBOT_HTTP_PORT}) for
         * {@code /healthz} (default true, when a port is set). Turn off when the caller serves
         * {@code /healthz} on that port itself. HTTP mode always serves {@code /healthz}.
         */
        public Builder healthzInSocketMode(boolean serve) {
            this.healthzInSocketMode = serve;
            return this;
        }

        /** How long closing waits for answers already accepted (default 10 s); what is left is logged. */
        public Builder drain(Duration drain) {
            this.drain = Objects.requireNonNull(drain);
            return this;
        }

        /** The clock signatures are checked against and connection states are timed by (default the system's). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /**
         * Where Slack's state goes: a token Slack stops accepting at run time fails it for good, a
         * dropped Socket Mode connection is reconnecting (default: a state of its own).
         */
        public Builder connection(ConnectionState connection) {
            this.connection = Objects.requireNonNull(connection);
            return this;
        }

        /**
         * What {@code /healthz} and {@code /readyz} answer, and more paths ({@code /metrics}), when Slack serves them
         * (default: Slack's own state alone, both as health and as readiness).
         */
        public Builder probes(Probes probes) {
            this.probes = Objects.requireNonNull(probes);
            return this;
        }

        public SlackPlatform start() {
            ConnectionState connection = this.connection != null ? this.connection
                    : new ConnectionState("slack", clock, FatalErrorListener.NONE);
            Probes probes = this.probes != null ? this.probes
                    : new Probes(new Health(List.of(connection), settings.platform().reconnectGrace(), clock),
                            new Readiness(List.of(Readiness.connected(connection))), Map.of());
            Settings.Slack s = settings.slack();
            boolean oauth = s.oauth();
            if (!oauth && !s.botToken().isPresent()) {
                throw new SlackStartException("Slack needs SLACK_BOT_TOKEN (an xoxb- bot token), or SLACK_CLIENT_ID and"
                        + " SLACK_CLIENT_SECRET to be installed in many workspaces through OAuth");
            }
            String mode = s.mode();
            boolean socket = "socket".equals(mode);
            if (!socket && !"http".equals(mode)) {
                throw new SlackStartException("SLACK_MODE must be 'socket' or 'http', not '" + mode + "'");
            }
            if (socket && !s.appToken().isPresent()) {
                throw new SlackStartException("Slack Socket Mode needs SLACK_APP_TOKEN (an xapp- app-level token with"
                        + " connections:write), or set SLACK_MODE=http with SLACK_SIGNING_SECRET");
            }
            if (oauth && socket) {
                throw new SlackStartException("Slack OAuth (SLACK_CLIENT_ID) serves " + INSTALL_PATH + " and "
                        + REDIRECT_PATH + " in HTTP mode: set SLACK_MODE=http with SLACK_SIGNING_SECRET");
            }
            if (!socket && !s.signingSecret().isPresent()) {
                throw new SlackStartException("Slack HTTP mode needs SLACK_SIGNING_SECRET to verify Slack's requests");
            }
            if (commands.isEmpty()) {
                throw new SlackStartException("no commands to register with Slack");
            }

            String apiUrl = s.apiUrl().endsWith("/") ? s.apiUrl() : s.apiUrl() + "/";
            SlackConfig config = new SlackConfig();
            config.setMethodsEndpointUrlPrefix(apiUrl);
            config.setStatsEnabled(false);
            if (!oauth) {
                // One token: a dead one fails Slack for good. With OAuth a workspace's dead token is that workspace's.
                List<HttpResponseListener> listeners = new ArrayList<>(config.getHttpClientResponseHandlers());
                listeners.add(new FatalApiErrors(connection));
                config.setHttpClientResponseHandlers(listeners);
            }
            Slack slack = Slack.getInstance(config);
            String botToken = oauth ? null : s.botToken().value();
            WorkspaceClients clients;
            String botUserId;
            SlackOAuthStore store = null;
            AutoCloseable ownStore = null;
            if (oauth) {
                store = oauthStore != null ? oauthStore : openStore(settings, clock);
                ownStore = oauthStore != null ? null : store;
                clients = WorkspaceClients.installed(store.installations(), slack);
                botUserId = null; // each workspace's own, from its installation
                log.info("Slack: OAuth on: workspaces install at {} (mode {})", INSTALL_PATH, mode);
            } else {
                MethodsClient methods = slack.methods(botToken);
                AuthTestResponse auth = authTest(methods, apiUrl);
                log.info("Slack: signed in as bot user {} in team {} (mode {})", auth.getUserId(), auth.getTeamId(), mode);
                clients = WorkspaceClients.single(methods);
                botUserId = auth.getUserId();
            }

            AppConfig appConfig = AppConfig.builder()
                    .slack(slack)
                    .singleTeamBotToken(botToken)
                    .signingSecret(s.signingSecret().isPresent() ? s.signingSecret().value() : null)
                    // In HTTP mode SlackEventsServlet checks signatures on the raw bytes, before Bolt parses.
                    .requestVerificationEnabled(false)
                    .verificationToken(null)
                    .clientId(oauth ? s.clientId().value() : null)
                    .clientSecret(oauth ? s.clientSecret().value() : null)
                    .redirectUri(null) // the app's one redirect URL, as set in its configuration
                    .scope(oauth ? String.join(",", SlackManifest.BOT_SCOPES.keySet()) : null)
                    .userScope(null)
                    .oauthInstallPath(INSTALL_PATH)
                    .oauthRedirectUriPath(REDIRECT_PATH)
                    .oauthCompletionUrl(null)
                    .oauthCancellationUrl(null)
                    .build();
            App app = new App(appConfig);
            if (oauth) {
                // Bolt's own flow and authorization, over the database: each request runs with its workspace's token.
                app.service(store.installations());
                app.service(store.states());
                OAuthPages.install(app, INSTALL_PATH);
                app.asOAuthApp(true);
            }
            Dispatcher dispatcher = new Dispatcher("Slack", new SafeHandler(handler,
                    e -> log.error("Slack: the core failed on a request", e)), workers, queue, ackBudget, drain, log);
            KnowledgeSource knowledge = this.knowledge;
            Supplier<List<StarterQuestions.Starter>> starters = knowledge == null ? List::of
                    : () -> StarterQuestions.from(knowledge.current());
            SeenEvents seen = sharedEvents == null ? new SeenEvents()
                    : new SeenEvents(new SharedSeenEvents(sharedEvents, clock, SeenEvents.KEEP));
            SlackHandlers handlers = new SlackHandlers(dispatcher, commands, clients, slack, botUserId,
                    settings.slack().admins(), mentoring, starters, tips, plans, seen);
            handlers.register(app);
            if (oauth) {
                // the same record of events as the handlers': a retried uninstall is handled by one replica
                new Uninstalls(store.installations(), workspaceRemoved, seen).register(app);
            }

            SocketModeApp socketApp = null;
            HttpEndpoint http = null;
            try {
                app.start();
                Integer port = settings.http().port();
                if (socket) {
                    String appToken = s.appToken().value();
                    checkAppToken(slack, appToken, apiUrl);
                    socketApp = new SocketModeApp(appToken, SocketModeClient.Backend.JavaWebSocket, app);
                    socketApp.startAsync();
                    // The client reconnects by itself; a message (Slack's hello first) means it is back.
                    SocketModeClient client = socketApp.getClient();
                    client.addWebSocketCloseListener((code, reason) ->
                            connection.reconnecting("the Socket Mode connection closed with " + code));
                    client.addWebSocketMessageListener(message -> connection.connected());
                    if (port != null && healthzInSocketMode) {
                        http = HttpEndpoint.start(bindHost, port, Map.of(), probes);
                    }
                    log.info("Slack: connected by Socket Mode");
                } else {
                    ClientErrorLog badRequests = new ClientErrorLog(log, clock, BAD_REQUEST_LINES_PER_MINUTE);
                    Map<String, jakarta.servlet.http.HttpServlet> servlets = new java.util.LinkedHashMap<>();
                    servlets.put("/slack/events", new SlackEventsServlet(app,
                            new SlackSignatureCheck(s.signingSecret().value(), clock), badRequests));
                    if (oauth) {
                        SlackOAuthServlet pages = new SlackOAuthServlet(app, badRequests);
                        servlets.put(INSTALL_PATH, pages);
                        servlets.put(REDIRECT_PATH, pages);
                    }
                    http = HttpEndpoint.start(bindHost, port == null ? DEFAULT_HTTP_PORT : port, servlets, probes);
                    log.info("Slack: HTTP mode, listening on {}:{} at /slack/events", bindHost, http.port());
                }
            } catch (SlackStartException e) {
                cleanUp(socketApp, http, handlers, app, slack, ownStore);
                throw e;
            } catch (Exception e) {
                cleanUp(socketApp, http, handlers, app, slack, ownStore);
                throw new SlackStartException("Slack could not start: " + e.getMessage(), e);
            }
            connection.connected();
            if (connection.failure().isPresent()) { // refused while starting (a daily tip's post, say)
                cleanUp(socketApp, http, handlers, app, slack, ownStore);
                throw new SlackStartException(connection.failure().get());
            }
            return new SlackPlatform(slack, app, handlers, socketApp, http, mode, connection, ownStore);
        }

        private static SlackOAuthStore openStore(Settings settings, Clock clock) {
            try {
                return SlackOAuthStore.open(settings, clock);
            } catch (IllegalArgumentException e) {
                throw new SlackStartException("Slack OAuth: MENTORBOT_SECRET_KEY " + e.getMessage());
            } catch (mentorbot.store.StorageException e) {
                throw new SlackStartException("Slack OAuth cannot keep installations: " + e.getMessage(), e);
            }
        }

        private static AuthTestResponse authTest(MethodsClient methods, String apiUrl) {
            AuthTestResponse auth;
            try {
                auth = methods.authTest(r -> r);
            } catch (IOException e) {
                throw new SlackStartException("cannot reach the Slack Web API at " + apiUrl + " (SLACK_API_URL): " + e, e);
            } catch (Exception e) {
                throw new SlackStartException("Slack auth.test failed: " + e.getMessage(), e);
            }
            if (!auth.isOk()) {
                throw new SlackStartException("Slack rejected SLACK_BOT_TOKEN (auth.test: " + auth.getError()
                        + "); check the bot token of the installed app");
            }
            return auth;
        }

        private static void checkAppToken(Slack slack, String appToken, String apiUrl) {
            AppsConnectionsOpenResponse open;
            try {
                open = slack.methods().appsConnectionsOpen(r -> r.token(appToken));
            } catch (IOException e) {
                throw new SlackStartException("cannot reach the Slack Web API at " + apiUrl + " (SLACK_API_URL): " + e, e);
            } catch (Exception e) {
                throw new SlackStartException("Slack apps.connections.open failed: " + e.getMessage(), e);
            }
            if (!open.isOk()) {
                throw new SlackStartException("Slack rejected SLACK_APP_TOKEN (apps.connections.open: " + open.getError()
                        + "); it must be an xapp- app-level token with the connections:write scope");
            }
        }

        private static void cleanUp(SocketModeApp socketApp, HttpEndpoint http, SlackHandlers handlers, App app,
                                    Slack slack, AutoCloseable ownStore) {
            if (socketApp != null) {
                closeSocketMode(socketApp);
            }
            if (http != null) {
                http.close();
            }
            handlers.close();
            try {
                app.stop();
            } catch (Exception ignored) {
                // already failing
            }
            try {
                slack.close();
            } catch (Exception ignored) {
                // already failing
            }
            if (ownStore != null) {
                try {
                    ownStore.close();
                } catch (Exception ignored) {
                    // already failing
                }
            }
        }
    }
}
