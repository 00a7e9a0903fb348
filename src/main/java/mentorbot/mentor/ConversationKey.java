package mentorbot.mentor;

/**
 * Whose context a follow-up continues: one person's private conversation, or a thread in a channel that
 * everyone asking in it shares ("and the senior level?" there follows the thread's subject, not the
 * asker's DMs).
 *
 * @param user   the person, for a private conversation; null for a thread
 * @param place  the channel and thread, for a thread; empty for a private conversation
 */
public record ConversationKey(UserKey user, String place) {

    public ConversationKey {
        place = place == null ? "" : place;
    }

    public static ConversationKey of(UserKey user) {
        return new ConversationKey(user, "");
    }

    public static ConversationKey thread(Platform platform, String team, String channel, String thread) {
        return new ConversationKey(new UserKey(platform, team, ""), channel + "/" + thread);
    }
}
