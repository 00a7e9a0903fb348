package mentorbot.platform;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;

/**
 * Log lines about bad requests from outside, which anyone can send: each line is short (at most
 * {@value #SAMPLE} characters of what was sent, control characters shown as '?') and there are at
 * most a few a minute, so a flood of garbage cannot fill the disk. Never a stack trace.
 */
public final class ClientErrorLog {

    static final int SAMPLE = 200;
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Logger log;
    private final Clock clock;
    private final int perWindow;
    private long windowStart;
    private int written;
    private int suppressed;

    public ClientErrorLog(Logger log, Clock clock, int perMinute) {
        this.log = log;
        this.clock = clock;
        this.perWindow = perMinute;
        this.windowStart = clock.millis();
    }

    /** One WARN line: what was wrong and the start of what was sent, unless this minute's lines are spent. */
    public synchronized void warn(String problem, CharSequence sent) {
        long now = clock.millis();
        if (now - windowStart >= WINDOW.toMillis() || now < windowStart) { // a new minute, or the clock went back
            if (suppressed > 0) {
                log.warn("{} more bad requests were not logged in the last minute", suppressed);
            }
            windowStart = now;
            written = 0;
            suppressed = 0;
        }
        if (written >= perWindow) {
            suppressed++;
            return;
        }
        written++;
        log.warn("{}: {}", problem, sample(sent));
    }

    static String sample(CharSequence sent) {
        if (sent == null) {
            return "(nothing)";
        }
        int n = Math.min(sent.length(), SAMPLE);
        StringBuilder b = new StringBuilder(n + 24);
        for (int i = 0; i < n; i++) {
            char c = sent.charAt(i);
            b.append(Character.isISOControl(c) ? '?' : c);
        }
        if (sent.length() > SAMPLE) {
            b.append("… (").append(sent.length()).append(" chars)");
        }
        return b.toString();
    }
}
