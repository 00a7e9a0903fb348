package mentorbot.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Versioned schema migrations: an ordered list of SQL scripts on the classpath and a
 * {@code schema_version} table recording which ran. The same scripts serve SQLite and PostgreSQL. Each script
 * runs in its own transaction: on SQLite begun IMMEDIATE (the file's write lock), on PostgreSQL holding the
 * advisory lock {@link #LOCK_KEY}; so a second process migrating the same database at the same time waits for
 * the first and then finds the work done. A database at a version newer than this build's scripts is refused,
 * not used. Add a script by appending to {@link #SCRIPTS}; never edit one that has shipped.
 */
public final class Migrations {

    private static final Logger log = LoggerFactory.getLogger(Migrations.class);

    /**
     * Scripts in order, each named {@code V<version>__<what>.sql}. Versions are fixed when a script is written (V5
     * belongs to the Slack installations, V6 to event de-duplication) and each is applied once by its own number, so
     * a database that got V6 before V5 existed still gets V5 from a build that has it.
     */
    public static final List<String> SCRIPTS = List.of("V1__subscriptions_and_ledger.sql", "V2__mentoring.sql",
            "V3__pseudonymous_users.sql", "V4__learning_plans.sql", "V5__slack_installations.sql",
            "V6__slack_seen_events.sql");

    /** The PostgreSQL advisory lock held while migrating ("mentorbt" in ASCII): one migrator at a time. */
    static final long LOCK_KEY = 0x6d656e746f726274L;

    private Migrations() {
    }

    /** The newest version this build knows. */
    public static int latest() {
        return version(SCRIPTS.get(SCRIPTS.size() - 1));
    }

    /** Every version this build knows, in order. */
    public static List<Integer> versions() {
        return SCRIPTS.stream().map(Migrations::version).toList();
    }

    static int version(String script) {
        return Integer.parseInt(script.substring(1, script.indexOf("__")));
    }

    /**
     * Brings the database to {@link #latest()}. A database already there is only read, so it opens
     * while another process holds the write lock; one at a newer version is refused untouched.
     *
     * @param source the database as {@link Database#describe()} names it, for messages
     * @throws StorageException of kind NEWER_SCHEMA when a newer build has migrated the database
     */
    public static void migrate(Connection c, Dialect dialect, String source, long nowMillis) throws SQLException {
        boolean exists = dialect.tableExists(c, "schema_version");
        int found = exists ? current(c) : 0;
        if (found > latest()) {
            throw StorageException.of(StorageException.Kind.NEWER_SCHEMA, source, "open it",
                    "it is at schema version " + found + "; this build knows versions up to " + latest());
        }
        if (exists && applied(c).containsAll(versions())) {
            return;
        }
        Transactions.write(dialect, c, LOCK_KEY, () -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("CREATE TABLE IF NOT EXISTS schema_version ("
                        + "version INTEGER NOT NULL PRIMARY KEY, description VARCHAR(200) NOT NULL, applied_at BIGINT NOT NULL)");
            }
            return null;
        });
        for (String name : SCRIPTS) {
            int v = version(name);
            // Each script in its own transaction; what was applied is read again inside it, since another
            // process may have migrated the database meanwhile.
            boolean ran = Transactions.write(dialect, c, LOCK_KEY, () -> {
                if (applied(c).contains(v)) {
                    return false;
                }
                try (Statement s = c.createStatement()) {
                    for (String sql : statements(read(name))) {
                        s.executeUpdate(sql);
                    }
                }
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
                    p.setInt(1, v);
                    p.setString(2, name);
                    p.setLong(3, nowMillis);
                    p.executeUpdate();
                }
                return true;
            });
            if (ran) {
                log.info("Database migrated to version {} ({})", v, name);
            }
        }
    }

    private static Set<Integer> applied(Connection c) throws SQLException {
        Set<Integer> out = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT version FROM schema_version")) {
            while (r.next()) {
                out.add(r.getInt(1));
            }
        }
        return out;
    }

    public static int current(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            r.next();
            return r.getInt(1);
        }
    }

    private static String read(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("/mentorbot/store/db/" + name)) {
            if (in == null) {
                throw new IllegalStateException("migration script missing from the jar: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }

    /** Splits a script at semicolons ending a line; drops comment-only lines. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                out.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
