package mentorbot.platform.slack;

import java.util.List;
import mentorbot.config.Settings;
import mentorbot.knowledge.KnowledgeSource;
import mentorbot.mentor.CommandSpec;
import mentorbot.mentor.Platform;
import mentorbot.mentor.RequestHandler;
import mentorbot.platform.ChatPlatform;
import mentorbot.tips.TipPoster;

/** Slack as a chat platform: Socket Mode or signed HTTP events, Block Kit replies, tips through chat.postMessage. */
public final class SlackChat implements ChatPlatform {

    private final Settings settings;

    public SlackChat(Settings settings) {
        this.settings = settings;
    }

    @Override
    public Platform id() {
        return Platform.SLACK;
    }

    @Override
    public TipPoster tipPoster() {
        return SlackTipPoster.create(settings.slack());
    }

    @Override
    public AutoCloseable start(RequestHandler handler, List<CommandSpec> commands, KnowledgeSource knowledge) {
        return SlackPlatform.start(settings, handler, commands);
    }

    @Override
    public boolean servesHealth() {
        return true;
    }
}
