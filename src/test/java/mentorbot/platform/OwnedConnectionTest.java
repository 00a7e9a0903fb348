package mentorbot.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import mentorbot.config.Settings;
import mentorbot.store.PostgresDatabase;
import mentorbot.store.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Socket Mode or the gateway with two replicas on one embedded PostgreSQL: one connects, the other stands by
 * (healthy) and connects when the owner's database session is killed; the old owner disconnects and stands by.
 */
class OwnedConnectionTest {

    private static final Duration POLL = Duration.ofMillis(100);

    private final Settings.Database db = TestPostgres.freshDatabase();
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final List<OwnedConnection> started = new ArrayList<>();

    private Supplier<AutoCloseable> platform(String replica) {
        return () -> {
            events.add(replica + " connected");
            return () -> events.add(replica + " disconnected");
        };
    }

    private static ConnectionState state(String name) {
        return new ConnectionState(name, Clock.systemUTC(), (platform, reason) -> { });
    }

    private OwnedConnection start(String name, ConnectionState state, Supplier<AutoCloseable> connect) {
        OwnedConnection c = OwnedConnection.start(name, db, state, connect, POLL);
        started.add(c);
        return c;
    }

    private String next() throws InterruptedException {
        String e = events.poll(10, TimeUnit.SECONDS);
        return e == null ? "nothing within 10 s" : e;
    }

    @AfterEach
    void stop() {
        started.forEach(OwnedConnection::close);
    }

    @Test
    void theStandbyConnectsWhenTheOwnersSessionDiesAndTheOldOwnerStandsBy() throws Exception {
        ConnectionState first = state("slack");
        ConnectionState second = state("slack");
        start("slack-socket:A1", first, platform("first"));
        assertEquals("first connected", next(), "the first replica owned it from the start");
        start("slack-socket:A1", second, platform("second"));
        assertEquals(PlatformHealth.State.STANDBY, second.status().state());
        assertTrue(new Health(List.of(second), Duration.ofMinutes(10), Clock.systemUTC()).get().healthy(), "standing by is healthy");
        assertTrue(events.isEmpty());

        try (Connection admin = PostgresDatabase.session(db, Duration.ofSeconds(5)); Statement s = admin.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted");
        }

        List<String> handover = List.of(next(), next());
        assertTrue(handover.containsAll(List.of("second connected", "first disconnected")), handover.toString());
        AwaitState.until(first, PlatformHealth.State.STANDBY); // set right after the old connection closed
    }

    @Test
    void aRefusedConnectionOfTheFirstOwnerFailsStartUpAsWithoutReplicas() {
        RuntimeException refused = new IllegalStateException("Slack refused the app token: invalid_auth");
        RuntimeException thrown = assertThrows(IllegalStateException.class,
                () -> start("slack-socket:A2", state("slack"), () -> {
                    throw refused;
                }));
        assertEquals(refused, thrown);
    }
}
