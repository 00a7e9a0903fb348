package mentorbot.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import mentorbot.store.SqliteConnection;
import mentorbot.store.StorageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreErrorMetersTest {

    @TempDir
    Path dir;

    @Test
    void aFailedStoreOperationIsCountedByItsKindAndStillThrown() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (SqliteConnection db = SqliteConnection.open(dir.resolve("tips.db"), false, Duration.ofSeconds(1),
                new StoreErrorMeters(registry))) {
            db.ping();
            db.pragma("query_only = 1");
            StorageException e = assertThrows(StorageException.class, () -> db.write("write while read-only", c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("CREATE TABLE t (x INTEGER)");
                }
            }));
            assertEquals(1, registry.get("mentorbot.store.errors").tag("kind", e.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .counter().count());
            assertEquals(1, registry.get("mentorbot.store.errors").counters().stream().mapToDouble(c -> c.count()).sum(),
                    "one failure, counted once");
        }
    }
}
