package mentorbot.platform;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/** The connection of one chat platform, as {@code /healthz} reports it. */
public interface PlatformHealth {

    /** Lower case, as shown in {@code /healthz}: "slack", "discord". */
    String name();

    Status status();

    enum State {
        /** Starting: not yet connected for the first time. */
        CONNECTING,
        CONNECTED,
        /** Lost the connection and trying again by itself. */
        RECONNECTING,
        /** Another replica holds the one connection allowed (Socket Mode, the gateway); this one takes over if it dies. */
        STANDBY,
        /** Will not recover without an operator (a rejected or revoked token): final. */
        FAILED;

        /** As shown in {@code /healthz}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param reason why it is not connected (for the log; never a secret), or null when connected
     * @param since  when it entered this state (the reconnect grace period counts from here)
     */
    record Status(State state, String reason, Instant since) {
        public Status {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(since, "since");
        }
    }
}
