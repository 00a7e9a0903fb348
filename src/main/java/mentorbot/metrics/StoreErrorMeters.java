package mentorbot.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import mentorbot.store.StorageException;
import mentorbot.store.StoreErrors;

/** Store operations that failed, by kind (locked, full, read-only…): the kinds are a closed list. */
public final class StoreErrorMeters implements StoreErrors {

    private final Counter[] byKind;

    public StoreErrorMeters(MeterRegistry registry) {
        StorageException.Kind[] kinds = StorageException.Kind.values();
        byKind = new Counter[kinds.length];
        for (StorageException.Kind kind : kinds) {
            byKind[kind.ordinal()] = Counter.builder("mentorbot.store.errors")
                    .description("Store operations that failed, by kind")
                    .tag("kind", kind.name().toLowerCase(Locale.ROOT))
                    .register(registry);
        }
    }

    @Override
    public void failed(StorageException e) {
        byKind[e.kind().ordinal()].increment();
    }
}
