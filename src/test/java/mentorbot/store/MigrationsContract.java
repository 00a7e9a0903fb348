package mentorbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The one migration runner on each database: every script once, also when several processes start together. */
abstract class MigrationsContract {

    private TestBackend backend;

    abstract TestBackend backend();

    @BeforeEach
    void create() {
        backend = backend();
    }

    private static List<Integer> versions(Database db) {
        return db.read("read versions", c -> {
            List<Integer> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT version FROM schema_version ORDER BY version")) {
                while (r.next()) {
                    out.add(r.getInt(1));
                }
            }
            return out;
        });
    }

    @Test
    void fourProcessesStartingTogetherMigrateOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Database> opened = new ArrayList<>();
        try {
            List<Callable<Database>> starts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                starts.add(backend::open);
            }
            for (Future<Database> f : pool.invokeAll(starts, 60, TimeUnit.SECONDS)) {
                opened.add(f.get());
            }
            assertEquals(Migrations.versions(), versions(opened.get(0)));
            assertEquals(backend.dialect(), opened.get(0).dialect());
        } finally {
            opened.forEach(Database::close);
            pool.shutdownNow();
        }
    }

    @Test
    void aDatabaseMigratedByANewerBuildIsRefusedUntouched() {
        try (Database db = backend.open()) {
            db.write("pretend a newer build", c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("INSERT INTO schema_version (version, description, applied_at) VALUES ("
                            + (Migrations.latest() + 1) + ", 'V99__from_the_future.sql', 0)");
                }
            });
        }
        StorageException e = assertThrows(StorageException.class, backend::open);
        assertEquals(StorageException.Kind.NEWER_SCHEMA, e.kind());
        assertTrue(e.getMessage().contains("this build knows versions up to " + Migrations.latest()), e.getMessage());
        String where = backend.dialect() == Dialect.SQLITE ? "point MENTORBOT_DATA_DIR" : "point MENTORBOT_DATABASE_URL";
        assertTrue(e.getMessage().endsWith(where + " at another " + (backend.dialect() == Dialect.SQLITE ? "directory" : "database")),
                e.getMessage());
    }
}
