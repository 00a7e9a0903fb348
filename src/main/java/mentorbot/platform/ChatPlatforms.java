package mentorbot.platform;

import java.time.Clock;
import java.util.ArrayList;
import mentorbot.store.Databases;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import mentorbot.config.Settings;
import mentorbot.mentor.UserKey;
import mentorbot.plan.PlanView;
import mentorbot.platform.discord.DiscordChat;
import mentorbot.platform.slack.SlackChat;
import mentorbot.tips.Subscription;

/** The chat platforms the settings turn on: the one place that names them all. */
public final class ChatPlatforms {

    private ChatPlatforms() {
    }

    /** A workspace or server that removed the bot: its daily tips pause, with the reason. */
    @FunctionalInterface
    public interface TeamRemoved {
        void removed(mentorbot.mentor.Platform platform, String teamId, String reason);
    }

    /**
     * @param fatal told when one of them fails for good
     * @param tips  every daily-tip subscription, read when a platform lists them (Slack's Home tab for admins)
     * @param plans a person's learning plan, read when a platform shows it (Slack's Home tab)
     * @param teamRemoved told (platform, team id, reason) when a workspace removes the bot (Slack OAuth's uninstall)
     * @param databases where the replicas agree, when they share a database: which Slack events were answered, and
     *                  which replica holds Socket Mode and the Discord gateway; also where Slack OAuth keeps installations
     */
    public static List<ChatPlatform> configured(Settings settings, Clock clock, FatalErrorListener fatal,
                                                Supplier<List<Subscription>> tips,
                                                Function<UserKey, Optional<PlanView>> plans, TeamRemoved teamRemoved,
                                                Databases databases) {
        List<ChatPlatform> platforms = new ArrayList<>();
        if (settings.slack().enabled()) {
            platforms.add(new SlackChat(settings, new ConnectionState("slack", clock, fatal), tips, plans,
                    (team, reason) -> teamRemoved.removed(mentorbot.mentor.Platform.SLACK, team, reason), clock, databases));
        }
        if (settings.discord().enabled()) {
            platforms.add(new DiscordChat(settings, new ConnectionState("discord", clock, fatal), clock, databases.shared()));
        }
        return List.copyOf(platforms);
    }
}
