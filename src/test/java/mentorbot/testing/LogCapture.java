package mentorbot.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * What the bot logs while a test runs: logback's list appender on one logger, at a level set for
 * the duration. Only events of the thread that opened it are kept, so background work of other
 * tests in the same JVM does not leak in.
 */
public final class LogCapture implements AutoCloseable {

    private final Logger logger;
    private final Level before;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Thread thread = Thread.currentThread();

    private LogCapture(String name, Level level) {
        logger = (Logger) LoggerFactory.getLogger(name);
        before = logger.getLevel();
        logger.setLevel(level);
        appender.start();
        logger.addAppender(appender);
    }

    /** Captures {@code name} and the loggers below it at {@code level} (DEBUG shows where traces go). */
    public static LogCapture on(String name, Level level) {
        return new LogCapture(name, level);
    }

    public List<ILoggingEvent> events() {
        synchronized (appender) {
            return appender.list.stream().filter(e -> e.getThreadName().equals(thread.getName())).toList();
        }
    }

    public List<ILoggingEvent> at(Level level) {
        return events().stream().filter(e -> e.getLevel().equals(level)).toList();
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        logger.setLevel(before);
        appender.stop();
    }
}
