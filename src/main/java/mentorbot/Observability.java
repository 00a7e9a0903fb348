package mentorbot;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.servlet.http.HttpServlet;
import mentorbot.mentor.ObservedHandler;
import mentorbot.mentor.RequestHandler;
import mentorbot.mentoring.MentoringFeature;
import mentorbot.metrics.CacheMeters;
import mentorbot.metrics.JvmMeters;
import mentorbot.metrics.MetricsServlet;
import mentorbot.metrics.QueueMeters;
import mentorbot.metrics.RequestMeters;
import mentorbot.metrics.StoreErrorMeters;
import mentorbot.metrics.TipMeters;
import mentorbot.store.StoreErrors;
import mentorbot.tips.TipEvents;

/**
 * The metrics of one running application, wired in two steps because the features come first: their
 * listeners (store errors, tips) exist from the start, the core's meters once the core is built. One
 * registry, given to every meter; served at {@code /metrics}.
 */
final class Observability implements AutoCloseable {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmMeters jvm = new JvmMeters();
    private final StoreErrors storeErrors = new StoreErrorMeters(registry);
    private final TipEvents tipEvents = new TipMeters(registry);
    private RequestHandler handler;

    Observability() {
        jvm.bindTo(registry);
    }

    StoreErrors storeErrors() {
        return storeErrors;
    }

    TipEvents tipEvents() {
        return tipEvents;
    }

    /** Counts the core's requests, its answer cache and the mentor queue from now on. */
    void observe(Core core, MentoringFeature mentoring) {
        handler = new ObservedHandler(core.handler(), new RequestMeters(registry, core.commands()));
        new CacheMeters("answers", core.cache()).bindTo(registry);
        new QueueMeters(mentoring::openRequests).bindTo(registry);
    }

    /** The core's handler, counted; set by {@link #observe}. */
    RequestHandler handler() {
        return handler;
    }

    HttpServlet servlet() {
        return new MetricsServlet(registry);
    }

    @Override
    public void close() {
        jvm.close();
        registry.close();
    }
}
