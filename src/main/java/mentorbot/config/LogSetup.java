package mentorbot.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logging set up in code rather than from logback.xml: parsing XML at start costs more than the
 * rest of a one-shot {@code ask}. Logs go to standard error, so {@code ask --json} keeps standard
 * output to answers; {@code MENTORBOT_LOG_LEVEL} (default WARN) sets the bot's own level.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        String level = System.getenv("MENTORBOT_LOG_LEVEL");
        context.getLogger("mentorbot").setLevel(Level.toLevel(level, Level.WARN));
        // The tokenizer library warns at every start that it finds no GPU; the bot never uses one.
        context.getLogger("ai.djl").setLevel(Level.ERROR);
        // Bolt logs a body it cannot classify in full at WARN; the Slack endpoint logs a bounded line instead.
        context.getLogger("com.slack.api.bolt.util.SlackRequestParser").setLevel(Level.ERROR);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
