package mentorbot.platform.discord;

import java.util.List;
import mentorbot.config.Settings;
import mentorbot.knowledge.KnowledgeSource;
import mentorbot.mentor.CommandSpec;
import mentorbot.mentor.Platform;
import mentorbot.mentor.RequestHandler;
import mentorbot.platform.ChatPlatform;
import mentorbot.tips.TipPoster;

/** Discord as a chat platform: the gateway through JDA, embeds, tips through the REST API. */
public final class DiscordChat implements ChatPlatform {

    private final Settings settings;

    public DiscordChat(Settings settings) {
        this.settings = settings;
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
    public AutoCloseable start(RequestHandler handler, List<CommandSpec> commands, KnowledgeSource knowledge) {
        return DiscordPlatform.start(settings, handler, commands, knowledge);
    }
}
