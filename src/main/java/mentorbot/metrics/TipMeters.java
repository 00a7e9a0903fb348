package mentorbot.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import mentorbot.mentor.Platform;
import mentorbot.tips.TipEvents;

/** Daily tips posted, retried and failed, by platform. */
public final class TipMeters implements TipEvents {

    private final Counter[] posted;
    private final Counter[] retried;
    private final Counter[] failed;

    public TipMeters(MeterRegistry registry) {
        posted = counters(registry, "mentorbot.tips.posted", "Daily tips the platform accepted");
        retried = counters(registry, "mentorbot.tips.retried", "Daily tip attempts that failed and were scheduled again");
        failed = counters(registry, "mentorbot.tips.failed", "Daily tips given up for the day");
    }

    private static Counter[] counters(MeterRegistry registry, String name, String description) {
        Counter[] out = new Counter[Platform.values().length];
        for (Platform p : Platform.values()) {
            out[p.ordinal()] = Counter.builder(name).description(description)
                    .tag("platform", p.name().toLowerCase(Locale.ROOT)).register(registry);
        }
        return out;
    }

    @Override
    public void posted(Platform platform) {
        posted[platform.ordinal()].increment();
    }

    @Override
    public void retried(Platform platform) {
        retried[platform.ordinal()].increment();
    }

    @Override
    public void failed(Platform platform) {
        failed[platform.ordinal()].increment();
    }
}
