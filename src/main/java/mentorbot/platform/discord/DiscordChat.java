package mentorbot.platform.discord;

import java.time.Clock;
import java.util.List;
import mentorbot.platform.OwnedConnection;
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
import mentorbot.tips.TipPoster;

/** Discord as a chat platform: the gateway through JDA, embeds, tips through the REST API. */
public final class DiscordChat implements ChatPlatform {

    private final Settings settings;
    private final ConnectionState connection;
    private final Clock clock;
    private final boolean replicas;

    /** @param replicas whether other replicas share the database: then one of them holds the gateway connection */
    public DiscordChat(Settings settings, ConnectionState connection, Clock clock, boolean replicas) {
        this.replicas = replicas;
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
        Supplier<AutoCloseable> connect = () -> DiscordPlatform.builder(settings.discord(), handler, commands)
                .completer(new KnowledgeCompleter(knowledge)).connection(connection).mentoring(mentoring).clock(clock).start();
        if (!replicas) {
            return connect.get();
        }
        return OwnedConnection.start("discord-gateway:" + botOf(settings.discord().botToken().value()) + ":shards-"
                + shards(settings.discord().shards()), settings.database(), connection, connect, OwnedConnection.POLL);
    }

    /** The bot's user id, the first part of its token (base64), the same in every replica; else a hash of the token. */
    static String botOf(String token) {
        String first = token.split("\\.", 2)[0];
        try {
            String id = new String(java.util.Base64.getDecoder().decode(first), java.nio.charset.StandardCharsets.US_ASCII);
            if (id.matches("[0-9]{5,25}")) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // not base64: named by a hash below
        }
        return "token-" + Integer.toHexString(token.hashCode());
    }

    /** Which shards this process connects: every one of them (DISCORD_SHARDS does not split them among processes). */
    private static String shards(int configured) {
        return configured == 0 ? "single" : configured < 0 ? "auto-all" : "0-" + (configured - 1);
    }
}
