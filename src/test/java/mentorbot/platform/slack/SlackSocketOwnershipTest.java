package mentorbot.platform.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mentorbot.config.Secret;
import mentorbot.config.Settings;
import mentorbot.knowledge.KnowledgeSource;
import mentorbot.platform.AwaitState;
import mentorbot.platform.ConnectionState;
import mentorbot.platform.FatalErrorListener;
import mentorbot.platform.Health;
import mentorbot.platform.Probes;
import mentorbot.platform.PlatformHealth;
import mentorbot.store.Databases;
import mentorbot.store.PostgresDatabase;
import mentorbot.store.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Socket Mode with two replicas on one embedded PostgreSQL, over a real WebSocket on loopback: only the owner of the
 * app's lock opens a Socket Mode connection; the other stands by, healthy, and connects once the owner's database
 * session is gone.
 */
class SlackSocketOwnershipTest {

    private final Settings.Database db = TestPostgres.freshDatabase();
    private FakeSlackApi api;
    private SlackSocketModeTest.FakeSocketServer ws;
    private KnowledgeSource knowledge;
    private final List<AutoCloseable> started = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        api = new FakeSlackApi();
        ws = new SlackSocketModeTest.FakeSocketServer();
        ws.start();
        assertTrue(ws.started.await(10, TimeUnit.SECONDS));
        api.socketUrl = "ws://127.0.0.1:" + ws.getPort() + "/link/?ticket=t1";
        knowledge = KnowledgeSource.open(Path.of("config/knowledge"));
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : started) {
            c.close();
        }
        ws.stop(2_000);
        api.close();
    }

    private Settings settings() {
        Settings s = SlackSocketModeTest.socketSettings(api.apiUrl(), null);
        return new Settings(s.knowledge(), s.cache(), s.context(), s.rateLimit(), s.input(), s.http(),
                new Settings.Slack("socket", api.apiUrl(), null, new Secret("xoxb-test"), new Secret(null),
                        new Secret("xapp-1-A0OWNED-1-secretpart")),
                s.discord(), s.tips(), s.dataDir(), s.platform(), s.mentors(), s.insights(), db);
    }

    private void replica(ConnectionState state) throws Exception {
        SlackChat chat = new SlackChat(settings(), state, List::of, u -> java.util.Optional.empty(), (team, reason) -> { },
                Clock.systemUTC(), Databases.of(settings()));
        assertFalse(chat.servesHealth(), "a standby replica must answer /healthz too: the application serves it");
        started.add(chat.start(new EchoHandler(), TestCommands.ALL, knowledge,
                Probes.of(new Health(List.of(state), Duration.ofMinutes(10), Clock.systemUTC())), null));
    }

    private static long opens(FakeSlackApi api) {
        return api.methods.stream().filter("apps.connections.open"::equals).count();
    }

    @Test
    void onlyTheOwnerConnectsAndTheStandbyTakesOverWhenItsSessionEnds() throws Exception {
        ConnectionState first = new ConnectionState("slack", Clock.systemUTC(), FatalErrorListener.NONE);
        ConnectionState second = new ConnectionState("slack", Clock.systemUTC(), FatalErrorListener.NONE);
        replica(first);
        assertTrue(ws.connected.await(10, TimeUnit.SECONDS), "the owner connects by Socket Mode");
        assertEquals(PlatformHealth.State.CONNECTED, first.status().state());
        long opensByOwner = opens(api);
        replica(second);
        assertEquals(PlatformHealth.State.STANDBY, second.status().state());
        assertEquals(opensByOwner, opens(api), "the standby does not even ask for a Socket Mode URL");
        assertEquals(1, ws.connections.size(), "one Socket Mode connection for the app");

        CountDownLatch reconnected = new CountDownLatch(1);
        ws.connected = reconnected;
        try (Connection admin = PostgresDatabase.session(db, Duration.ofSeconds(5)); Statement s = admin.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted");
        }
        assertTrue(reconnected.await(30, TimeUnit.SECONDS), "the standby connects within a poll");
        AwaitState.until(second, PlatformHealth.State.CONNECTED);
        AwaitState.until(first, PlatformHealth.State.STANDBY);
    }
}
