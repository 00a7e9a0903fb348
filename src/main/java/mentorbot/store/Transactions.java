package mentorbot.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * {@code BEGIN IMMEDIATE … COMMIT} as plain SQL on a connection left in auto-commit mode, so a
 * failed transaction leaves nothing open behind it, and a failed rollback never hides why the
 * transaction failed.
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

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
