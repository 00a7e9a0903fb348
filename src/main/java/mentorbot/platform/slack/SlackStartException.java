package mentorbot.platform.slack;

/** Slack could not be started: missing or rejected token, unreachable API, port in use. The message says which. */
public final class SlackStartException extends RuntimeException {
    public SlackStartException(String message) {
        super(message);
    }

    public SlackStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
