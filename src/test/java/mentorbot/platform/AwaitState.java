package mentorbot.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;

/**
 * Waits, bounded, for a connection's state: a replica's own thread sets it right after the platform event a test
 * awaited (closing the old connection, then standing by), so reading it at once races with that thread.
 */
public final class AwaitState {

    private AwaitState() {
    }

    public static void until(ConnectionState state, PlatformHealth.State expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (state.status().state() != expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(expected, state.status().state());
    }
}
