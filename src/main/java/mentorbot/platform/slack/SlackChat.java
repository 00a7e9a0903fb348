package mentorbot.platform.slack;

import java.util.List;
import mentorbot.platform.OwnedConnection;
import mentorbot.store.Database;
import mentorbot.store.Databases;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import mentorbot.config.Settings;
import mentorbot.knowledge.KnowledgeSource;
import mentorbot.mentor.CommandSpec;
import mentorbot.mentor.Platform;
import mentorbot.mentor.RequestHandler;
import mentorbot.platform.ChatPlatform;
import mentorbot.platform.ConnectionState;
import mentorbot.platform.Health;
import mentorbot.platform.PlatformHealth;
import mentorbot.mentoring.MentorPort;
import mentorbot.mentoring.Mentoring;
import mentorbot.mentor.UserKey;
import mentorbot.plan.PlanView;
import mentorbot.tips.Subscription;
import mentorbot.tips.TipPoster;

/** Slack as a chat platform: Socket Mode or signed HTTP events, Block Kit replies, tips through chat.postMessage. */
public final class SlackChat implements ChatPlatform {

    private final Settings settings;
    private final ConnectionState connection;
    private final Supplier<List<Subscription>> tips;
    private final Function<UserKey, Optional<PlanView>> plans;
    private final Databases databases;

    /**
     * @param tips  every daily-tip subscription (read when an admin opens the Home tab)
     * @param plans a person's learning plan (read when they open the Home tab)
     * @param databases when {@linkplain Databases#shared() shared}, the replicas answer each event once through it
     */
    public SlackChat(Settings settings, ConnectionState connection, Supplier<List<Subscription>> tips,
                     Function<UserKey, Optional<PlanView>> plans, Databases databases) {
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
        // Tips post with a client of their own: a dead token seen there fails Slack too.
        return SlackTipPoster.create(settings.slack(), List.of(new FatalApiErrors(connection)));
    }

    @Override
    public MentorPort mentorPort() {
        return SlackMentorPort.create(settings.slack(), List.of(new FatalApiErrors(connection)));
    }

    @Override
    public PlatformHealth health() {
        return connection;
    }

    @Override
    public AutoCloseable start(RequestHandler handler, List<CommandSpec> commands, KnowledgeSource knowledge,
                               Supplier<Health.Report> healthz, Mentoring mentoring) {
        Supplier<AutoCloseable> connect = () -> connect(handler, commands, knowledge, healthz, mentoring);
        if (!ownedSocket()) {
            return connect.get();
        }
        return OwnedConnection.start("slack-socket:" + appOf(settings.slack().appToken().value()), settings.database(),
                connection, connect, OwnedConnection.POLL);
    }

    /** Socket Mode with replicas: one of them holds the app's connection. */
    private boolean ownedSocket() {
        return databases.shared() && "socket".equals(settings.slack().mode());
    }

    private SlackPlatform connect(RequestHandler handler, List<CommandSpec> commands, KnowledgeSource knowledge,
                                  Supplier<Health.Report> healthz, Mentoring mentoring) {
        SlackPlatform.Builder builder = SlackPlatform.builder(settings, handler, commands).connection(connection).health(healthz)
                .mentoring(mentoring).knowledge(knowledge).tips(tips).plans(plans)
                .healthzInSocketMode(!ownedSocket()); // a standby replica must answer /healthz too: the application does
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
