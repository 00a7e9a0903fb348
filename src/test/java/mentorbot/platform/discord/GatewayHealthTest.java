package mentorbot.platform.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mentorbot.config.Secret;
import mentorbot.config.Settings;
import mentorbot.platform.ConnectionState;
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
