package mentorbot.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Level;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import mentorbot.platform.PlatformHealth.State;
import mentorbot.testing.LogCapture;
import mentorbot.testing.MutableClock;
import org.junit.jupiter.api.Test;

/** A platform's connection state: failing for good is final, logged once and told once. */
class ConnectionStateTest {

    private final MutableClock clock = MutableClock.atEpoch();
    private final List<String> told = new CopyOnWriteArrayList<>();
    private final ConnectionState state = new ConnectionState("discord", clock, (p, r) -> told.add(p + ": " + r));

    @Test
    void aFailureAfterStartIsLoggedOnceAtErrorToldOnceAndFinal() {
        state.connected();
        try (LogCapture log = LogCapture.on(ConnectionState.class.getName(), Level.DEBUG)) {
            state.failed("the gateway closed with 4004 (authentication failed)");
            state.failed("again, from another shard");
            state.connected();
            state.reconnecting("late event");
            assertEquals(State.FAILED, state.status().state());
            assertEquals(Optional.of("the gateway closed with 4004 (authentication failed)"), state.failure());
            assertEquals(List.of("discord: the gateway closed with 4004 (authentication failed)"), told);
            assertEquals(1, log.at(Level.ERROR).size(), log.events().toString());
            assertEquals("Chat platform discord failed for good: the gateway closed with 4004 (authentication failed)",
                    log.at(Level.ERROR).get(0).getFormattedMessage());
        }
    }

    @Test
    void aFailureWhileStartingIsOnlyRecordedForStartUpToReport() {
        try (LogCapture log = LogCapture.on(ConnectionState.class.getName(), Level.DEBUG)) {
            state.failed("rejected token");
            assertEquals(Optional.of("rejected token"), state.failure());
            assertEquals(List.of(), told);
            assertEquals(List.of(), log.at(Level.ERROR));
        }
    }

    @Test
    void reconnectingKeepsTheTimeOfTheFirstLoss() {
        state.connected();
        state.reconnecting("1006");
        clock.advance(Duration.ofMinutes(3));
        state.reconnecting("1006 again");
        assertEquals(State.RECONNECTING, state.status().state());
        assertEquals(MutableClock.atEpoch().instant(), state.status().since());
        state.connected();
        assertEquals(State.CONNECTED, state.status().state());
    }

    @Test
    void afterClosingOurOwnDisconnectIsNoFailure() {
        state.connected();
        state.closing();
        state.failed("shut down");
        state.reconnecting("closed");
        assertEquals(State.CONNECTED, state.status().state());
        assertEquals(List.of(), told);
    }
}
