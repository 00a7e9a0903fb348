package mentorbot.platform;

/**
 * Told once when a platform fails for good (Discord closed the gateway with 4004, Slack answered
 * {@code invalid_auth}): the application decides whether the process exits or only turns unhealthy.
 * Called on the platform's own thread: it must return quickly.
 */
@FunctionalInterface
public interface FatalErrorListener {

    FatalErrorListener NONE = (platform, reason) -> { };

    void failed(String platform, String reason);
}
