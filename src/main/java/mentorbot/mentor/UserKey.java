package mentorbot.mentor;

/** Identifies one person on one platform: Slack users are unique per team, Discord users globally. */
public record UserKey(Platform platform, String team, String user) {

    public UserKey {
        team = team == null ? "" : team;
        user = user == null ? "" : user;
    }
}
