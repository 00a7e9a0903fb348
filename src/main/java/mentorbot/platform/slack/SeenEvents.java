package mentorbot.platform.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import mentorbot.store.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The events answered lately, by event id and by message: Slack retries an event it thinks went unanswered under the
 * same id, and may deliver one message again under a new id. Every surface (DMs, mentions, the assistant panel, App
 * Home) answers an event once through this. In memory for one process; with a shared database the replicas agree
 * through it as well ({@link SharedSeenEvents}), so a retry sent to another replica is not answered twice.
 */
final class SeenEvents implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SeenEvents.class);
    /** Slack retries within minutes; an hour also covers a message delivered again later. */
    static final Duration KEEP = Duration.ofHours(1);

    private final Cache<Object, Boolean> seen = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(KEEP)
            .build();
    /** Null: this process alone answers its events. */
    private final SharedSeenEvents shared;

    SeenEvents() {
        this(null);
    }

    SeenEvents(SharedSeenEvents shared) {
        this.shared = shared;
    }

    /** A message by where it was posted and its timestamp, which Slack keeps across redeliveries. */
    private record MessageId(String channel, String ts) {
        String key() {
            return "message:" + channel + ":" + ts;
        }
    }

    private static String eventKey(String eventId) {
        return "event:" + eventId;
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
                releaseShared(eventKey(eventId));
            }
            if (message != null) {
                seen.invalidate(message);
                releaseShared(message.key());
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
        if (eventId != null && (seen.asMap().putIfAbsent(eventId, Boolean.TRUE) != null || !claimShared(eventKey(eventId)))) {
            log.debug("Slack: event {} already answered (retry {}), skipped", eventId, retry);
            return Optional.empty();
        }
        MessageId message = ts == null ? null : new MessageId(channel, ts);
        if (message != null && (seen.asMap().putIfAbsent(message, Boolean.TRUE) != null || !claimShared(message.key()))) {
            log.debug("Slack: message {} already answered under another event id, skipped", ts);
            return Optional.empty();
        }
        if (retry != null && retry > 0) {
            log.debug("Slack: answering retried event {} (retry {}) not seen before", eventId, retry);
        }
        return Optional.of(new Delivery(eventId, message));
    }

    /** Whether this replica takes the key; when the database cannot say, it answers (twice beats never). */
    private boolean claimShared(String key) {
        if (shared == null) {
            return true;
        }
        try {
            return shared.claim(key);
        } catch (StorageException e) {
            log.warn("Slack: cannot check with the other replicas whether {} was answered; answering: {}", key, e.getMessage());
            return true;
        }
    }

    private void releaseShared(String key) {
        if (shared == null) {
            return;
        }
        try {
            shared.release(key);
        } catch (StorageException e) {
            log.warn("Slack: cannot let a retry of {} through on the other replicas: {}", key, e.getMessage());
        }
    }

    @Override
    public void close() {
        if (shared != null) {
            shared.close();
        }
    }
}
