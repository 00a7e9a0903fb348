package mentorbot.platform.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.IntConsumer;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mentorbot.config.Secret;
import mentorbot.config.Settings;
import mentorbot.platform.ConnectionState;
import mentorbot.platform.FatalErrorPolicy;
import mentorbot.platform.Health;
import mentorbot.platform.HttpEndpoint;
import mentorbot.platform.Probes;
import mentorbot.platform.PlatformHealth.State;
import mentorbot.testing.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The gateway's state against the fake Discord: a dropped connection recovers, a 4004 is fatal. */
@Timeout(60)
class GatewayHealthTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    FakeDiscord fake;
    DiscordPlatform platform;
    final List<String> told = new CopyOnWriteArrayList<>();
    final CountDownLatch fatal = new CountDownLatch(1);
    ConnectionState state;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeDiscord();
        state = new ConnectionState("discord", Clock.systemUTC(), (platform, reason) -> {
            told.add(platform + ": " + reason);
            fatal.countDown();
        });
        platform = DiscordPlatform.builder(settings(), new TestHandler(), TestSpecs.all())
                .startTimeout(Duration.ofSeconds(10)).errors(fake::error).connection(state).start();
    }

    Settings.Discord settings() {
        return new Settings.Discord(fake.guildId, fake.apiUrl(), fake.gatewayUrl(), 0, new Secret("test-token"));
    }

    @AfterEach
    void stop() throws Exception {
        try {
            if (platform != null) {
                platform.close();
            }
        } finally {
            fake.close();
        }
        assertEquals(List.of(), fake.errors(), "errors in listeners or Discord calls");
    }

    @Test
    void connectedOnceStarted() {
        assertEquals(State.CONNECTED, state.status().state());
    }

    @Test
    void aGatewayClosedWith4004FailsForGoodLoggedOnceAtErrorAndToldOnce() throws Exception {
        try (LogCapture log = LogCapture.onEveryThread(ConnectionState.class.getName(), Level.DEBUG)) {
            fake.closeGateway(4004, "Authentication failed.");
            assertTrue(fatal.await(WAIT.toSeconds(), TimeUnit.SECONDS), "told within 30 s; state " + state.status());
            assertEquals(State.FAILED, state.status().state());
            assertEquals(1, told.size(), told.toString());
            assertTrue(told.get(0).startsWith("discord: Discord closed the gateway with 4004 (The account token"),
                    told.toString());
            assertTrue(told.get(0).contains("DISCORD_BOT_TOKEN"), "says what to do: " + told);
            List<ILoggingEvent> errors = log.at(Level.ERROR);
            assertEquals(1, errors.size(), log.events().toString());
            assertTrue(errors.get(0).getFormattedMessage().startsWith("Chat platform discord failed for good: Discord closed the gateway"
                    + " with 4004"), errors.toString());
            assertTrue(!errors.get(0).getFormattedMessage().contains("test-token"), "no secret in the log");
        }
        // JDA logs its own ERROR that it cannot recover: expected here, and nothing else.
        assertTrue(fake.errors().stream().allMatch(e -> e.getMessage().contains("cannot be recovered")), fake.errors().toString());
        fake.clearErrors();
        platform.close();
        assertEquals(1, told.size(), "closing afterwards is no second failure");
    }

    /** The application's policy behind the state: exit through the hook, or only /healthz 503. */
    private ConnectionState restartWith(Settings.OnFatal mode, IntConsumer exit) {
        platform.close();
        ConnectionState withPolicy = new ConnectionState("discord", Clock.systemUTC(),
                new FatalErrorPolicy(mode, 4, exit));
        platform = DiscordPlatform.builder(settings(), new TestHandler(), TestSpecs.all())
                .startTimeout(Duration.ofSeconds(10)).errors(fake::error).connection(withPolicy).start();
        return withPolicy;
    }

    @Test
    void onFatalExitAsksTheProcessToExitNonZeroWithin30Seconds() throws Exception {
        BlockingQueue<Integer> exits = new LinkedBlockingQueue<>();
        restartWith(Settings.OnFatal.EXIT, exits::add);
        try (LogCapture log = LogCapture.onEveryThread("mentorbot.platform", Level.DEBUG)) {
            fake.closeGateway(4004, "Authentication failed.");
            assertEquals(4, exits.poll(30, TimeUnit.SECONDS), "exit hook called with code 4");
            assertEquals(1, log.at(Level.ERROR).size(), log.events().toString());
            assertTrue(log.events().stream().anyMatch(l -> l.getFormattedMessage().startsWith("Stopping with exit code 4 because discord"
                    + " failed")), log.events().toString());
        }
        assertTrue(exits.isEmpty(), "asked once");
        fake.clearErrors(); // JDA's own ERROR, checked in the test above
    }

    @Test
    void onFatalUnhealthyOnlyTurnsHealthz503() throws Exception {
        List<Integer> exits = new CopyOnWriteArrayList<>();
        ConnectionState withPolicy = restartWith(Settings.OnFatal.UNHEALTHY, exits::add);
        Health health = new Health(List.of(withPolicy), Duration.ofMinutes(10), Clock.systemUTC());
        try (HttpEndpoint server = HttpEndpoint.start("127.0.0.1", 0, Map.of(), Probes.of(health));
             LogCapture log = LogCapture.onEveryThread(ConnectionState.class.getName(), Level.DEBUG)) {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest get = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/healthz"))
                    .timeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> up = client.send(get, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, up.statusCode());
            assertEquals("{\"status\":\"ok\",\"platforms\":{\"discord\":\"connected\"}}", up.body());

            fake.closeGateway(4004, "Authentication failed.");
            log.await(l -> l.getLevel() == Level.ERROR, WAIT);
            HttpResponse<String> down = client.send(get, HttpResponse.BodyHandlers.ofString());
            assertEquals(503, down.statusCode());
            assertEquals("{\"status\":\"unhealthy\",\"platforms\":{\"discord\":\"failed\"}}", down.body());
        }
        assertEquals(List.of(), exits, "no exit in this mode");
        fake.clearErrors();
    }

    @Test
    void aDroppedGatewayIsReconnectingUntilTheSessionResumes() throws Exception {
        try (LogCapture log = LogCapture.onEveryThread(ConnectionState.class.getName(), Level.DEBUG)) {
            fake.closeGateway(4900, "reconnect");
            log.await(l -> l.getFormattedMessage().equals("discord: connection lost (the gateway closed with 4900), reconnecting"), WAIT);
            log.await(l -> l.getFormattedMessage().equals("discord: connected again"), WAIT);
        }
        assertEquals(State.CONNECTED, state.status().state());
        assertEquals(List.of(), told);
    }

    @Test
    void aGatewayThatRefusesTheBotWhileStartingFailsStartUpWithTheReasonAtOnce() throws Exception {
        platform.close();
        platform = null;
        fake.refuseIdentify = 4004;
        ConnectionState starting = new ConnectionState("discord", Clock.systemUTC(), (p, r) -> told.add(r));
        long before = System.nanoTime();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> DiscordPlatform.builder(settings(), new TestHandler(), TestSpecs.all())
                        .startTimeout(Duration.ofSeconds(50)).errors(fake::error).connection(starting).start());
        assertTrue(e.getMessage().startsWith("Discord closed the gateway with 4004"), e.getMessage());
        assertTrue(System.nanoTime() - before < TimeUnit.SECONDS.toNanos(20), "not the whole start timeout");
        assertEquals(List.of(), told, "start-up says it; no fatal error at run time");
        assertTrue(fake.errors().stream().allMatch(x -> x.getMessage().contains("cannot be recovered")), fake.errors().toString());
        fake.clearErrors();
    }
}
