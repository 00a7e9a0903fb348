package mentorbot.mentoring;

import java.time.Instant;
import mentorbot.mentor.Platform;

/**
 * A learner's request for a human mentor.
 *
 * @param channelId the mentors channel the card went to; {@code messageId} the card's message there (null until posted)
 * @param claimerId the mentor who claimed it, or null
 * @param detail    why the card could not be posted, when it could not
 */
public record MentorRequest(String requestId, String answerId, Platform platform, String teamId, String askerId,
                            String question, String botAnswer, String channelId, String messageId, RequestState state,
                            String claimerId, String detail, Instant createdAt, Instant remindedAt) {
}
