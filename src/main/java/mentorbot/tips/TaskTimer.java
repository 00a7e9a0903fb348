package mentorbot.tips;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs a task after a delay. Production wraps a {@link ScheduledExecutorService}; tests use virtual time. */
@FunctionalInterface
public interface TaskTimer {

    void schedule(Runnable task, Duration delay);

    static TaskTimer of(ScheduledExecutorService executor) {
        return (task, delay) -> executor.schedule(task, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
    }
}
