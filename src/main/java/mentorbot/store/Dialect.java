package mentorbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The two databases the bot speaks, and the few things that differ between them. */
public enum Dialect {
    SQLITE("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"),
    // pg_tables lists every table; information_schema hides those the user may not read, which would look like a new database.
    POSTGRESQL("SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = ?");

    private final String tableQuery;

    Dialect(String tableQuery) {
        this.tableQuery = tableQuery;
    }

    public boolean tableExists(Connection c, String table) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(tableQuery)) {
            p.setString(1, table);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }
}
