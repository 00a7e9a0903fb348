package mentorbot.tips;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import mentorbot.mentor.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The tips database's faults, each brought about for real on a SQLite file: garbage and damaged
 * pages, a page cap (SQLITE_FULL), a query-only connection (SQLITE_READONLY), a write lock held by
 * another connection, a newer schema, and (when permissions bind) a read-only directory. Each is
 * classified and leaves the data as it was.
 */
class StorageFaultsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T06:00:00Z");

    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve(SqliteSubscriptionStore.FILE_NAME);
    }

    private static ChannelKey channel(int n) {
        return new ChannelKey(Platform.SLACK, "T1", "C" + n);
    }

    /** A store with two subscribed channels, closed: the data every fault must leave as it was. */
    private void twoSubscriptions() {
        try (SqliteSubscriptionStore store = Fixtures.store(dir)) {
            store.subscribe(channel(1), LocalTime.of(9, 0), ZoneOffset.UTC, "U1", NOW);
            store.subscribe(channel(2), LocalTime.of(10, 0), ZoneOffset.UTC, "U1", NOW);
        }
    }

    /** The active channels, read with a plain connection (not the store, which may refuse the file). */
    private List<String> channelsOnDisk() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT channel_key FROM tip_subscriptions WHERE active = 1 ORDER BY channel_key")) {
            List<String> out = new java.util.ArrayList<>();
            while (r.next()) {
                out.add(r.getString(1));
            }
            return out;
        }
    }

    private static final List<String> BOTH = List.of("SLACK|T1|C1", "SLACK|T1|C2");

    private static SQLiteException sqliteCause(StorageException e) {
        assertTrue(e.getCause() instanceof SQLiteException, () -> "caused by SQLite: " + e.getCause());
        return (SQLiteException) e.getCause();
    }

    @Test
    void garbageInTheFileIsCorruptAndTheFileIsNeverWritten() throws IOException {
        byte[] garbage = new byte[8192];
        new SplittableRandom(16).nextBytes(garbage);
        Files.write(db(), garbage);

        StorageException e = assertThrows(StorageException.class, () -> Fixtures.store(dir));

        assertEquals(StorageException.Kind.CORRUPT, e.kind());
        assertEquals(SQLiteErrorCode.SQLITE_NOTADB, sqliteCause(e).getResultCode());
        assertTrue(e.getMessage().startsWith(db() + ": the tips database is damaged"), e.getMessage());
        assertTrue(e.getMessage().contains("left untouched"), e.getMessage());
        assertArrayEquals(garbage, Files.readAllBytes(db()), "byte for byte as it was");
        assertFalse(Files.exists(dir.resolve("tips.db-wal")), "no journal written beside it");
    }

    @Test
    void damagedPagesAreCorruptAndTheFileIsNeverWritten() throws IOException {
        twoSubscriptions();
        byte[] bytes = Files.readAllBytes(db());
        int pageSize = ((bytes[16] & 0xff) << 8) | (bytes[17] & 0xff);
        for (int i = pageSize; i < bytes.length; i++) { // every page but the first (the schema) scrambled
            bytes[i] = (byte) (i * 31 + 7);
        }
        Files.write(db(), bytes);

        StorageException e = assertThrows(StorageException.class, () -> {
            try (SqliteSubscriptionStore store = Fixtures.store(dir)) {
                store.subscriptions();
            }
        });

        assertEquals(StorageException.Kind.CORRUPT, e.kind());
        assertEquals(SQLiteErrorCode.SQLITE_CORRUPT, sqliteCause(e).getResultCode());
        assertArrayEquals(bytes, Files.readAllBytes(db()));
    }

    @Test
    void aFullDiskIsReportedAsFullNotAsTheFailedRollback() throws SQLException {
        twoSubscriptions();
        List<String> stored = new ArrayList<>(BOTH);
        try (SqliteSubscriptionStore store = Fixtures.store(dir)) {
            store.pragma("max_page_count = " + pageCount()); // the file may not grow: real SQLITE_FULL on the next new page
            int[] n = {3};
            StorageException e = assertThrows(StorageException.class, () -> {
                for (; n[0] < 10_000; n[0]++) {
                    store.subscribe(channel(n[0]), LocalTime.NOON, ZoneOffset.UTC, "U1", NOW);
                    stored.add(channel(n[0]).id());
                }
            });

            assertEquals(StorageException.Kind.FULL, e.kind());
            SQLiteException cause = sqliteCause(e);
            assertEquals(SQLiteErrorCode.SQLITE_FULL, cause.getResultCode());
            assertTrue(Arrays.stream(cause.getSuppressed()).anyMatch(x -> x.getMessage().contains("no transaction is active")),
                    () -> "SQLite rolled back by itself; the failed ROLLBACK is kept as suppressed, not thrown: "
                            + Arrays.toString(cause.getSuppressed()));
            assertTrue(e.getMessage().contains("the disk is full") && e.getMessage().contains("SQLITE_FULL"), e.getMessage());

            store.pragma("max_page_count = 1073741823");
            store.subscribe(channel(n[0]), LocalTime.NOON, ZoneOffset.UTC, "U1", NOW); // the connection works again
            stored.add(channel(n[0]).id());
        }
        assertEquals(stored.stream().sorted().toList(), channelsOnDisk());
    }

    private int pageCount() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("PRAGMA page_count")) {
            r.next();
            return r.getInt(1);
        }
    }

    @Test
    void aQueryOnlyConnectionIsReadOnly() throws SQLException {
        // Where the tests run as root, file permissions do not stop writes; SQLite's own query_only does.
        twoSubscriptions();
        try (SqliteSubscriptionStore store = Fixtures.store(dir)) {
            store.pragma("query_only = 1");

            StorageException e = assertThrows(StorageException.class, () -> store.unsubscribe(channel(1), NOW));

            assertEquals(StorageException.Kind.READ_ONLY, e.kind());
            assertEquals(SQLiteErrorCode.SQLITE_READONLY, sqliteCause(e).getResultCode());
            assertTrue(store.find(channel(1)).isPresent(), "reading still works");
        }
        assertEquals(BOTH, channelsOnDisk());
    }

    @Test
    void aReadOnlyDirectoryIsReadOnly() throws IOException, SQLException {
        twoSubscriptions();
        Files.setPosixFilePermissions(db(), PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(permissionsDoNotBind(), "running as root (or with CAP_DAC_OVERRIDE): chmod does not stop writes; "
                    + "aQueryOnlyConnectionIsReadOnly covers SQLITE_READONLY instead");
            StorageException e = assertThrows(StorageException.class, () -> {
                try (SqliteSubscriptionStore store = Fixtures.store(dir)) {
                    store.subscribe(channel(3), LocalTime.NOON, ZoneOffset.UTC, "U1", NOW);
                }
            });
            assertEquals(StorageException.Kind.READ_ONLY, e.kind(), e.getMessage());
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(db(), PosixFilePermissions.fromString("rw-------"));
        }
        assertEquals(BOTH, channelsOnDisk());
    }

    /** Whether a file can be created in the read-only directory anyway. */
    private boolean permissionsDoNotBind() {
        Path probe = dir.resolve("probe");
        try {
            Files.createFile(probe);
            Files.delete(probe);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void aWriteLockHeldElsewhereIsBusyAfterTheShortTimeoutAndReadsGoOn() throws SQLException {
        twoSubscriptions();
        try (SqliteSubscriptionStore store = Fixtures.store(dir, Duration.ofMillis(200));
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + db())) {
            execute(other, "BEGIN EXCLUSIVE");
            long start = System.nanoTime();
            StorageException e = assertThrows(StorageException.class,
                    () -> store.subscribe(channel(1), LocalTime.of(7, 0), ZoneOffset.UTC, "U1", NOW));
            long waitedMs = (System.nanoTime() - start) / 1_000_000;

            assertEquals(StorageException.Kind.LOCKED, e.kind());
            assertTrue(waitedMs >= 150 && waitedMs < 5_000, "waited the configured 200 ms, not SQLite's 30 s: " + waitedMs + " ms");
            assertTrue(e.getMessage().contains("SQLITE_BUSY") && e.getMessage().contains("after waiting 200 ms"), e.getMessage());
            assertEquals(LocalTime.of(9, 0), store.find(channel(1)).orElseThrow().time(), "WAL: reading goes on, unchanged");

            execute(other, "ROLLBACK");
            store.subscribe(channel(1), LocalTime.of(7, 0), ZoneOffset.UTC, "U1", NOW); // works once the lock is gone
        }
        assertEquals(BOTH, channelsOnDisk());
    }

    @Test
    void openingAFileLockedBeforeItsFirstMigrationIsBusy() throws SQLException {
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db())) {
            execute(other, "BEGIN EXCLUSIVE");
            StorageException e = assertThrows(StorageException.class, () -> Fixtures.store(dir, Duration.ofMillis(100)));
            assertEquals(StorageException.Kind.LOCKED, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains("after waiting 100 ms"), e.getMessage());
            execute(other, "ROLLBACK");
        }
        try (SqliteSubscriptionStore store = Fixtures.store(dir)) {
            assertEquals(Migrations.latest(), store.schemaVersion());
        }
    }

    @Test
    void aNewerSchemaIsRefusedAndTheFileIsNeverWritten() throws IOException, SQLException {
        twoSubscriptions();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db())) {
            execute(c, "INSERT INTO schema_version (version, description, applied_at) VALUES ("
                    + (Migrations.latest() + 1) + ", 'V2__from_a_newer_build.sql', 0)");
        }
        byte[] before = Files.readAllBytes(db());

        StorageException e = assertThrows(StorageException.class, () -> Fixtures.store(dir));

        assertEquals(StorageException.Kind.NEWER_SCHEMA, e.kind());
        assertTrue(e.getMessage().contains("schema version " + (Migrations.latest() + 1))
                && e.getMessage().contains("up to " + Migrations.latest()), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(db()));
        assertEquals(BOTH, channelsOnDisk());
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
