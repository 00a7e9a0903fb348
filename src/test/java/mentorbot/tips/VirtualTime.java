package mentorbot.tips;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.PriorityQueue;

/** A settable clock and a timer that runs tasks in virtual time, in order, on the calling thread. */
final class VirtualTime extends Clock implements TaskTimer {

    private record Entry(Instant at, long seq, Runnable task) {
    }

    private volatile Instant now;
    private long seq;
    private final PriorityQueue<Entry> queue = new PriorityQueue<>((a, b) -> {
        int c = a.at.compareTo(b.at);
        return c != 0 ? c : Long.compare(a.seq, b.seq);
    });

    VirtualTime(Instant start) {
        this.now = start;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
        return now;
    }

    void set(Instant instant) {
        now = instant;
    }

    @Override
    public synchronized void schedule(Runnable task, Duration delay) {
        Instant at = now.plus(delay.isNegative() ? Duration.ZERO : delay);
        queue.add(new Entry(at, seq++, task));
    }

    /** Runs every task due up to {@code end} (including ones they schedule), then leaves the clock at {@code end}. */
    int runUntil(Instant end) {
        int ran = 0;
        while (true) {
            Entry next;
            synchronized (this) {
                next = queue.peek();
                if (next == null || next.at.isAfter(end)) {
                    break;
                }
                queue.poll();
                if (next.at.isAfter(now)) {
                    now = next.at;
                }
            }
            next.task.run();
            if (++ran > 5_000_000) {
                throw new AssertionError("runaway task loop");
            }
        }
        now = end.isAfter(now) ? end : now;
        return ran;
    }

    int runFor(Duration d) {
        return runUntil(now.plus(d));
    }

    synchronized int queued() {
        return queue.size();
    }
}
