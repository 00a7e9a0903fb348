package mentorbot.mentoring;

import mentorbot.mentor.Reply;

/**
 * What a chat platform does for the mentoring loop; the core decides what and when. One per platform
 * (Slack, Discord, the console). Calls come from worker threads, never from a request's hot path, and
 * may block on the platform's API. Nothing here may ping anyone but a card's asker.
 */
public interface MentorPort {

    /** How posting a card went: the new message's id, or why it failed (said to the learner and the admins). */
    record Posted(String messageId, String failure) {
        public static Posted ok(String messageId) {
            return new Posted(messageId, null);
        }

        public static Posted failed(String reason) {
            return new Posted(null, reason);
        }

        public boolean ok() {
            return failure == null;
        }
    }

    /** Posts a new card to the team's mentors channel (mentioning the asker); returns the message id. */
    Posted postCard(MentorsChannel channel, MentorCard card);

    /** Edits the card {@code messageId} in place (claimed, resolved). Returns false when it could not. */
    boolean updateCard(MentorsChannel channel, String messageId, MentorCard card);

    /** Sends {@code reply} to the user privately (a DM): "a mentor picked up your question". Returns false when it could not. */
    boolean directMessage(String teamId, String userId, Reply reply);

    /**
     * Sends {@code reply} to the user privately with {@code buttons} under it (the learning plan's weekly nudge, with
     * done and later). Returns false when it could not. A port that cannot show buttons sends the reply alone.
     */
    default boolean directMessage(String teamId, String userId, Reply reply, java.util.List<Button> buttons) {
        return directMessage(teamId, userId, reply);
    }

    /** The one reminder about an unclaimed card: a reply in its thread, or a new message pointing at it. */
    boolean remind(MentorsChannel channel, String messageId, MentorCard card);
}
