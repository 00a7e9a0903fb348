package mentorbot.mentor;

/**
 * What the platform a request came from says about the person asking, so that the core never
 * branches on which platform that is.
 *
 * @param globalIdentity the user id is the same person in every team (Discord), so per-user state
 *                       leaves the team out of the key; Slack ids are per workspace
 * @param rateLimited    the per-user rate limit applies (not to the console, where the user is the operator)
 * @param admin          the person administers the bot in this team, as the platform decides (Slack: listed in
 *                       {@code slack.admins}, or anyone when the list is empty; Discord: Manage Channels; the
 *                       console: its operator): may manage the channel's daily tips, set the mentors channel,
 *                       read {@code /insights}
 */
public record Caller(boolean globalIdentity, boolean rateLimited, boolean admin) {

    /** A person in a chat workspace with no special standing: rate-limited, an admin (as when no admins are configured). */
    public static final Caller CHAT_USER = new Caller(false, true, true);
}
