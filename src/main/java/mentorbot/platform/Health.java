package mentorbot.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What {@code /healthz} answers: every platform's state, and whether the bot is healthy. It is not
 * when a platform failed for good, nor when one has been connecting or reconnecting for longer
 * than the grace period (a stuck reconnect); a short drop that its client recovers from is no alarm.
 */
public final class Health implements Supplier<Health.Report> {

    /** @param platforms state label by platform name, in the order configured */
    public record Report(boolean healthy, Map<String, String> platforms) {
        public Report {
            platforms = Collections.unmodifiableMap(new LinkedHashMap<>(platforms));
        }
    }

    private final List<PlatformHealth> platforms;
    private final Duration grace;
    private final Clock clock;

    /** @param grace how long a platform may be (re)connecting before the bot counts as unhealthy */
    public Health(List<PlatformHealth> platforms, Duration grace, Clock clock) {
        this.platforms = List.copyOf(platforms);
        this.grace = Objects.requireNonNull(grace, "grace");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** No platform to report on: always healthy (the console, a health-only server in tests). */
    public static Supplier<Report> none() {
        return () -> new Report(true, Map.of());
    }

    @Override
    public Report get() {
        Map<String, String> states = new LinkedHashMap<>();
        boolean healthy = true;
        for (PlatformHealth p : platforms) {
            PlatformHealth.Status s = p.status();
            states.put(p.name(), s.state().label());
            healthy &= switch (s.state()) {
                case CONNECTED, STANDBY -> true;
                case FAILED -> false;
                case CONNECTING, RECONNECTING -> Duration.between(s.since(), clock.instant()).compareTo(grace) < 0;
            };
        }
        return new Report(healthy, states);
    }
}
