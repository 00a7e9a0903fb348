package mentorbot.platform.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The events answered lately, by event id and by message: Slack retries an event it thinks went unanswered under the
 * same id, and may deliver one message again under a new id. Every surface (DMs, mentions, the assistant panel, App
 * Home) answers an event once through this.
 */
final class SeenEvents {
    private static final Logger log = LoggerFactory.getLogger(SeenEvents.class);

    private final Cache<Object, Boolean> seen = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofHours(1))
            .build();

    /** A message by where it was posted and its timestamp, which Slack keeps across redeliveries. */
    private record MessageId(String channel, String ts) {
    }

    /** An event taken to be answered; {@link #forget} lets Slack's retry through when it could not be. */
    final class Delivery {
        private final String eventId;
        private final MessageId message;

        private Delivery(String eventId, MessageId message) {
            this.eventId = eventId;
            this.message = message;
        }

        void forget() {
            if (eventId != null) {
                seen.invalidate(eventId);
            }
            if (message != null) {
                seen.invalidate(message);
            }
        }
    }

    /**
     * Marks the event as answered; empty when it was already, under this event id (a Slack retry) or under another one
     * (the same message delivered again).
     *
     * @param ts the message's timestamp, or null for an event that is not a message
     */
    Optional<Delivery> first(String eventId, Integer retry, String channel, String ts) {
        if (eventId != null && seen.asMap().putIfAbsent(eventId, Boolean.TRUE) != null) {
            log.debug("Slack: event {} already answered (retry {}), skipped", eventId, retry);
            return Optional.empty();
        }
        MessageId message = ts == null ? null : new MessageId(channel, ts);
        if (message != null && seen.asMap().putIfAbsent(message, Boolean.TRUE) != null) {
            log.debug("Slack: message {} already answered under another event id, skipped", ts);
            return Optional.empty();
        }
        if (retry != null && retry > 0) {
            log.debug("Slack: answering retried event {} (retry {}) not seen before", eventId, retry);
        }
        return Optional.of(new Delivery(eventId, message));
    }
}
