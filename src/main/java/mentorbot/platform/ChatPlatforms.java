package mentorbot.platform;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import mentorbot.config.Settings;
import mentorbot.platform.discord.DiscordChat;
import mentorbot.platform.slack.SlackChat;

/** The chat platforms the settings turn on: the one place that names them all. */
public final class ChatPlatforms {

    private ChatPlatforms() {
    }

    /** @param fatal told when one of them fails for good */
    public static List<ChatPlatform> configured(Settings settings, Clock clock, FatalErrorListener fatal) {
        List<ChatPlatform> platforms = new ArrayList<>();
        if (settings.slack().enabled()) {
            platforms.add(new SlackChat(settings, new ConnectionState("slack", clock, fatal)));
        }
        if (settings.discord().enabled()) {
            platforms.add(new DiscordChat(settings, new ConnectionState("discord", clock, fatal)));
        }
        return List.copyOf(platforms);
    }
}
