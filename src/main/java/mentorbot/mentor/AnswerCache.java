package mentorbot.mentor;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.time.Duration;
import java.util.function.Supplier;

/** Answers cached per (user, command, normalised arguments); bounded, expiring, emptied on reload. */
public final class AnswerCache {

    /** One user's one request, normalised. */
    public record Key(UserKey user, String command, String args) {
    }

    private final Cache<Key, Answer> cache;

    public AnswerCache(int maxEntries, Duration ttl, Ticker ticker) {
        this.cache = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfterWrite(ttl)
                .ticker(ticker)
                .recordStats()
                .build();
    }

    /** The cached answer, or a computed one that is stored when it does not depend on earlier context. */
    public Answer get(Key key, Supplier<Answer> compute) {
        Answer hit = cache.getIfPresent(key);
        if (hit != null) {
            return hit;
        }
        Answer fresh = compute.get();
        if (!fresh.usedContext()) {
            cache.put(key, fresh);
        }
        return fresh;
    }

    public void clear() {
        cache.invalidateAll();
    }

    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    public CacheStats stats() {
        return cache.stats();
    }
}
