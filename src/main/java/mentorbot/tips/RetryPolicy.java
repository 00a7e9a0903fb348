package mentorbot.tips;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Retries of one day's post: exponential backoff with jitter for 5xx and timeouts, the platform's
 * own wait for 429, and a limit on attempts.
 *
 * @param maxAttempts   requests per post at most (first one included)
 * @param baseBackoff   wait after the first transient failure; doubles after each
 * @param maxBackoff    longest backoff
 * @param maxRetryAfter longest 429 wait honoured; a longer one is waited for this long only, then counted
 */
public record RetryPolicy(int maxAttempts, Duration baseBackoff, Duration maxBackoff, Duration maxRetryAfter) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(6, Duration.ofSeconds(2), Duration.ofMinutes(2), Duration.ofMinutes(15));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** "Equal jitter": half the exponential delay fixed, half random, so retries of many channels spread out. */
    public Duration backoff(int failures, RandomGenerator random) {
        long base = baseBackoff.toMillis();
        long exp = failures >= 30 ? Long.MAX_VALUE : base << Math.max(0, failures - 1);
        long capped = Math.min(exp < 0 ? Long.MAX_VALUE : exp, maxBackoff.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + (half == 0 ? 0 : random.nextLong(half + 1)));
    }

    public Duration retryAfter(Duration requested) {
        Duration wait = requested.isNegative() ? Duration.ZERO : requested;
        return wait.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : wait;
    }
}
