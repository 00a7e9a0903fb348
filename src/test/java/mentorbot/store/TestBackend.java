package mentorbot.store;

import java.nio.file.Path;
import java.time.Duration;
import mentorbot.config.Settings;

/** One empty database for a contract test; {@link #open} gives each store (or each "process") its own handle. */
public interface TestBackend {

    Database open();

    Dialect dialect();

    /** A fresh SQLite file in {@code dir}. */
    static TestBackend sqlite(Path dir) {
        Path file = dir.resolve(SqliteFiles.FILE_NAME);
        return new TestBackend() {
            @Override
            public Database open() {
                return SqliteConnection.open(file, false, Duration.ofSeconds(5));
            }

            @Override
            public Dialect dialect() {
                return Dialect.SQLITE;
            }
        };
    }

    /** A fresh database on the test JVM's embedded PostgreSQL; each open is a pool of its own, as another process has. */
    static TestBackend postgres() {
        Settings.Database db = TestPostgres.freshDatabase();
        return new TestBackend() {
            @Override
            public Database open() {
                return PostgresDatabase.open(db, Duration.ofSeconds(5));
            }

            @Override
            public Dialect dialect() {
                return Dialect.POSTGRESQL;
            }
        };
    }
}
