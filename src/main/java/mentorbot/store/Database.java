package mentorbot.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Where a feature's store reads and writes: the SQLite file ({@link SqliteConnection}) or a shared PostgreSQL
 * ({@link PostgresDatabase}). The stores write standard SQL that both run; every failure comes back as a
 * {@link StorageException} naming the database and what was being done.
 */
public interface Database extends AutoCloseable {

    /** Work on a connection. */
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * One write transaction. On SQLite it holds the file's write lock from its start; on PostgreSQL it runs at
     * READ COMMITTED, so exactly-once steps must be a unique key or a conditional {@code UPDATE} whose row count
     * says who won (a later statement in the same transaction sees rows other transactions committed meanwhile).
     */
    <T> T write(String what, Work<T> work);

    /** Reads outside a transaction (each statement sees what was committed when it started). */
    <T> T read(String what, Work<T> work);

    /** A query that reads nothing: throws when the database cannot be reached now (readiness). */
    default void ping() {
        read("check the database answers", c -> {
            try (Statement s = c.createStatement()) {
                return s.execute("SELECT 1");
            }
        });
    }

    Dialect dialect();

    /** The file, or the URL without any password: safe to log. */
    String describe();

    @Override
    void close();
}
