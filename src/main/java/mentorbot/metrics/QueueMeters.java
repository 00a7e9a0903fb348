package mentorbot.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The mentor queue's depth: requests waiting for a mentor, counted by the store when scraped (an indexed count). */
public final class QueueMeters implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(QueueMeters.class);

    private final LongSupplier openRequests;

    public QueueMeters(LongSupplier openRequests) {
        this.openRequests = openRequests;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("mentorbot.mentor.queue.depth", this, QueueMeters::depth)
                .description("Mentor requests waiting for a mentor (NaN while the store cannot be read)")
                .strongReference(true) // nothing else keeps this binder
                .register(registry);
    }

    private double depth() {
        try {
            return openRequests.getAsLong();
        } catch (RuntimeException e) {
            // The store's own error meter and log say why; a scrape must still succeed.
            log.debug("Mentor queue depth unavailable: {}", e.getMessage());
            return Double.NaN;
        }
    }
}
