package mentorbot.platform;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A platform's connection as its adapter sees it, told by the adapter's events. {@link State#FAILED}
 * is final: it is logged once at ERROR and reported once to the {@link FatalErrorListener}. A
 * failure while still {@link State#CONNECTING} is only recorded: start-up throws with it instead.
 * After {@link #closing()} nothing changes any more (our own shutdown is no failure).
 */
public final class ConnectionState implements PlatformHealth {
    private static final Logger log = LoggerFactory.getLogger(ConnectionState.class);

    private final String name;
    private final Clock clock;
    private final FatalErrorListener listener;
    private Status status;
    private boolean closing;

    public ConnectionState(String name, Clock clock, FatalErrorListener listener) {
        this.name = Objects.requireNonNull(name, "name");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.status = new Status(State.CONNECTING, null, clock.instant());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized Status status() {
        return status;
    }

    /** The reason it failed for good, if it did. */
    public synchronized Optional<String> failure() {
        return status.state() == State.FAILED ? Optional.of(status.reason()) : Optional.empty();
    }

    public synchronized void connected() {
        if (closing || status.state() == State.FAILED || status.state() == State.CONNECTED) {
            return;
        }
        if (status.state() == State.RECONNECTING) {
            log.info("{}: connected again", name);
        }
        status = new Status(State.CONNECTED, null, clock.instant());
    }

    /** Lost the connection; the platform's client tries again. The grace period counts from the first loss. */
    public synchronized void reconnecting(String reason) {
        if (closing || status.state() != State.CONNECTED) {
            return;
        }
        log.info("{}: connection lost ({}), reconnecting", name, reason);
        status = new Status(State.RECONNECTING, reason, clock.instant());
    }

    /**
     * Another replica owns the connection: this process waits, healthy, and connects if it takes over (its next
     * {@link #connected()} counts as the first connection).
     */
    public synchronized void standby(String reason) {
        if (status.state() == State.FAILED) {
            return;
        }
        closing = false; // the connection closed because another replica owns it now, not for our shutdown
        status = new Status(State.STANDBY, reason, clock.instant());
    }

    /** Failed for good: the platform's client gave up, or the platform rejected the bot's token. */
    public void failed(String reason) {
        boolean tell;
        synchronized (this) {
            if (closing || status.state() == State.FAILED) {
                return;
            }
            tell = status.state() != State.CONNECTING;
            status = new Status(State.FAILED, reason, clock.instant());
        }
        if (tell) {
            log.error("Chat platform {} failed for good: {}", name, reason);
            listener.failed(name, reason); // outside the lock: the listener may read every platform's state
        }
    }

    /** Our own shutdown begins: disconnects from here on are expected. */
    public synchronized void closing() {
        closing = true;
    }
}
