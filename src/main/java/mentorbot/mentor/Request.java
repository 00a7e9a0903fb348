package mentorbot.mentor;

/**
 * What a platform hands the core after parsing its own event.
 *
 * @param command the slash command without its slash, lower-case ({@code "salary"}), or empty for
 *                free text such as a direct message
 * @param text    the command's argument text, or the free-text message; raw user input
 * @param thread  the thread the message was asked in (a Slack thread's {@code thread_ts}, a Discord
 *                thread or reply chain), whose follow-ups share one context; empty outside a thread
 */
public record Request(Platform platform, String teamId, String userId, String channelId, String command, String text,
                      Caller caller, String thread) {

    public Request(Platform platform, String teamId, String userId, String channelId, String command, String text,
                   Caller caller) {
        this(platform, teamId, userId, channelId, command, text, caller, "");
    }

    public Request {
        // Every platform hands over what the user typed; the one place that turns "/Salary " into "salary".
        command = command == null ? "" : command.strip().toLowerCase(java.util.Locale.ROOT);
        command = command.startsWith("/") ? command.substring(1) : command;
        text = text == null ? "" : text;
        caller = caller == null ? Caller.CHAT_USER : caller;
        thread = thread == null ? "" : thread;
    }

    /** Who asked, for per-user caches, context and rate limits; a global id leaves the team out. */
    public UserKey user() {
        return new UserKey(platform, caller.globalIdentity() ? "" : teamId, userId);
    }

    /**
     * Whose follow-ups this request continues: the asker's own outside a thread, the thread's (shared by
     * everyone who asks in it) inside one.
     */
    public ConversationKey conversation() {
        return thread.isEmpty() ? ConversationKey.of(user()) : ConversationKey.thread(platform, teamId, channelId, thread);
    }

    /** The same request, asked in {@code thread}. */
    public Request inThread(String thread) {
        return new Request(platform, teamId, userId, channelId, command, text, caller, thread);
    }

    public boolean isFreeText() {
        return command.isEmpty();
    }

    public static Request command(Platform platform, String teamId, String userId, String channelId,
                                  String command, String args) {
        return new Request(platform, teamId, userId, channelId, command, args, Caller.CHAT_USER);
    }

    public static Request freeText(Platform platform, String teamId, String userId, String channelId, String text) {
        return new Request(platform, teamId, userId, channelId, "", text, Caller.CHAT_USER);
    }

    /** What a suggestion's button runs, for whoever clicked it. */
    public static Request run(Platform platform, String teamId, String userId, String channelId, Action.Run action) {
        return command(platform, teamId, userId, channelId, action.command(), action.arguments());
    }

    /**
     * A line as typed: {@code "/salary senior"} is the salary command
     * with "senior", anything else (a lone "/" or "/ role" included) a free-text message. Every
     * platform reads typed lines with this one parser.
     */
    public static Request typed(Platform platform, String teamId, String userId, String channelId, String line) {
        String text = line == null ? "" : line.strip();
        if (text.length() > 1 && text.charAt(0) == '/' && !Character.isWhitespace(text.charAt(1))) {
            int space = indexOfWhitespace(text);
            String name = space < 0 ? text.substring(1) : text.substring(1, space);
            String args = space < 0 ? "" : text.substring(space + 1).strip();
            return command(platform, teamId, userId, channelId, name, args);
        }
        return freeText(platform, teamId, userId, channelId, text);
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The same request from a caller the platform described. */
    public Request from(Caller caller) {
        return new Request(platform, teamId, userId, channelId, command, text, caller, thread);
    }
}
