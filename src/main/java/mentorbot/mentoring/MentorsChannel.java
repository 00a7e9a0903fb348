package mentorbot.mentoring;

import mentorbot.mentor.Platform;

/**
 * The channel a team's mentor requests go to.
 *
 * @param channelId the platform's channel id; on Slack, {@code #name} when the command gave only a name (the
 *                  platform resolves it when posting)
 * @param name      the channel's name as given, for replies; may be empty
 */
public record MentorsChannel(Platform platform, String teamId, String channelId, String name) {

    public MentorsChannel {
        name = name == null ? "" : name;
    }

    /** {@code #name}, or the id when no name is known. */
    public String label() {
        return name.isEmpty() ? (channelId.startsWith("#") ? channelId : "#" + channelId) : "#" + name;
    }
}
