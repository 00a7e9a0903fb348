package mentorbot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The bot's database cannot be used, and why. {@link #getMessage()} is one line for the operator
 * (file or URL, what failed, the database's code, what to do); {@link Kind#reason()} is the part a user may see.
 */
public final class StorageException extends RuntimeException {

    /**
     * What is wrong with the database; each has its own reply and remedy (on a PostgreSQL server, where there is no
     * file to fix, a remedy of its own).
     */
    public enum Kind {
        READ_ONLY("the data directory is read-only", "make the data directory and tips.db writable by the bot's user"),
        REFUSED("the database refused the change",
                "the server is a read-only standby or the user lacks privileges: point MENTORBOT_DATABASE_URL at the"
                        + " primary, or grant MENTORBOT_DATABASE_USER rights on the bot's tables", null),
        FULL("the disk is full", "free space on the disk that holds the data directory",
                "free space on the database server's disk"),
        CORRUPT("the tips database is damaged",
                "the file was left untouched: restore it from a backup, or move it away to start an empty one",
                "restore the database from a backup"),
        LOCKED("the tips database is busy", "another process holds its write lock: stop it, or raise tips.busyTimeout",
                "another session holds a lock, or the server has no free connection: look for long transactions"
                        + " (pg_stat_activity) and max_connections"),
        NEWER_SCHEMA("the tips database was written by a newer version of mentor-bot",
                "run that version, or point MENTORBOT_DATA_DIR at another directory",
                "run that version, or point MENTORBOT_DATABASE_URL at another database"),
        UNREACHABLE("the database server cannot be reached",
                "check the host and port in MENTORBOT_DATABASE_URL and that PostgreSQL is running and accepts connections"),
        AUTH_FAILED("the database refused the bot's login",
                "check MENTORBOT_DATABASE_USER and MENTORBOT_DATABASE_PASSWORD, and that the user may connect to that database"),
        NO_DATABASE("the database named in MENTORBOT_DATABASE_URL does not exist",
                "create it (CREATE DATABASE …) or correct the name in MENTORBOT_DATABASE_URL"),
        FAILED("the tips database could not be used", "see the database's reason");

        private final String reason;
        private final String remedy;
        private final String serverRemedy;

        Kind(String reason, String remedy) {
            this(reason, remedy, null);
        }

        Kind(String reason, String remedy, String serverRemedy) {
            this.reason = reason;
            this.remedy = remedy;
            this.serverRemedy = serverRemedy == null ? remedy : serverRemedy;
        }

        /** Why, in words a user may read: no path, no SQL. */
        public String reason() {
            return reason;
        }
    }

    private final Kind kind;

    private StorageException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind);
    }

    public Kind kind() {
        return kind;
    }

    /** A fault found without an exception behind it (a newer schema). */
    public static StorageException of(Kind kind, String source, String action, String detail) {
        return new StorageException(kind, message(kind, source, action, detail), null);
    }

    /**
     * Classifies a PostgreSQL failure by its SQLSTATE (the first one found along the causes: the pool wraps the
     * driver's), not its message.
     *
     * @param source the URL without password, as {@link Database#describe()} gives it
     */
    public static StorageException classifyPostgres(String source, String action, Exception e) {
        String state = null;
        String detail = null;
        for (Throwable t = e; t != null && state == null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                state = s.getSQLState();
                detail = firstLine(s.getMessage());
            }
        }
        if (detail == null) {
            detail = firstLine(e.getMessage());
        }
        Kind kind = postgresKind(state);
        return new StorageException(kind, message(kind, source, action, detail + (state == null ? "" : " [" + state + "]")), e);
    }

    private static Kind postgresKind(String state) {
        if (state == null) {
            return Kind.FAILED;
        }
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
            return Kind.UNREACHABLE; // connection exceptions; the server shutting down or starting up
        }
        if (state.startsWith("28")) {
            return Kind.AUTH_FAILED;    // invalid authorization (28P01 wrong password, 28000 no pg_hba entry)
        }
        switch (state) {
            case "3D000":
                return Kind.NO_DATABASE;    // invalid catalog name
            case "53100":
                return Kind.FULL;           // disk full
            case "25006":
            case "42501":
                return Kind.REFUSED;        // read-only transaction (a standby), insufficient privilege
            case "XX001":
            case "XX002":
                return Kind.CORRUPT;        // data or index corrupted
            case "55P03":
            case "40P01":
            case "40001":
            case "53300":
                return Kind.LOCKED;         // lock not available, deadlock, serialization, too many connections
            default:
                return Kind.FAILED;
        }
    }

    /**
     * Classifies by SQLite's result code, not its message. The primary code is the low byte, so
     * extended codes (SQLITE_READONLY_DIRECTORY, SQLITE_BUSY_SNAPSHOT…) classify with their family.
     *
     * @param busyTimeout how long SQLite waited for a lock, named in a LOCKED message
     */
    public static StorageException classify(Path file, String action, SQLException e, Duration busyTimeout) {
        Kind kind = Kind.FAILED;
        String detail = firstLine(e.getMessage());
        if (e instanceof SQLiteException s) {
            SQLiteErrorCode code = s.getResultCode();
            kind = switch (code.code & 0xff) {
                case 8, 3 -> Kind.READ_ONLY;           // SQLITE_READONLY, SQLITE_PERM
                case 13 -> Kind.FULL;                  // SQLITE_FULL
                case 11, 26 -> Kind.CORRUPT;           // SQLITE_CORRUPT, SQLITE_NOTADB
                case 5, 6 -> Kind.LOCKED;              // SQLITE_BUSY, SQLITE_LOCKED
                case 14 -> writable(file) ? Kind.FAILED : Kind.READ_ONLY; // SQLITE_CANTOPEN: often a permission
                default -> Kind.FAILED;
            };
            if (kind == Kind.FAILED && noSpace(file)) {
                // A full disk often surfaces as an I/O error instead (SQLITE_IOERR_SHMSIZE when the -shm file cannot grow).
                kind = Kind.FULL;
            }
            if (kind == Kind.LOCKED) {
                detail += " after waiting " + seconds(busyTimeout);
            }
        } else if (!writable(file)) {
            // sqlite-jdbc checks some things itself before SQLite runs (a missing or unwritable directory)
            kind = Kind.READ_ONLY;
        }
        return new StorageException(kind, message(kind, file.toString(), action, detail), e);
    }

    /** A file-system error before SQLite ran (creating the data directory). */
    public static StorageException classify(Path file, String action, IOException e) {
        Kind kind = !writable(file) ? Kind.READ_ONLY : noSpace(file) ? Kind.FULL : Kind.FAILED;
        return new StorageException(kind, message(kind, file.toString(), action, e.getClass().getSimpleName() + ": "
                + firstLine(e.getMessage())), e);
    }

    /** @param source a file, or a server's JDBC URL (its remedies name no file) */
    private static String message(Kind kind, String source, String action, String detail) {
        String remedy = source.startsWith("jdbc:") ? kind.serverRemedy : kind.remedy;
        return source + ": " + kind.reason + " (cannot " + action + ": " + detail + "); " + remedy;
    }

    /**
     * Whether the file (if it exists) and the nearest existing folder above it can be written:
     * SQLite also creates {@code -wal} and {@code -shm} files beside the database.
     * {@code access(2)} says no on a read-only mount even to root.
     */
    private static boolean writable(Path file) {
        Path f = file.toAbsolutePath();
        if (Files.exists(f) && !Files.isWritable(f)) {
            return false;
        }
        for (Path dir = f.getParent(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir)) {
                return !Files.isDirectory(dir) || Files.isWritable(dir) && Files.isExecutable(dir);
            }
        }
        return true;
    }

    private static boolean noSpace(Path file) {
        for (Path p = file.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                try {
                    return Files.getFileStore(p).getUsableSpace() == 0;
                } catch (IOException e) {
                    return false;
                }
            }
        }
        return false;
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        String m = message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
