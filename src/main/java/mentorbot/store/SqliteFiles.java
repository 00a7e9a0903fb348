package mentorbot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.sqlite.SQLiteConfig;

/**
 * Opens the bot's one SQLite file ({@code <dataDir>/tips.db}) the way every feature's store does:
 * the data directory created if needed, WAL mode, a busy timeout, foreign keys, and the schema
 * migrated to this build's {@link Migrations#latest()} (one schema version for the whole file).
 */
public final class SqliteFiles {

    /** The database file's name inside the data directory (named when it held only daily tips). */
    public static final String FILE_NAME = "tips.db";

    private SqliteFiles() {
    }

    /**
     * A migrated connection to {@code file}.
     *
     * @param fullSync fsync on every commit (survives power loss), or WAL's default (survives a process crash)
     * @throws StorageException when the file cannot be used; it is never written to then
     */
    public static Connection open(Path file, boolean fullSync, Duration busyTimeout) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw StorageException.classify(file, "create the data directory", e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(fullSync ? SQLiteConfig.SynchronousMode.FULL : SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout((int) busyTimeout.toMillis());
        config.enforceForeignKeys(true);
        Connection c = null;
        try {
            c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            Migrations.migrate(c, Dialect.SQLITE, file.toString(), System.currentTimeMillis());
            return c;
        } catch (SQLException e) {
            closeQuietly(c, e);
            throw StorageException.classify(file, "open it", e, busyTimeout);
        } catch (RuntimeException e) {
            closeQuietly(c, e);
            throw e;
        }
    }

    private static void closeQuietly(Connection c, Exception failure) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
        }
    }
}
