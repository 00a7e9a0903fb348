package mentorbot.mentor;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;

/**
 * A token bucket per user: a burst of requests at once, then a steady rate. Buckets of idle users
 * expire, so the map stays bounded however many users pass through.
 */
public final class RateLimiter {

    private final int burst;
    private final double tokensPerMilli;
    private final Clock clock;
    private final Cache<UserKey, Bucket> buckets;

    public RateLimiter(int burst, int perMinute, int maxUsers, Clock clock) {
        this.burst = burst;
        this.tokensPerMilli = perMinute / 60_000.0;
        this.clock = clock;
        long refillMillis = (long) Math.ceil(burst / tokensPerMilli);
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxUsers)
                .expireAfterAccess(Duration.ofMillis(Math.max(refillMillis, 1_000)))
                .build();
    }

    /** Empty when the request may go ahead; otherwise how long until it may. */
    public Duration acquire(UserKey user) {
        long now = clock.millis();
        Bucket bucket = buckets.get(user, k -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.at) * tokensPerMilli);
            bucket.at = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return Duration.ZERO;
            }
            return Duration.ofMillis((long) Math.ceil((1 - bucket.tokens) / tokensPerMilli));
        }
    }

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }
}
