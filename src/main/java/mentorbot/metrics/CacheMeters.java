package mentorbot.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import mentorbot.mentor.AnswerCache;

/**
 * The answer cache's Caffeine {@code recordStats} under the names Micrometer's Caffeine binder uses
 * ({@code cache.gets} by result, {@code cache.evictions}, {@code cache.size}), read from the stats the cache already
 * keeps: the core exposes its stats, not its Caffeine cache. The hit rate is {@code hit / (hit + miss)} of
 * {@code cache.gets}. Micrometer holds the cache weakly, as its own binder does: the core keeps it.
 */
public final class CacheMeters implements MeterBinder {

    private final String name;
    private final AnswerCache cache;

    public CacheMeters(String name, AnswerCache cache) {
        this.name = name;
        this.cache = cache;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("cache.gets", cache, c -> c.stats().hitCount()).tag("cache", name).tag("result", "hit")
                .description("Look-ups that found an answer").register(registry);
        FunctionCounter.builder("cache.gets", cache, c -> c.stats().missCount()).tag("cache", name).tag("result", "miss")
                .description("Look-ups that found none").register(registry);
        FunctionCounter.builder("cache.evictions", cache, c -> c.stats().evictionCount()).tag("cache", name)
                .description("Entries evicted (size or age)").register(registry);
        Gauge.builder("cache.size", cache, AnswerCache::size).tag("cache", name)
                .description("Entries in the cache, approximately").register(registry);
    }
}
