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
    /** Bumped by every {@link #clear()}: an answer computed from the knowledge before it is not stored after it. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

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
        long before = generation.get();
        Answer fresh = compute.get();
        if (!fresh.usedContext()) {
            cache.put(key, fresh);
            if (generation.get() != before) {
                cache.invalidate(key); // the knowledge was reloaded meanwhile: this answer may be stale
            }
        }
        return fresh;
    }

    /** Whether an answer is stored for {@code key} (not counted as a hit or a miss). */
    public boolean contains(Key key) {
        return cache.asMap().containsKey(key);
    }

    /** Drops every answer cached for {@code user} (their questions are in the keys); returns how many. */
    public int forget(UserKey user) {
        int[] n = {0};
        cache.asMap().keySet().removeIf(k -> {
            boolean theirs = k.user().equals(user);
            n[0] += theirs ? 1 : 0;
            return theirs;
        });
        return n[0];
    }

    /** Empties the cache (a knowledge reload); answers being computed meanwhile are not kept. */
    public void clear() {
        generation.incrementAndGet();
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
