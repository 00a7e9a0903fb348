package mentorbot.tips;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import mentorbot.store.StorageException;
import org.slf4j.Logger;

/**
 * A pass that runs again when it says the next thing is due, on a {@link TaskTimer}: the daily tips' scheduler and
 * the weekly plan nudges. {@link #wake} plans again at once and supersedes the tick already planned; a failing pass
 * is logged in one line and tried again after {@code maxSleep}.
 */
public final class TickLoop implements AutoCloseable {

    private final String name;
    private final Function<Instant, Instant> pass;
    private final TaskTimer timer;
    private final Clock clock;
    private final Duration maxSleep;
    private final Logger log;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong generation = new AtomicLong();

    /**
     * @param name what the log lines call it ("Daily tips")
     * @param pass one pass at the given instant, returning when the next is due
     */
    public TickLoop(String name, Function<Instant, Instant> pass, TaskTimer timer, Clock clock, Duration maxSleep, Logger log) {
        this.name = name;
        this.pass = pass;
        this.timer = timer;
        this.clock = clock;
        this.maxSleep = maxSleep;
        this.log = log;
    }

    /** Starts ticking; the first tick runs at once (the catch-up). */
    public void start() {
        if (running.compareAndSet(false, true)) {
            wake();
        }
    }

    /** Plans again at once, for example after what it schedules changed. */
    public void wake() {
        if (running.get()) {
            long gen = generation.incrementAndGet();
            timer.schedule(() -> tick(gen), Duration.ZERO);
        }
    }

    @Override
    public void close() {
        running.set(false);
        generation.incrementAndGet();
    }

    private void tick(long gen) {
        if (!running.get() || gen != generation.get()) {
            return; // superseded by a newer plan
        }
        Instant next;
        try {
            next = pass.apply(clock.instant());
        } catch (StorageException e) {
            // One line per tick while the database is unusable, not a stack trace each time.
            log.error("{} tick failed; trying again in {}: {}", name, maxSleep, e.getMessage());
            log.debug("{} tick failed", name, e);
            next = clock.instant().plus(maxSleep);
        } catch (RuntimeException e) {
            log.error("{} tick failed; trying again in {}", name, maxSleep, e);
            next = clock.instant().plus(maxSleep);
        }
        log.debug("{}: next tick at {}", name, next);
        Duration wait = Duration.between(clock.instant(), next);
        if (running.get() && gen == generation.get()) {
            timer.schedule(() -> tick(gen), wait.isNegative() ? Duration.ZERO : wait);
        }
    }
}
