package mentorbot;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.servlet.http.HttpServlet;
import mentorbot.mentor.ObservedHandler;
import mentorbot.mentor.Platform;
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
 * The metrics of the running bot: one Prometheus registry, given to every meter, served at {@code /metrics}.
 * The features are given their listeners when they are built; the meters exist only once the bot
 * {@linkplain #start starts running}, so a one-shot {@code ask}, which serves no metrics, does not pay for
 * loading Micrometer (some 250 classes) at start-up. Events before that are not counted.
 */
final class Observability implements AutoCloseable {

    private volatile Meters meters;

    /** Store failures, counted once started. */
    StoreErrors storeErrors() {
        return e -> {
            Meters m = meters;
            if (m != null) {
                m.storeErrors.failed(e);
            }
        };
    }

    /** Daily tips' outcomes, counted once started. */
    TipEvents tipEvents() {
        return new TipEvents() {
            @Override
            public void posted(Platform platform) {
                Meters m = meters;
                if (m != null) {
                    m.tips.posted(platform);
                }
            }

            @Override
            public void retried(Platform platform) {
                Meters m = meters;
                if (m != null) {
                    m.tips.retried(platform);
                }
            }

            @Override
            public void failed(Platform platform) {
                Meters m = meters;
                if (m != null) {
                    m.tips.failed(platform);
                }
            }
        };
    }

    /** Makes every meter: from now on requests, the answer cache, the mentor queue, tips and the store are counted. */
    synchronized void start(Core core, MentoringFeature mentoring) {
        if (meters == null) {
            meters = new Meters(core, mentoring);
        }
    }

    /** {@code core}'s handler, counted once started. */
    RequestHandler handler(RequestHandler core) {
        Meters m = meters;
        return m == null ? core : m.handler;
    }

    /** {@code /metrics}; only after {@link #start}. */
    HttpServlet servlet() {
        return new MetricsServlet(meters.registry);
    }

    @Override
    public synchronized void close() {
        if (meters != null) {
            meters.jvm.close();
            meters.registry.close();
        }
    }

    private static final class Meters {
        final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        final JvmMeters jvm = new JvmMeters();
        final StoreErrors storeErrors = new StoreErrorMeters(registry);
        final TipEvents tips = new TipMeters(registry);
        final RequestHandler handler;

        Meters(Core core, MentoringFeature mentoring) {
            jvm.bindTo(registry);
            handler = new ObservedHandler(core.handler(), new RequestMeters(registry, core.commands()));
            new CacheMeters("answers", core.cache()).bindTo(registry);
            new QueueMeters(mentoring::openRequests).bindTo(registry);
        }
    }
}
