package mentorbot.platform.slack;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import mentorbot.config.Settings;
import mentorbot.knowledge.KnowledgeSource;
import mentorbot.mentor.CommandSpec;
import mentorbot.mentor.Platform;
import mentorbot.mentor.RequestHandler;
import mentorbot.mentor.UserKey;
import mentorbot.mentoring.MentorPort;
import mentorbot.mentoring.Mentoring;
import mentorbot.plan.PlanView;
import mentorbot.platform.ChatPlatform;
import mentorbot.platform.ConnectionState;
import mentorbot.platform.OwnedConnection;
import mentorbot.platform.PlatformHealth;
import mentorbot.platform.Probes;
import mentorbot.store.Database;
import mentorbot.store.Databases;
import mentorbot.tips.Subscription;
import mentorbot.tips.TipPoster;

/** Slack as a chat platform: Socket Mode or signed HTTP events, Block Kit replies, tips through chat.postMessage. */
public final class SlackChat implements ChatPlatform {

    private final Settings settings;
    private final ConnectionState connection;
    private final Supplier<List<Subscription>> tips;
    private final Function<UserKey, Optional<PlanView>> plans;
    private final BiConsumer<String, String> workspaceRemoved;
    private final Clock clock;
    private final Databases databases;
    /** With OAuth: installations and states, opened on first use and shared by Bolt, tips and the mentoring loop. */
    private SlackOAuthStore oauthStore;

    /**
     * @param tips             every daily-tip subscription (read when an admin opens the Home tab)
     * @param plans            a person's learning plan (read when they open the Home tab)
     * @param workspaceRemoved with OAuth, told (team id, reason) when a workspace uninstalls the app or revokes its token
     * @param databases        the bot's database: OAuth's installations live there, and when it is
     *                         {@linkplain Databases#shared() shared} the replicas answer each event once through it
     */
    public SlackChat(Settings settings, ConnectionState connection, Supplier<List<Subscription>> tips,
                     Function<UserKey, Optional<PlanView>> plans, BiConsumer<String, String> workspaceRemoved,
                     Clock clock, Databases databases) {
        this.workspaceRemoved = workspaceRemoved;
        this.clock = clock;
        this.databases = databases;
        this.settings = settings;
        this.connection = connection;
        this.tips = tips;
        this.plans = plans;
    }

    @Override
    public Platform id() {
        return Platform.SLACK;
    }

    @Override
    public TipPoster tipPoster() {
        if (settings.slack().oauth()) {
            return new SlackTipPoster(installedClients());
        }
        // Tips post with a client of their own: a dead token seen there fails Slack too.
        return SlackTipPoster.create(settings.slack(), List.of(new FatalApiErrors(connection)));
    }

    @Override
    public MentorPort mentorPort() {
        if (settings.slack().oauth()) {
            return new SlackMentorPort(installedClients());
        }
        return SlackMentorPort.create(settings.slack(), List.of(new FatalApiErrors(connection)));
    }

    /** Each workspace's client, from the installations (the database is opened on the first post, not before). */
    private WorkspaceClients installedClients() {
        com.slack.api.Slack slack = SlackTipPoster.client(settings.slack(), List.of());
        return teamId -> WorkspaceClients.installed(oauthStore().installations(), slack).forTeam(teamId);
    }

    private synchronized SlackOAuthStore oauthStore() {
        if (oauthStore == null) {
            oauthStore = SlackOAuthStore.open(settings, clock, databases);
        }
        return oauthStore;
    }

    @Override
    public PlatformHealth health() {
        return connection;
    }

    @Override
    public AutoCloseable start(RequestHandler handler, List<CommandSpec> commands, KnowledgeSource knowledge,
                               Probes probes, Mentoring mentoring) {
        SlackOAuthStore store = null;
        if (settings.slack().oauth()) {
            try {
                store = oauthStore();
            } catch (IllegalArgumentException e) {
                throw new SlackStartException("Slack OAuth: MENTORBOT_SECRET_KEY " + e.getMessage());
            } catch (mentorbot.store.StorageException e) {
                throw new SlackStartException("Slack OAuth cannot keep installations: " + e.getMessage(), e);
            }
        }
        SlackOAuthStore oauth = store;
        Supplier<AutoCloseable> connect = () -> connect(handler, commands, knowledge, probes, mentoring, oauth);
        AutoCloseable running = ownedSocket() ? OwnedConnection.start("slack-socket:" + appOf(settings.slack().appToken().value()),
                settings.database(), connection, connect, OwnedConnection.POLL) : connect.get();
        if (oauth == null) {
            return running;
        }
        return () -> {
            running.close();
            synchronized (this) {
                oauthStore.close(); // after Slack: tips and the mentoring loop no longer post by then
            }
        };
    }

    /** Socket Mode with replicas: one of them holds the app's connection. */
    private boolean ownedSocket() {
        return databases.shared() && "socket".equals(settings.slack().mode());
    }

    private SlackPlatform connect(RequestHandler handler, List<CommandSpec> commands, KnowledgeSource knowledge,
                                  Probes probes, Mentoring mentoring, SlackOAuthStore oauth) {
        SlackPlatform.Builder builder = SlackPlatform.builder(settings, handler, commands).connection(connection)
                .probes(probes).mentoring(mentoring).knowledge(knowledge).tips(tips).plans(plans).clock(clock)
                .healthzInSocketMode(!ownedSocket()); // a standby replica must answer the probes too: the application does
        if (oauth != null) {
            builder.oauthStore(oauth).workspaceRemoved(workspaceRemoved::accept);
        }
        if (!databases.shared()) {
            return builder.start();
        }
        Database events = databases.open();
        try {
            return builder.sharedEvents(events).start();
        } catch (RuntimeException e) {
            events.close();
            throw e;
        }
    }

    /**
     * The app's id, the third part of an app-level token ({@code xapp-1-A0123456789-…}): the same in every replica
     * and safe to log; a token of another shape is named by a hash of it.
     */
    static String appOf(String appToken) {
        String[] parts = appToken.split("-");
        if (parts.length > 3 && parts[0].equals("xapp") && parts[2].matches("A[A-Z0-9]+")) {
            return parts[2];
        }
        return "token-" + Integer.toHexString(appToken.hashCode());
    }

    @Override
    public boolean servesHealth() {
        return !ownedSocket();
    }
}
