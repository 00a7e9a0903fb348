package mentorbot.tips;

import java.util.Objects;
import mentorbot.mentor.Platform;
import mentorbot.mentor.Request;

/**
 * One channel a tip can be posted to: platform, team (Slack workspace, Discord guild; "local" on
 * the console) and channel id. {@link #id()} is the stable key stored in the database.
 */
public record ChannelKey(Platform platform, String teamId, String channelId) {

    /** The team and channel used by the console and {@code ask}: one local channel. */
    public static final String LOCAL = "local";

    public ChannelKey {
        Objects.requireNonNull(platform, "platform");
        teamId = teamId == null || teamId.isBlank() ? LOCAL : teamId;
        channelId = channelId == null || channelId.isBlank() ? LOCAL : channelId;
        if (teamId.contains("|") || channelId.contains("|")) {
            throw new IllegalArgumentException("a channel key part may not contain '|'");
        }
    }

    public static ChannelKey of(Request request) {
        return new ChannelKey(request.platform(), request.teamId(), request.channelId());
    }

    /** {@code PLATFORM|team|channel}, the database key. */
    public String id() {
        return platform.name() + "|" + teamId + "|" + channelId;
    }

    /** The key of the workspace-wide pace budget: platform and team. */
    public String teamKey() {
        return platform.name() + "|" + teamId;
    }

    public static ChannelKey parse(String id) {
        String[] parts = id.split("\\|", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a channel key: " + id);
        }
        return new ChannelKey(Platform.valueOf(parts[0]), parts[1], parts[2]);
    }

    @Override
    public String toString() {
        return id();
    }
}
