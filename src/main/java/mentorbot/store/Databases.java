package mentorbot.store;

import java.time.Duration;
import mentorbot.config.Settings;

/**
 * Where the bot's state lives, chosen once from the settings: with {@code MENTORBOT_DATABASE_URL} a shared
 * PostgreSQL (one pool for every store of the process), without it the SQLite file {@code <dataDir>/tips.db}
 * (one connection per store, as a single process has always used it).
 */
public final class Databases {

    private final Settings settings;
    private final StoreErrors errors;
    private PostgresDatabase postgres;

    private Databases(Settings settings, StoreErrors errors) {
        this.settings = settings;
        this.errors = errors;
    }

    public static Databases of(Settings settings) {
        return of(settings, e -> { });
    }

    /** As above, every handle telling {@code errors} of each operation that fails (the metrics count them). */
    public static Databases of(Settings settings, StoreErrors errors) {
        return new Databases(settings, errors);
    }

    /** Whether several processes may share this database (PostgreSQL), rather than one process owning a file. */
    public boolean shared() {
        return settings.database().enabled();
    }

    /**
     * A database handle for one store, opened (created and migrated if needed) now; closing it releases it.
     *
     * @throws StorageException when the database cannot be used
     */
    public synchronized Database open() {
        Duration timeout = settings.tips().busyTimeout();
        if (!shared()) {
            return SqliteConnection.open(settings.dataPath().resolve(SqliteFiles.FILE_NAME), true, timeout, errors);
        }
        if (postgres == null || postgres.isClosed()) {
            postgres = PostgresDatabase.open(settings.database(), timeout.isZero() ? Duration.ofSeconds(1) : timeout, errors);
            return postgres;
        }
        return postgres.retain();
    }
}
