package mentorbot.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.LoggerFactory;

/**
 * What the bot logs while a test runs: logback's list appender on one logger, at a level set for
 * the duration. By default only events of the thread that opened it are kept, so background work
 * of other tests in the same JVM does not leak in; {@link #onEveryThread} keeps what a platform's
 * own threads log too.
 */
public final class LogCapture implements AutoCloseable {

    private final Logger logger;
    private final Level before;
    /** Tells {@link #await} of each event; logback appends under the appender's lock. */
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>() {
        @Override
        protected void append(ILoggingEvent event) {
            super.append(event);
            notifyAll();
        }
    };
    private final Thread thread;

    private LogCapture(String name, Level level, Thread thread) {
        this.thread = thread;
        logger = (Logger) LoggerFactory.getLogger(name);
        before = logger.getLevel();
        logger.setLevel(level);
        appender.start();
        logger.addAppender(appender);
    }

    /** Captures {@code name} and the loggers below it at {@code level} (DEBUG shows where traces go). */
    public static LogCapture on(String name, Level level) {
        return new LogCapture(name, level, Thread.currentThread());
    }

    /** As {@link #on}, from every thread: for what a platform logs on its own threads. */
    public static LogCapture onEveryThread(String name, Level level) {
        return new LogCapture(name, level, null);
    }

    public List<ILoggingEvent> events() {
        synchronized (appender) {
            return appender.list.stream().filter(e -> thread == null || e.getThreadName().equals(thread.getName()))
                    .toList();
        }
    }

    public List<ILoggingEvent> at(Level level) {
        return events().stream().filter(e -> e.getLevel().equals(level)).toList();
    }

    /** The first event that matches, waiting at most {@code timeout} for it to be logged. */
    public ILoggingEvent await(Predicate<ILoggingEvent> match, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (appender) {
            while (true) {
                for (ILoggingEvent e : events()) {
                    if (match.test(e)) {
                        return e;
                    }
                }
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new AssertionError("timed out after " + timeout + " waiting for a log line; logged: " + events());
                }
                appender.wait(left);
            }
        }
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        logger.setLevel(before);
        appender.stop();
    }
}
