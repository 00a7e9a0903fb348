package mentorbot.platform.slack;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import mentorbot.store.Database;

/**
 * The Slack events taken for answering, in the database every replica shares (schema V6): Slack retries an event it
 * thinks went unanswered, possibly to another replica behind the load balancer, and whichever inserts the key first
 * answers it. A key counts for {@code keep}; an expired one may be taken again, and expired rows are deleted at most
 * once a minute.
 */
final class SharedSeenEvents implements AutoCloseable {

    private static final Duration PURGE_EVERY = Duration.ofMinutes(1);

    private final Database db;
    private final Clock clock;
    private final Duration keep;
    private Instant nextPurge = Instant.MIN;

    SharedSeenEvents(Database db, Clock clock, Duration keep) {
        this.db = db;
        this.clock = clock;
        this.keep = keep;
    }

    /** True for the one caller, across replicas, that takes {@code key} first (or again once it expired). */
    boolean claim(String key) {
        Instant now = clock.instant();
        purgeIfDue(now);
        return db.write("record a Slack event", c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO slack_seen_events (event_key, seen_at, expires_at) "
                    + "VALUES (?, ?, ?) ON CONFLICT (event_key) DO UPDATE SET seen_at = excluded.seen_at, "
                    + "expires_at = excluded.expires_at WHERE slack_seen_events.expires_at <= excluded.seen_at")) {
                p.setString(1, key.length() <= 200 ? key : key.substring(0, 200));
                p.setLong(2, now.toEpochMilli());
                p.setLong(3, now.plus(keep).toEpochMilli());
                return p.executeUpdate() == 1;
            }
        });
    }

    /** Lets a retry of {@code key} through again (answering it failed). */
    void release(String key) {
        db.write("forget a Slack event", c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM slack_seen_events WHERE event_key = ?")) {
                p.setString(1, key);
                return p.executeUpdate();
            }
        });
    }

    private void purgeIfDue(Instant now) {
        synchronized (this) {
            if (now.isBefore(nextPurge)) {
                return;
            }
            nextPurge = now.plus(PURGE_EVERY);
        }
        db.write("delete expired Slack events", c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM slack_seen_events WHERE expires_at <= ?")) {
                p.setLong(1, now.toEpochMilli());
                return p.executeUpdate();
            }
        });
    }

    @Override
    public void close() {
        db.close();
    }
}
