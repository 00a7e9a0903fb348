package mentorbot.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Write transactions as each database needs them. SQLite: {@code BEGIN IMMEDIATE … COMMIT} as plain SQL on a
 * connection left in auto-commit mode, so a failed transaction leaves nothing open behind it, and a failed
 * rollback never hides why the transaction failed. PostgreSQL: JDBC's own transaction at READ COMMITTED.
 */
public final class Transactions {

    public interface Body<T> {
        T run() throws SQLException;
    }

    private Transactions() {
    }

    public static <T> T immediate(Connection c, Body<T> body) throws SQLException {
        execute(c, "BEGIN IMMEDIATE");
        try {
            T result = body.run();
            execute(c, "COMMIT");
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                execute(c, "ROLLBACK");
            } catch (SQLException rollback) {
                // After SQLITE_FULL or SQLITE_BUSY SQLite has often rolled back already ("no transaction is active").
                e.addSuppressed(rollback);
            }
            throw e;
        }
    }

    /** A PostgreSQL transaction; the connection is back in auto-commit mode afterwards, whatever happened. */
    public static <T> T postgres(Connection c, Body<T> body) throws SQLException {
        c.setAutoCommit(false);
        try {
            T result = body.run();
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        } finally {
            try {
                c.setAutoCommit(true);
            } catch (SQLException broken) {
                // A dead connection: the pool finds it broken and replaces it.
            }
        }
    }

    /**
     * As {@link #postgres}, holding a transaction-scoped advisory lock first: every process taking the same
     * {@code key} runs these transactions one after another (migrations by two replicas starting together).
     */
    public static <T> T postgresLocked(Connection c, long key, Body<T> body) throws SQLException {
        return postgres(c, () -> {
            try (java.sql.PreparedStatement p = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                p.setLong(1, key);
                p.execute();
            }
            return body.run();
        });
    }

    /** In the database's own kind of write transaction; on PostgreSQL under the advisory lock {@code key}. */
    static <T> T write(Dialect dialect, Connection c, long key, Body<T> body) throws SQLException {
        return dialect == Dialect.SQLITE ? immediate(c, body) : postgresLocked(c, key, body);
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
