package mentorbot.platform;

import jakarta.servlet.http.HttpServlet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the bot's HTTP server serves operators, whichever part starts it: {@code /healthz} (alive),
 * {@code /readyz} (ready to serve) and other paths by name ({@code /metrics}).
 *
 * @param servlets by path, served beside the probes
 */
public record Probes(Supplier<Health.Report> health, Supplier<Readiness.Report> readiness, Map<String, HttpServlet> servlets) {

    public Probes {
        servlets = Map.copyOf(servlets);
    }

    /** Only {@code /healthz} as {@code health} says, and a {@code /readyz} with nothing to wait for. */
    public static Probes of(Supplier<Health.Report> health) {
        return new Probes(health, new Readiness(List.of()), Map.of());
    }
}
