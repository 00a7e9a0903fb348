package mentorbot.mentoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import mentorbot.mentor.Platform;
import mentorbot.tips.TaskTimer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminds each unclaimed mentor request once, {@code remindAfter} after it was asked, and deletes
 * question texts older than the retention. A request is marked reminded in a transaction before its
 * reminder is posted, so a restart, a retry or a second bot on the same database never reminds twice.
 * Time comes from the injected clock and ticks from the injected timer (tests use virtual time).
 */
public final class ReminderScheduler implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReminderScheduler.class);

    private final MentoringState state;
    private final Map<Platform, MentorPort> ports;
    private final TaskTimer timer;
    private final Clock clock;
    private final Duration remindAfter;
    private final Duration maxSleep;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean checkedOnce;

    ReminderScheduler(MentoringState state, Map<Platform, MentorPort> ports, TaskTimer timer, Clock clock,
                      Duration remindAfter, Duration maxSleep) {
        this.state = state;
        this.ports = Map.copyOf(ports);
        this.timer = timer;
        this.clock = clock;
        this.remindAfter = remindAfter;
        this.maxSleep = maxSleep;
    }

    public void start() {
        if (running.compareAndSet(false, true)) {
            timer.schedule(this::tick, Duration.ZERO);
        }
    }

    private void tick() {
        if (!running.get()) {
            return;
        }
        Instant next;
        try {
            Instant now = clock.instant();
            next = runDue(now);
            if (!checkedOnce) {
                checkedOnce = true;
                log.info("Mentor reminders: first check done (reminder after {}); next check in {}", remindAfter,
                        Duration.between(now, next));
            }
        } catch (RuntimeException e) {
            log.error("Mentor reminders tick failed; trying again in {}: {}", maxSleep, e.getMessage());
            next = clock.instant().plus(maxSleep);
        }
        Duration wait = Duration.between(clock.instant(), next);
        if (running.get()) {
            timer.schedule(this::tick, wait.isNegative() ? Duration.ZERO : wait);
        }
    }

    /** One pass: post the due reminders, delete expired questions; returns when the next pass is due. */
    public Instant runDue(Instant now) {
        MentoringStore store = state.store();
        List<MentorRequest> due = store.takeDueReminders(now.minus(remindAfter), now);
        for (MentorRequest r : due) {
            MentorPort port = ports.get(r.platform());
            MentorsChannel channel = state.channels().of(r.platform(), r.teamId()).filter(c -> c.channelId().equals(r.channelId()))
                    .orElse(new MentorsChannel(r.platform(), r.teamId(), r.channelId(), ""));
            boolean sent = false;
            try {
                sent = port != null && port.remind(channel, r.messageId(), MentorCard.of(r));
            } catch (RuntimeException e) {
                log.warn("Reminder for mentor request {} failed: {}", r.requestId(), e.toString());
            }
            if (!sent) {
                log.warn("Reminder for mentor request {} could not be posted; it is not tried again", r.requestId());
            }
        }
        int deleted = store.deleteQuestionsBefore(now.minus(Duration.ofDays(state.retentionDays())));
        if (deleted > 0) {
            log.info("Deleted {} question(s) older than {} days", deleted, state.retentionDays());
        }
        Instant next = now.plus(maxSleep);
        Instant oldest = store.oldestUnreminded().map(t -> t.plus(remindAfter)).orElse(next);
        return oldest.isBefore(next) ? (oldest.isBefore(now) ? now : oldest) : next;
    }

    @Override
    public void close() {
        running.set(false);
    }
}
