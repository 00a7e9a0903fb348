package mentorbot.platform;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import mentorbot.config.Settings;
import mentorbot.store.OwnershipLock;
import mentorbot.store.PostgresDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A platform connection only one replica may hold (Slack's Socket Mode for an app, the Discord gateway for a shard
 * range), when the replicas share a PostgreSQL: the replica holding the {@link OwnershipLock} named after it
 * connects; the others stay on {@link PlatformHealth.State#STANDBY} (healthy) and the first to see the owner gone
 * connects instead, within one poll. Starting waits for the first poll, so the first owner's refused token fails
 * start-up exactly as without replicas; a refusal on a later take-over is a platform failure like any other.
 */
public final class OwnedConnection implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OwnedConnection.class);
    /** How often a standby replica tries to take over: a dead owner's connection is back within this. */
    public static final Duration POLL = Duration.ofSeconds(5);

    private final String name;
    private final ConnectionState state;
    private final Supplier<AutoCloseable> connect;
    private final ScheduledExecutorService executor;
    private final OwnershipLock lock;
    private AutoCloseable current; // on the executor's thread only
    private RuntimeException firstFailure;
    private boolean starting = true;

    private OwnedConnection(String name, Settings.Database database, ConnectionState state, Supplier<AutoCloseable> connect,
                            Duration poll) {
        this.name = name;
        this.state = state;
        this.connect = connect;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "owner-" + name);
            t.setDaemon(true);
            return t;
        });
        this.lock = new OwnershipLock(name, () -> PostgresDatabase.session(database, poll), executor, poll,
                new OwnershipLock.Listener() {
                    @Override
                    public void acquired() {
                        connectNow();
                    }

                    @Override
                    public void lost(String why) {
                        disconnect(why);
                    }
                });
    }

    /**
     * Takes part in the election for {@code name} and connects when this replica owns it.
     *
     * @param connect starts the platform's connection; its {@code close} disconnects it
     * @param poll    how often a waiting replica tries to take over (and the owner checks its lock)
     * @throws RuntimeException what {@code connect} threw when this replica owned the connection from the start
     */
    public static OwnedConnection start(String name, Settings.Database database, ConnectionState state,
                                        Supplier<AutoCloseable> connect, Duration poll) {
        OwnedConnection owned = new OwnedConnection(name, database, state, connect, poll);
        owned.lock.start();
        try {
            // The lock's first poll runs before this no-op on the one thread: when it won, the platform started there.
            owned.executor.submit(() -> { }).get(poll.multipliedBy(10).plusSeconds(60).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            owned.close();
            throw new IllegalStateException("interrupted while starting " + name, e);
        } catch (ExecutionException | TimeoutException e) {
            owned.close();
            throw new IllegalStateException("the ownership of " + name + " could not be settled: " + e, e);
        }
        RuntimeException failure = owned.endStart();
        if (failure != null) {
            owned.close();
            throw failure;
        }
        return owned;
    }

    private synchronized RuntimeException endStart() {
        starting = false;
        if (!lock.owner() && firstFailure == null) {
            state.standby("another replica holds " + name);
            log.info("{}: another replica holds it; this one waits to take over", name);
        }
        return firstFailure;
    }

    private void connectNow() {
        try {
            current = connect.get();
        } catch (RuntimeException e) {
            lock.close(); // give the connection to a replica that may manage
            synchronized (this) {
                if (starting) {
                    firstFailure = e;
                    return;
                }
            }
            state.failed(e.getMessage());
        }
    }

    private void disconnect(String why) {
        if (current != null) {
            try {
                current.close();
            } catch (Exception e) {
                log.warn("{}: disconnecting failed: {}", name, e.toString());
            }
            current = null;
        }
        if (!"stopping".equals(why)) {
            state.standby(why);
        }
    }

    /** Disconnects (if connected) and leaves the election; another replica takes over at its next poll. */
    @Override
    public void close() {
        try {
            executor.submit(lock::close).get(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("{}: leaving the election failed: {}", name, e.toString());
        } finally {
            executor.shutdownNow();
        }
    }
}
