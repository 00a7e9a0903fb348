package mentorbot.tips;

import java.time.Duration;

/**
 * How fast tips go out on one platform.
 *
 * @param perChannel     least time between two posts to one channel (retries included)
 * @param perTeam        least time between two posts in one workspace / guild
 * @param perPlatform    least time between two posts on the whole platform (bot-wide budget); zero for none
 */
public record TipPace(Duration perChannel, Duration perTeam, Duration perPlatform) {

    /** Slack: 1 message/second per channel; about 5 per second in one workspace. */
    public static final TipPace SLACK = new TipPace(Duration.ofSeconds(1), Duration.ofMillis(200), Duration.ZERO);
    /** Discord: 1 message/second per channel, 5 per second per guild, 40 per second bot-wide (the global limit is 50). */
    public static final TipPace DISCORD = new TipPace(Duration.ofSeconds(1), Duration.ofMillis(200), Duration.ofMillis(25));
    /** The console: no limit. */
    public static final TipPace NONE = new TipPace(Duration.ZERO, Duration.ZERO, Duration.ZERO);

    public TipPace {
        if (perChannel.isNegative() || perTeam.isNegative() || perPlatform.isNegative()) {
            throw new IllegalArgumentException("pace intervals must not be negative");
        }
    }
}
