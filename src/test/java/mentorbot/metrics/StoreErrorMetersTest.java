package mentorbot.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import mentorbot.store.PostgresDatabase;
import mentorbot.store.SqliteConnection;
import mentorbot.store.StorageException;
import mentorbot.store.TestPostgres;
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

    @Test
    void aPostgresFaultIsCountedByItsKindAndStillThrown() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (PostgresDatabase db = PostgresDatabase.open(TestPostgres.freshDatabase(), Duration.ofSeconds(5),
                new StoreErrorMeters(registry))) {
            db.ping();
            // What a read-only standby answers a write: SQLSTATE 25006.
            StorageException e = assertThrows(StorageException.class, () -> db.write("write on a standby", c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("SET TRANSACTION READ ONLY");
                    return s.executeUpdate("CREATE TABLE t (x INTEGER)");
                }
            }));
            assertEquals(StorageException.Kind.REFUSED, e.kind());
            assertEquals(1, registry.get("mentorbot.store.errors").tag("kind", "refused").counter().count());
            assertEquals(1, registry.get("mentorbot.store.errors").counters().stream().mapToDouble(c -> c.count()).sum(),
                    "one failure, counted once");
        }
    }
}
