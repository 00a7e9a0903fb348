package mentorbot.tips;

import mentorbot.store.Migrations;
import mentorbot.store.StorageException;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
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
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import mentorbot.mentor.Invocation;
import mentorbot.mentor.Platform;
import mentorbot.mentor.PlainTextRenderer;
import mentorbot.mentor.Reply;
import mentorbot.mentor.Request;
import mentorbot.mentor.Subject;
import mentorbot.testing.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The tips database's faults, each brought about for real on a SQLite file: garbage and damaged
 * pages, a page cap (SQLITE_FULL), a query-only connection (SQLITE_READONLY), a write lock held by
 * another connection, a newer schema, and (when permissions bind) a read-only directory. Each is
 * classified, reported as one ERROR line and a specific reply, and leaves the data as it was.
 */
class StorageFaultsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T06:00:00Z");

    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve(SqlSubscriptionStore.FILE_NAME);
    }

    private static ChannelKey channel(int n) {
        return new ChannelKey(Platform.SLACK, "T1", "C" + n);
    }

    /** A store with two subscribed channels, closed: the data every fault must leave as it was. */
    private void twoSubscriptions() {
        try (SqlSubscriptionStore store = Fixtures.store(dir)) {
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

    /** {@code /tips ARGS} typed in channel C{@code n}, answered by the command over {@code store}. */
    private Reply tips(SubscriptionStore store, StorageFaults faults, int n, String args) {
        TipsCommand command = new TipsCommand(store, Clock.fixed(NOW, ZoneOffset.UTC), Fixtures.settings(dir), () -> { }, faults);
        Request request = Request.command(Platform.SLACK, "T1", "U1", "C" + n, "tips", args);
        return command.execute(new Invocation(request, args, Subject.NONE, null)).reply();
    }

    /** The one ERROR line; the stack trace is logged at DEBUG only. */
    private static String oneErrorLine(LogCapture log) {
        List<ILoggingEvent> errors = log.at(Level.ERROR);
        assertEquals(1, errors.size(), () -> "one ERROR line: " + log.events());
        ILoggingEvent error = errors.get(0);
        assertNull(error.getThrowableProxy(), "no stack trace at ERROR");
        assertFalse(error.getFormattedMessage().contains("\n"), error.getFormattedMessage());
        assertTrue(log.at(Level.DEBUG).stream().anyMatch(e -> e.getThrowableProxy() != null), "the trace is at DEBUG");
        return error.getFormattedMessage();
    }

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
            try (SqlSubscriptionStore store = Fixtures.store(dir)) {
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
        StorageFaults faults = new StorageFaults();
        List<String> stored = new ArrayList<>(BOTH);
        try (SqlSubscriptionStore store = Fixtures.store(dir);
             LogCapture log = LogCapture.on("mentorbot.tips", Level.DEBUG)) {
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

            Reply reply = tips(store, faults, n[0], "subscribe 08:00 UTC");
            assertEquals("Daily tips are unavailable: the disk is full.", reply.lead());
            assertTrue(new PlainTextRenderer().render(reply).contains("Nothing was changed"));
            assertFalse(reply.matched());
            assertEquals(StorageException.Kind.FULL, faults.first().orElseThrow().kind());
            String line = oneErrorLine(log);
            assertTrue(line.contains("SQLITE_FULL") && !line.contains("cannot commit"), line);

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
        StorageFaults faults = new StorageFaults();
        try (SqlSubscriptionStore store = Fixtures.store(dir);
             LogCapture log = LogCapture.on("mentorbot.tips", Level.DEBUG)) {
            store.pragma("query_only = 1");

            Reply reply = tips(store, faults, 1, "unsubscribe");

            assertEquals("Daily tips are unavailable: the data directory is read-only.", reply.lead());
            assertEquals(StorageException.Kind.READ_ONLY, faults.first().orElseThrow().kind());
            assertTrue(oneErrorLine(log).contains("SQLITE_READONLY"));
            assertEquals("Daily tips: status", tips(store, faults, 1, "status").title(), "reading still works");
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
                try (SqlSubscriptionStore store = Fixtures.store(dir)) {
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
        StorageFaults faults = new StorageFaults();
        try (SqlSubscriptionStore store = Fixtures.store(dir, Duration.ofMillis(200));
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + db());
             LogCapture log = LogCapture.on("mentorbot.tips", Level.DEBUG)) {
            execute(other, "BEGIN EXCLUSIVE");
            long start = System.nanoTime();
            Reply reply = tips(store, faults, 1, "subscribe 07:00 UTC");
            long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            assertEquals("Daily tips are unavailable: the tips database is busy.", reply.lead());
            assertTrue(new PlainTextRenderer().render(reply).contains("try again in a moment"), reply.intro());
            assertTrue(waitedMs >= 150 && waitedMs < 5_000, "waited the configured 200 ms, not SQLite's 30 s: " + waitedMs + " ms");
            String line = oneErrorLine(log);
            assertTrue(line.contains("SQLITE_BUSY") && line.contains("after waiting 200 ms"), line);
            assertEquals(StorageException.Kind.LOCKED, faults.first().orElseThrow().kind());

            Reply status = tips(store, faults, 1, "status");
            assertTrue(new PlainTextRenderer().render(status).contains("09:00"), "WAL: reading goes on, unchanged");

            execute(other, "ROLLBACK");
            assertTrue(tips(store, faults, 1, "subscribe 07:00 UTC").matched(), "the store works once the lock is gone");
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
        try (SqlSubscriptionStore store = Fixtures.store(dir)) {
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
        assertEquals("Daily tips are unavailable: the tips database was written by a newer version of mentor-bot.",
                StorageFaults.reply(e).lead());
        assertArrayEquals(before, Files.readAllBytes(db()));
        assertEquals(BOTH, channelsOnDisk());
    }

    @Test
    void theRunningSchedulerLogsOneLinePerFailedTickAndCarriesOnOnceTheFaultClears() {
        VirtualTime time = new VirtualTime(Instant.parse("2026-06-15T05:00:00Z"));
        RecordingPoster poster = new RecordingPoster(time);
        try (DailyTips tips = Fixtures.tips(dir, time, Fixtures.catalog(Fixtures.tips(5)), poster, "owner");
             LogCapture log = LogCapture.on("mentorbot.tips", Level.DEBUG)) {
            SqlSubscriptionStore store = (SqlSubscriptionStore) tips.store();
            store.subscribe(channel(1), LocalTime.of(9, 0), ZoneOffset.UTC, "U1", time.instant());
            store.pragma("query_only = 1");
            tips.start();
            time.runUntil(Instant.parse("2026-06-15T05:00:00Z")); // the first tick writes (recovery): it fails

            String line = oneErrorLine(log);
            assertTrue(line.startsWith("Daily tips tick failed; trying again in PT10M: ") && line.contains("read-only"), line);

            store.pragma("query_only = 0");
            time.runUntil(Instant.parse("2026-06-15T09:00:00Z"));
            assertEquals(1, poster.posts().size(), "the tip is posted on time once the database is writable");
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
