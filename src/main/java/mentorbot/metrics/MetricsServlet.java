package mentorbot.metrics;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code GET /metrics}: every meter in Prometheus's text format. */
public final class MetricsServlet extends HttpServlet {

    /** Prometheus's text format, version 0.0.4 (what the registry writes for it). */
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final transient PrometheusMeterRegistry registry;

    public MetricsServlet(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setStatus(200);
        resp.setHeader("Cache-Control", "no-store");
        resp.setContentType(CONTENT_TYPE);
        registry.scrape(resp.getOutputStream(), CONTENT_TYPE);
    }
}
