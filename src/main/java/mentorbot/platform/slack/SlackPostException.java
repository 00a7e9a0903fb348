package mentorbot.platform.slack;

import java.time.Duration;
import java.util.Optional;

/**
 * Slack did not take a message: {@link #error()} is Slack's error code ("not_in_channel",
 * "ratelimited", or "io" when Slack could not be reached). {@link #retryAfter()} is set when Slack
 * rate-limited the call; {@link #permanent()} is true when retrying the same post cannot help.
 */
public final class SlackPostException extends RuntimeException {
    private final String error;
    private final Duration retryAfter;
    private final boolean permanent;

    SlackPostException(String message, String error, Duration retryAfter, boolean permanent, Throwable cause) {
        super(message, cause);
        this.error = error;
        this.retryAfter = retryAfter;
        this.permanent = permanent;
    }

    public String error() {
        return error;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public boolean permanent() {
        return permanent;
    }
}
