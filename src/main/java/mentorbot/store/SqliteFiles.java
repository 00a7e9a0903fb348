package mentorbot.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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

    /**
     * Held by the one thread of this process that is opening a file. A file lock is held by the whole JVM, so
     * threads of one process must take turns before one of them can wait for the lock file.
     */
    private static final Object OPENING = new Object();

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
        synchronized (OPENING) {
            try (FileChannel lockFile = FileChannel.open(lockFileOf(file), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = lockFile.lock()) {
                return connect(file, fullSync, busyTimeout);
            } catch (IOException e) {
                throw StorageException.classify(file, "lock it for opening", e);
            }
        }
    }

    /**
     * Beside the database, locked while a process opens and migrates it. SQLite itself fails now and then when
     * several processes make a new file WAL together (SQLITE_IOERR_DELETE_NOENT or BUSY, in 1 to 5 of 100 opens
     * by four at once). It is never deleted: a process that deleted it could leave a later one locking a different file.
     */
    static Path lockFileOf(Path file) {
        return file.toAbsolutePath().resolveSibling(file.getFileName() + ".open-lock");
    }

    private static Connection connect(Path file, boolean fullSync, Duration busyTimeout) {
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
