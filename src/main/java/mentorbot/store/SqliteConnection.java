package mentorbot.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * One connection to the bot's SQLite file, used under this object's lock, with every failure turned
 * into a {@link StorageException} that names the file and what was being done. Each feature's store
 * holds one and writes its own SQL through {@link #write} and {@link #read}.
 */
public final class SqliteConnection implements Database {

    private final Path file;
    private final Connection connection;
    private final Duration busyTimeout;
    private final StoreErrors errors;

    private SqliteConnection(Path file, Connection connection, Duration busyTimeout, StoreErrors errors) {
        this.file = file;
        this.connection = connection;
        this.busyTimeout = busyTimeout;
        this.errors = errors;
    }

    /**
     * Opens (creating and migrating if needed) the file.
     *
     * @param fullSync    fsync on every commit (a claim survives power loss), not only on checkpoints
     * @param busyTimeout how long a statement waits for another process's lock before failing as LOCKED
     */
    public static SqliteConnection open(Path file, boolean fullSync, Duration busyTimeout) {
        return open(file, fullSync, busyTimeout, e -> { });
    }

    /** As above, telling {@code errors} of every operation on the open connection that fails. */
    public static SqliteConnection open(Path file, boolean fullSync, Duration busyTimeout, StoreErrors errors) {
        return new SqliteConnection(file, SqliteFiles.open(file, fullSync, busyTimeout), busyTimeout, errors);
    }

    public Path file() {
        return file;
    }

    @Override
    public Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Override
    public String describe() {
        return file.toString();
    }

    /**
     * One write transaction, begun IMMEDIATE so that waiting for another process's write lock
     * happens here, before any work. Plain SQL rather than JDBC's auto-commit switch: sqlite-jdbc
     * begins the next transaction inside {@code commit()} and {@code rollback()}, which fails again
     * on a busy or full database.
     */
    @Override
    public synchronized <T> T write(String what, Work<T> work) {
        try {
            return Transactions.immediate(connection, () -> work.run(connection));
        } catch (SQLException e) {
            throw fail(what, e);
        }
    }

    @Override
    public synchronized <T> T read(String what, Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw fail(what, e);
        }
    }

    /** Runs one PRAGMA on this connection (tests meet real SQLite faults with it: max_page_count, query_only). */
    public void pragma(String pragma) {
        read("set PRAGMA " + pragma, c -> {
            try (Statement s = c.createStatement()) {
                return s.execute("PRAGMA " + pragma);
            }
        });
    }

    private StorageException fail(String what, SQLException e) {
        StorageException failure = StorageException.classify(file, what, e, busyTimeout);
        errors.failed(failure);
        return failure;
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw fail("close", e);
        }
    }
}
