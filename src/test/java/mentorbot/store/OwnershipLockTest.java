package mentorbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import mentorbot.config.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two replicas on one embedded PostgreSQL: one owns the connection, the other takes over when the first dies. */
class OwnershipLockTest {

    private static final Duration POLL = Duration.ofMillis(100);

    private final Settings.Database db = TestPostgres.freshDatabase();
    private final List<ScheduledExecutorService> executors = new ArrayList<>();
    private final List<OwnershipLock> locks = new ArrayList<>();

    /** One replica: its own executor, its events in the order they came ("acquired", "lost: why"). */
    private record Replica(OwnershipLock lock, ScheduledExecutorService executor, BlockingQueue<String> events) {
        String next() throws InterruptedException {
            String e = events.poll(10, TimeUnit.SECONDS);
            return e == null ? "nothing within 10 s" : e;
        }

        /** Runs after every tick already due on this replica's one thread: its first poll has happened. */
        void settled() throws Exception {
            executor.submit(() -> { }).get(10, TimeUnit.SECONDS);
        }
    }

    private Replica replica(String name) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        executors.add(executor);
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        OwnershipLock lock = new OwnershipLock(name, () -> PostgresDatabase.session(db, Duration.ofSeconds(5)), executor, POLL,
                new OwnershipLock.Listener() {
                    @Override
                    public void acquired() {
                        events.add("acquired");
                    }

                    @Override
                    public void lost(String why) {
                        events.add("lost: " + why);
                    }
                });
        locks.add(lock);
        return new Replica(lock, executor, events);
    }

    @AfterEach
    void stop() {
        locks.forEach(OwnershipLock::close);
        executors.forEach(ScheduledExecutorService::shutdownNow);
    }

    @Test
    void theSecondReplicaWaitsAndTakesOverWhenTheOwnersSessionIsKilled() throws Exception {
        Replica first = replica("slack-socket:A1");
        Replica second = replica("slack-socket:A1");
        first.lock().start();
        assertEquals("acquired", first.next());
        second.lock().start();
        second.settled();
        assertFalse(second.lock().owner(), "one owner at a time");
        assertTrue(second.events().isEmpty());

        try (Connection admin = PostgresDatabase.session(db, Duration.ofSeconds(5));
             PreparedStatement p = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
            p.setInt(1, first.lock().sessionPid());
            try (ResultSet r = p.executeQuery()) {
                assertTrue(r.next() && r.getBoolean(1), "the first owner's session ended");
            }
        }

        assertEquals("acquired", second.next(), "the waiting replica took over");
        assertEquals("lost: the database session holding the lock ended", first.next());
        assertFalse(first.lock().owner());
        first.settled();
        assertTrue(first.events().isEmpty(), "the old owner waits now: " + first.events());
    }

    @Test
    void anOwnerStoppingHandsOverAtTheNextPollAndOtherNamesAreIndependent() throws Exception {
        Replica first = replica("discord-shards:0-1");
        Replica other = replica("discord-shards:2-3");
        Replica second = replica("discord-shards:0-1");
        first.lock().start();
        assertEquals("acquired", first.next());
        other.lock().start();
        assertEquals("acquired", other.next(), "another shard range has a lock of its own");
        second.lock().start();
        second.settled();
        assertFalse(second.lock().owner());

        first.lock().close();
        assertEquals("lost: stopping", first.next());
        assertEquals("acquired", second.next());
    }
}
