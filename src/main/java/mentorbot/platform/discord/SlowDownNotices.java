package mentorbot.platform.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether a refused mention may be told to slow down. Discord has no reply only its asker sees, so a notice in a
 * server channel is public: at most one per person and channel per window, however many mentions the limit refuses
 * in it. The one notice says when to ask again; the questions refused after it stay unanswered, as the first did.
 * A reaction on each refused message was the other way, and is not used: it needs Add Reactions, which nothing else
 * of the bot asks a server for, and it would fail without a word where that is not granted. Bounded: the oldest
 * people are forgotten first, and a forgotten one is told again at worst.
 */
final class SlowDownNotices {

    /** The rate limit is set per minute: one notice per person and channel per minute. */
    static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int PEOPLE = 10_000;

    private final Clock clock;
    private final Duration window;
    private final Cache<Key, Instant> told = Caffeine.newBuilder().maximumSize(PEOPLE).build();

    SlowDownNotices(Clock clock, Duration window) {
        this.clock = clock;
        this.window = window;
    }

    /** True, once per window, for {@code user} in {@code channel}: the notice may be posted now. */
    boolean mayTell(String user, String channel) {
        Instant now = clock.instant();
        AtomicBoolean tell = new AtomicBoolean();
        told.asMap().compute(new Key(user, channel), (k, last) -> {
            if (last == null || !now.isBefore(last.plus(window))) {
                tell.set(true);
                return now;
            }
            return last;
        });
        return tell.get();
    }

    private record Key(String user, String channel) {
    }
}
