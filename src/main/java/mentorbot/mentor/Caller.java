package mentorbot.mentor;

/**
 * What the platform a request came from says about the person asking, so that the core never
 * branches on which platform that is.
 *
 * @param globalIdentity the user id is the same person in every team (Discord), so per-user state
 *                       leaves the team out of the key; Slack ids are per workspace
 * @param rateLimited    the per-user rate limit applies (not to the console, where the user is the operator)
 * @param managesTips    the person may subscribe and unsubscribe the channel's daily tips
 */
public record Caller(boolean globalIdentity, boolean rateLimited, boolean managesTips) {

    /** A person in a chat workspace with no special standing: rate-limited, may manage tips. */
    public static final Caller CHAT_USER = new Caller(false, true, true);
}
