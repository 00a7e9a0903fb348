package mentorbot.platform.discord;

import java.time.Clock;
import java.util.List;
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
import mentorbot.tips.TipPoster;

/** Discord as a chat platform: the gateway through JDA, embeds, tips through the REST API. */
public final class DiscordChat implements ChatPlatform {

    private final Settings settings;
    private final ConnectionState connection;
    private final Clock clock;

    public DiscordChat(Settings settings, ConnectionState connection, Clock clock) {
        this.settings = settings;
        this.connection = connection;
        this.clock = clock;
    }

    @Override
    public Platform id() {
        return Platform.DISCORD;
    }

    @Override
    public TipPoster tipPoster() {
        return DiscordTipPoster.create(settings.discord());
    }

    @Override
    public MentorPort mentorPort() {
        return DiscordMentorPort.create(settings.discord());
    }

    @Override
    public PlatformHealth health() {
        return connection;
    }

    @Override
    public AutoCloseable start(RequestHandler handler, List<CommandSpec> commands, KnowledgeSource knowledge,
                               Probes probes, Mentoring mentoring) {
        return DiscordPlatform.builder(settings.discord(), handler, commands).completer(new KnowledgeCompleter(knowledge))
                .connection(connection).mentoring(mentoring).clock(clock).start();
    }
}
