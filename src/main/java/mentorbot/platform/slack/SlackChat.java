package mentorbot.platform.slack;

import java.util.List;
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
import mentorbot.platform.Probes;
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

    /**
     * @param tips  every daily-tip subscription (read when an admin opens the Home tab)
     * @param plans a person's learning plan (read when they open the Home tab)
     */
    public SlackChat(Settings settings, ConnectionState connection, Supplier<List<Subscription>> tips,
                     Function<UserKey, Optional<PlanView>> plans) {
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
                               Probes probes, Mentoring mentoring) {
        return SlackPlatform.builder(settings, handler, commands).connection(connection).probes(probes)
                .mentoring(mentoring).knowledge(knowledge).tips(tips).plans(plans).start();
    }

    @Override
    public boolean servesHealth() {
        return true;
    }
}
