package mentorbot.tips;

import java.time.Duration;

/** What a platform said to one post. */
public sealed interface PostResult {

    /** Accepted; {@code messageId} is the platform's id of the message (may be empty). */
    record Ok(String messageId) implements PostResult {
    }

    /** Rate limited (HTTP 429): not posted, try again after {@code wait}. */
    record RetryAfter(Duration delay, String detail) implements PostResult {
    }

    /** 5xx, timeout, connection error: may be retried. */
    record Transient(String reason) implements PostResult {
    }

    /**
     * Will not work on retry. {@code channelGone} when the channel itself cannot take posts any more
     * (not found, archived, bot removed, no access): the subscription is paused.
     */
    record Permanent(String reason, boolean channelGone) implements PostResult {
    }

    static PostResult ok(String messageId) {
        return new Ok(messageId == null ? "" : messageId);
    }
}
