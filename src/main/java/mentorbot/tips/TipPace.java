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

    /** No limit (the console). Each platform's tip poster gives its own. */
    public static final TipPace NONE = new TipPace(Duration.ZERO, Duration.ZERO, Duration.ZERO);

    public TipPace {
        if (perChannel.isNegative() || perTeam.isNegative() || perPlatform.isNegative()) {
            throw new IllegalArgumentException("pace intervals must not be negative");
        }
    }
}
