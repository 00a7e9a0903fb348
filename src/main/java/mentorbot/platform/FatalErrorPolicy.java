package mentorbot.platform;

import java.util.Objects;
import java.util.function.IntConsumer;
import mentorbot.config.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a platform failing for good does to the process ({@code platform.onFatal}): exit with a
 * non-zero code, so a supervisor restarts or alerts, or run on with {@code /healthz} at 503 (the
 * other platforms keep answering). The exit goes through the hook the application gives, never
 * straight to {@code System.exit}: the caller closes everything in order first.
 */
public final class FatalErrorPolicy implements FatalErrorListener {
    private static final Logger log = LoggerFactory.getLogger(FatalErrorPolicy.class);

    private final Settings.OnFatal mode;
    private final int exitCode;
    private final IntConsumer exit;

    /** @param exit asked to end the process with {@code exitCode}; must return at once (called on a platform's thread) */
    public FatalErrorPolicy(Settings.OnFatal mode, int exitCode, IntConsumer exit) {
        this.mode = Objects.requireNonNull(mode, "mode");
        this.exitCode = exitCode;
        this.exit = Objects.requireNonNull(exit, "exit");
    }

    @Override
    public void failed(String platform, String reason) {
        // The reason is logged at ERROR by ConnectionState; this says what follows.
        if (mode == Settings.OnFatal.EXIT) {
            log.warn("Stopping with exit code {} because {} failed (platform.onFatal: exit)", exitCode, platform);
            exit.accept(exitCode);
        } else {
            log.warn("Running on without {}: /healthz answers 503 until the bot is restarted (platform.onFatal: unhealthy)",
                    platform);
        }
    }
}
