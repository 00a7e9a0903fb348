package mentorbot.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mentorbot.mentor.CommandSpec;
import mentorbot.mentor.Platform;
import mentorbot.mentor.RequestObserver;

/**
 * Requests, answers, declines and answer latency by platform and command. The command tag is one of the
 * registered commands, {@code text} for a message in words or {@code other} for a name nobody registered
 * (typed input must not grow the series). The meters of a (platform, command) pair are made on its first
 * request and kept in an array: a request costs two look-ups and the meters' own updates, no allocation.
 */
public final class RequestMeters implements RequestObserver {

    /** The answer latency histogram's buckets: a cached answer takes microseconds, a question tens of milliseconds. */
    static final Duration[] LATENCY_BUCKETS = {Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(10),
            Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5)};

    static final String TEXT = "text";
    static final String OTHER = "other";

    private final MeterRegistry registry;
    private final Map<String, Integer> index = new HashMap<>();
    private final String[] labels;
    private final Meters[][] meters;

    /** @param commands the registered commands: the only names a command tag takes */
    public RequestMeters(MeterRegistry registry, List<CommandSpec> commands) {
        this.registry = registry;
        labels = new String[commands.size() + 2];
        labels[0] = TEXT;
        for (int i = 0; i < commands.size(); i++) {
            labels[i + 1] = commands.get(i).name();
            index.put(commands.get(i).name(), i + 1);
        }
        labels[labels.length - 1] = OTHER;
        meters = new Meters[Platform.values().length][labels.length];
    }

    @Override
    public void handled(Platform platform, String command, Outcome outcome, long nanos) {
        Integer i = command.isEmpty() ? Integer.valueOf(0) : index.get(command);
        meters(platform, i == null ? labels.length - 1 : i).record(outcome, nanos);
    }

    private Meters meters(Platform platform, int command) {
        Meters[] row = meters[platform.ordinal()];
        Meters m = row[command];
        if (m == null) {
            synchronized (row) {
                m = row[command];
                if (m == null) {
                    m = new Meters(registry, Tags.of("platform", platform.name().toLowerCase(Locale.ROOT),
                            "command", labels[command]));
                    row[command] = m;
                }
            }
        }
        return m;
    }

    /** One (platform, command) pair's meters. */
    private static final class Meters {
        private final Counter requests;
        private final Counter answers;
        private final Counter outOfField;
        private final Counter notKnown;
        private final Counter slowDown;
        private final Counter empty;
        private final Counter errors;
        private final Timer latency;

        Meters(MeterRegistry registry, Tags tags) {
            requests = Counter.builder("mentorbot.requests").description("Requests the core handled").tags(tags)
                    .register(registry);
            answers = Counter.builder("mentorbot.answers").description("Requests answered from the knowledge").tags(tags)
                    .register(registry);
            outOfField = decline(registry, tags, "out_of_field");
            notKnown = decline(registry, tags, "not_known");
            slowDown = unanswered(registry, tags, "slow_down");
            empty = unanswered(registry, tags, "empty");
            errors = unanswered(registry, tags, "error");
            latency = Timer.builder("mentorbot.answer.latency")
                    .description("Time the core took to answer or decline a request")
                    .tags(tags)
                    .serviceLevelObjectives(LATENCY_BUCKETS)
                    .register(registry);
        }

        private static Counter decline(MeterRegistry registry, Tags tags, String reason) {
            return Counter.builder("mentorbot.declines")
                    .description("Requests declined: out_of_field (a question outside the guides), not_known (a command's argument or an unknown command)")
                    .tags(tags).tag("reason", reason).register(registry);
        }

        private static Counter unanswered(MeterRegistry registry, Tags tags, String reason) {
            return Counter.builder("mentorbot.unanswered")
                    .description("Requests neither answered nor declined: slow_down (rate limit), empty, error")
                    .tags(tags).tag("reason", reason).register(registry);
        }

        void record(Outcome outcome, long nanos) {
            requests.increment();
            switch (outcome) {
                case ANSWERED -> answers.increment();
                case OUT_OF_FIELD -> outOfField.increment();
                case NOT_KNOWN -> notKnown.increment();
                case SLOW_DOWN -> slowDown.increment();
                case EMPTY -> empty.increment();
                case ERROR -> errors.increment();
            }
            if (outcome == Outcome.ANSWERED || outcome == Outcome.OUT_OF_FIELD || outcome == Outcome.NOT_KNOWN) {
                latency.record(nanos, TimeUnit.NANOSECONDS);
            }
        }
    }
}
