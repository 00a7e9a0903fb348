package mentorbot.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which of several replicas on one PostgreSQL holds a one-per-deployment connection (Slack's Socket Mode
 * for an app, a Discord gateway shard range): a session-level advisory lock named after it, held on a connection of
 * the lock's own. PostgreSQL releases the lock when that session ends, so when the owner dies (or its connection
 * does) another replica's next poll takes it over. The owner checks its session every poll too and gives the
 * connection up when the session is gone, so two owners overlap for at most one poll.
 */
public final class OwnershipLock implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OwnershipLock.class);

    /** Told when this process becomes the owner and when it stops being it; called on the executor's thread. */
    public interface Listener {
        void acquired();

        void lost(String why);
    }

    private final String name;
    private final long key;
    private final Supplier<Connection> connect;
    private final ScheduledExecutorService executor;
    private final Duration poll;
    private final Listener listener;
    private Connection session;
    private boolean owner;
    private boolean closed;
    private ScheduledFuture<?> next;

    /**
     * @param name     what is owned, e.g. {@code slack-socket:A0123} (the lock's key is a hash of it)
     * @param connect  opens a connection outside any pool (the lock lives as long as it does)
     * @param executor runs the polls (and the listener); the caller shuts it down
     * @param poll     how often a waiting replica tries, and the owner checks its session
     */
    public OwnershipLock(String name, Supplier<Connection> connect, ScheduledExecutorService executor, Duration poll,
                         Listener listener) {
        this.name = name;
        this.key = keyOf(name);
        this.connect = connect;
        this.executor = executor;
        this.poll = poll;
        this.listener = listener;
    }

    /** Starts polling: the first try runs at once. */
    public synchronized OwnershipLock start() {
        next = executor.schedule(this::tick, 0, TimeUnit.MILLISECONDS);
        return this;
    }

    public synchronized boolean owner() {
        return owner;
    }

    /** The server process holding this replica's session, or -1 without one (tests end it to play a dead owner). */
    public synchronized int sessionPid() {
        if (session == null) {
            return -1;
        }
        try (PreparedStatement p = session.prepareStatement("SELECT pg_backend_pid()"); ResultSet r = p.executeQuery()) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            return -1;
        }
    }

    private void tick() {
        String lostWhy = null;
        boolean gained = false;
        synchronized (this) {
            if (closed) {
                return;
            }
            try {
                if (owner) {
                    if (!session.isValid(timeoutSeconds())) {
                        lostWhy = "the database session holding the lock ended";
                        owner = false;
                        dropSession();
                    }
                } else {
                    if (session == null || !session.isValid(timeoutSeconds())) {
                        dropSession();
                        session = connect.get();
                    }
                    gained = tryLock();
                    owner = gained;
                }
            } catch (SQLException | StorageException e) {
                log.warn("Ownership of {}: cannot reach the database, trying again in {} s: {}", name, poll.toSeconds(),
                        e.getMessage());
                if (owner) {
                    lostWhy = "the database cannot be reached";
                    owner = false;
                }
                dropSession();
            }
            next = executor.schedule(this::tick, poll.toMillis(), TimeUnit.MILLISECONDS);
        }
        // The listener runs outside the lock: it may connect or disconnect a platform, which takes a while.
        if (lostWhy != null) {
            log.warn("No longer the owner of {}: {}", name, lostWhy);
            listener.lost(lostWhy);
        }
        if (gained) {
            log.info("This process now owns {}", name);
            listener.acquired();
        }
    }

    private boolean tryLock() throws SQLException {
        try (PreparedStatement p = session.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            p.setLong(1, key);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getBoolean(1);
            }
        }
    }

    private int timeoutSeconds() {
        return (int) Math.max(1, poll.toSeconds());
    }

    private void dropSession() {
        if (session != null) {
            try {
                session.close();
            } catch (SQLException e) {
                log.debug("Ownership of {}: closing the session: {}", name, e.toString());
            }
            session = null;
        }
    }

    /** Stops polling and gives the lock up (closing its session releases it at once for the next replica). */
    @Override
    public void close() {
        boolean was;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (next != null) {
                next.cancel(false);
            }
            was = owner;
            owner = false;
            dropSession();
        }
        if (was) {
            listener.lost("stopping");
        }
    }

    /** A stable 64-bit key for the name (first 8 bytes of its SHA-256), the same in every replica. */
    static long keyOf(String name) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(("mentorbot-owner:" + name).getBytes(StandardCharsets.UTF_8));
            long k = 0;
            for (int i = 0; i < 8; i++) {
                k = (k << 8) | (h[i] & 0xff);
            }
            return k;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
