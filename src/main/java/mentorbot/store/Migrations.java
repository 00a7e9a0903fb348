package mentorbot.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Versioned schema migrations: an ordered list of SQL scripts on the classpath and a
 * {@code schema_version} table recording which ran. Each script runs in its own transaction; a
 * second process migrating the same file at the same time waits for the first and then finds the
 * work done. A file at a version newer than this build's scripts is refused, not used. Add a script
 * by appending to {@link #SCRIPTS}; never edit one that has shipped.
 */
public final class Migrations {

    private static final Logger log = LoggerFactory.getLogger(Migrations.class);

    /** Scripts in order; version n is element n-1. */
    public static final List<String> SCRIPTS = List.of("V1__subscriptions_and_ledger.sql", "V2__mentoring.sql",
            "V3__pseudonymous_users.sql", "V4__learning_plans.sql", "V5__slack_installations.sql");

    private Migrations() {
    }

    public static int latest() {
        return SCRIPTS.size();
    }

    /**
     * Brings the database to {@link #latest()}. A database already there is only read, so it opens
     * while another process holds the write lock; one at a newer version is refused untouched.
     *
     * @throws StorageException of kind NEWER_SCHEMA when a newer build has migrated the file
     */
    public static void migrate(Connection c, Path file, long nowMillis) throws SQLException {
        int found = versionIfAny(c);
        if (found > latest()) {
            throw StorageException.of(StorageException.Kind.NEWER_SCHEMA, file, "open it",
                    "it is at schema version " + found + "; this build knows versions up to " + latest());
        }
        if (found == latest()) {
            return;
        }
        Transactions.immediate(c, () -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("CREATE TABLE IF NOT EXISTS schema_version ("
                        + "version INTEGER NOT NULL PRIMARY KEY, description VARCHAR(200) NOT NULL, applied_at BIGINT NOT NULL)");
            }
            return null;
        });
        for (int version = 1; version <= SCRIPTS.size(); version++) {
            int v = version;
            String name = SCRIPTS.get(version - 1);
            // Each script in its own transaction; the version is read again inside it, since another
            // process may have migrated the file meanwhile.
            boolean ran = Transactions.immediate(c, () -> {
                if (current(c) >= v) {
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
                log.info("Database migrated to version {} ({})", version, name);
            }
        }
    }

    /** The version recorded in the file, 0 when it has no {@code schema_version} table yet (a new file). */
    private static int versionIfAny(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")) {
            if (!r.next()) {
                return 0;
            }
        }
        return current(c);
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
