package mentorbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The two databases the bot speaks, and the few things that differ between them. */
public enum Dialect {
    SQLITE("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"),
    POSTGRESQL("SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?");

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
