package mentorbot.platform;

import java.util.ArrayList;
import java.util.List;
import mentorbot.config.Settings;
import mentorbot.platform.discord.DiscordChat;
import mentorbot.platform.slack.SlackChat;

/** The chat platforms the settings turn on: the one place that names them all. */
public final class ChatPlatforms {

    private ChatPlatforms() {
    }

    public static List<ChatPlatform> configured(Settings settings) {
        List<ChatPlatform> platforms = new ArrayList<>();
        if (settings.slack().enabled()) {
            platforms.add(new SlackChat(settings));
        }
        if (settings.discord().enabled()) {
            platforms.add(new DiscordChat(settings));
        }
        return List.copyOf(platforms);
    }
}
