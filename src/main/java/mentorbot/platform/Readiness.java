package mentorbot.platform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What {@code /readyz} answers: whether the bot can serve a request now. Unlike {@link Health} (is it alive,
 * should it be restarted) this is for a load balancer or a rolling restart: route to this process only once
 * every check passes. Each check is asked on every request, so each must be cheap.
 */
public final class Readiness implements Supplier<Readiness.Report> {

    /** One check's state: a label for {@code /readyz} ("loaded", "reachable", "connecting"…). */
    public record State(boolean ready, String label) {
        public State {
            Objects.requireNonNull(label, "label");
        }
    }

    /** A named check, asked on every {@code /readyz}; it must not throw (an unreachable store is a state). */
    public record Check(String name, Supplier<State> state) {
        public Check {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(state, "state");
        }
    }

    /** @param checks each check's label by name, in order */
    public record Report(boolean ready, Map<String, String> checks, List<String> notReady) {
        public Report {
            checks = Collections.unmodifiableMap(new LinkedHashMap<>(checks));
            notReady = List.copyOf(notReady);
        }
    }

    private final List<Check> checks;

    public Readiness(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    /** A platform's connection as a check: ready once connected. */
    public static Check connected(PlatformHealth platform) {
        return new Check(platform.name(), () -> {
            PlatformHealth.State s = platform.status().state();
            return new State(s == PlatformHealth.State.CONNECTED, s.label());
        });
    }

    @Override
    public Report get() {
        Map<String, String> states = new LinkedHashMap<>();
        List<String> notReady = new java.util.ArrayList<>();
        for (Check check : checks) {
            State s = check.state().get();
            states.put(check.name(), s.label());
            if (!s.ready()) {
                notReady.add(check.name());
            }
        }
        return new Report(notReady.isEmpty(), states, notReady);
    }
}
