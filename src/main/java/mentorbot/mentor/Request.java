package mentorbot.mentor;

/**
 * What a platform hands the core after parsing its own event.
 *
 * @param command the slash command without its slash, lower-case ({@code "salary"}), or empty for
 *                free text such as a direct message
 * @param text    the command's argument text, or the free-text message; raw user input
 */
public record Request(Platform platform, String teamId, String userId, String channelId, String command, String text) {

    public Request {
        // Every platform hands over what the user typed; the one place that turns "/Salary " into "salary".
        command = command == null ? "" : command.strip().toLowerCase(java.util.Locale.ROOT);
        command = command.startsWith("/") ? command.substring(1) : command;
        text = text == null ? "" : text;
    }

    /**
     * Who asked, for per-user caches, context and rate limits. Discord user ids are global (the same
     * person in every server and in DMs), so a Discord key leaves the guild out; Slack ids are per team.
     */
    public UserKey user() {
        return new UserKey(platform, platform == Platform.DISCORD ? "" : teamId, userId);
    }

    public boolean isFreeText() {
        return command.isEmpty();
    }

    public static Request command(Platform platform, String teamId, String userId, String channelId,
                                  String command, String args) {
        return new Request(platform, teamId, userId, channelId, command, args);
    }

    public static Request freeText(Platform platform, String teamId, String userId, String channelId, String text) {
        return new Request(platform, teamId, userId, channelId, "", text);
    }
}
