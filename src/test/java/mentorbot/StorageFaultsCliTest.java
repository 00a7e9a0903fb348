package mentorbot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.List;
import java.util.Map;
import mentorbot.MainCliTest.Result;
import mentorbot.testing.LogCapture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tips database that cannot be used, met through the command line: {@code ask} answers every
 * input and tells the user why tips are unavailable, logs one ERROR line, and exits 3; {@code check}
 * and start-up print one line and exit 3; the data is left as it was. The faults are real files
 * (garbage, a newer schema, a lock held by another connection, a read-only directory); SQLITE_FULL
 * needs a connection setting and is met in {@code tips.StorageFaultsTest}.
 */
class StorageFaultsCliTest {

    @TempDir
    Path data;

    private Path db;

    @BeforeEach
    void subscribeOneChannel() {
        db = data.resolve("tips.db");
        Result r = run("ask", "/tips subscribe 08:30 UTC");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Daily tips are on"), r.out());
    }

    private Result run(String... args) {
        return withStdin("", args);
    }

    private Result withStdin(String stdin, String... args) {
        return MainCliTest.run(Map.of("MENTORBOT_DATA_DIR", data.toString(), "MENTORBOT_TIPS_BUSY_TIMEOUT", "PT0.2S"),
                stdin, args);
    }

    /** The subscribed channels, read with a plain connection. */
    private List<String> channelsOnDisk() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT channel_key || ' ' || local_time FROM tip_subscriptions WHERE active = 1")) {
            List<String> out = new java.util.ArrayList<>();
            while (r.next()) {
                out.add(r.getString(1));
            }
            return out;
        }
    }

    private static final List<String> SUBSCRIBED = List.of("CONSOLE|local|local 08:30");

    private static String oneErrorLine(LogCapture log) {
        List<ILoggingEvent> errors = log.at(Level.ERROR);
        assertEquals(1, errors.size(), () -> "one ERROR line: " + errors);
        assertEquals(null, errors.get(0).getThrowableProxy(), "no stack trace at ERROR");
        return errors.get(0).getFormattedMessage();
    }

    private static void assertOneLine(String err, String startsWith, String contains) {
        List<String> lines = err.lines().toList();
        assertEquals(1, lines.size(), () -> "one line, no stack trace:\n" + err);
        assertTrue(lines.get(0).startsWith(startsWith) && lines.get(0).contains(contains), lines.get(0));
    }

    @Test
    void aCorruptFileAnswersEveryInputExitsThreeAndIsLeftUntouched() throws IOException {
        byte[] garbage = "not a database; ".repeat(512).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Files.write(db, garbage);

        Result ask;
        try (LogCapture log = LogCapture.on("mentorbot", Level.WARN)) {
            ask = withStdin("/tips status\n/salary senior\n", "ask", "--json");
            assertTrue(oneErrorLine(log).contains("SQLITE_NOTADB"), log.events().toString());
        }
        assertEquals(Main.STORAGE_ERROR, ask.code());
        assertEquals("", ask.err(), "the log line is the only report");
        assertEquals(2, ask.json().size(), ask.out());
        assertEquals("Daily tips are unavailable: the tips database is damaged.", ask.json().get(0).get("lead").asText());
        assertFalse(ask.json().get(0).get("matched").asBoolean());
        assertTrue(ask.json().get(1).get("lead").asText().contains("$150K"), "the rest of the batch is answered");

        Result check = run("check");
        assertEquals(Main.STORAGE_ERROR, check.code());
        assertOneLine(check.err(), "check failed: " + db, "the tips database is damaged");

        Result start = withStdin("/quit\n");
        assertEquals(Main.STORAGE_ERROR, start.code());
        assertOneLine(start.err(), "mentor-bot cannot start: " + db, "SQLITE_NOTADB");

        assertArrayEquals(garbage, Files.readAllBytes(db), "byte for byte as it was");
    }

    @Test
    void anAskThatNeverTouchesTipsDoesNotOpenTheDatabase() throws IOException {
        Files.write(db, "garbage".repeat(100).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        Result r = run("ask", "/salary senior");
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void aNewerSchemaIsRefusedByAskCheckAndStartUp() throws SQLException, IOException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("INSERT INTO schema_version (version, description, applied_at) VALUES (99, 'V99__future.sql', 0)");
        }
        byte[] before = Files.readAllBytes(db);

        Result ask;
        try (LogCapture log = LogCapture.on("mentorbot", Level.WARN)) {
            ask = run("ask", "/tips status");
            assertTrue(oneErrorLine(log).contains("schema version 99"));
        }
        assertEquals(Main.STORAGE_ERROR, ask.code());
        assertTrue(ask.out().contains("Daily tips are unavailable: the tips database was written by a newer version of mentor-bot."),
                ask.out());
        assertFalse(ask.out().contains("Something went wrong"));

        Result check = run("check");
        assertEquals(Main.STORAGE_ERROR, check.code());
        assertOneLine(check.err(), "check failed: " + db, "this build knows versions up to " + mentorbot.store.Migrations.latest());
        assertEquals(Main.STORAGE_ERROR, withStdin("/quit\n").code());

        assertArrayEquals(before, Files.readAllBytes(db));
        assertEquals(SUBSCRIBED, channelsOnDisk());
    }

    @Test
    void aLockHeldByAnotherConnectionIsBusyAfterTheConfiguredWait() throws SQLException {
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = other.createStatement()) {
            s.execute("BEGIN EXCLUSIVE");

            Result ask;
            try (LogCapture log = LogCapture.on("mentorbot", Level.WARN)) {
                ask = run("ask", "/tips subscribe 06:00 UTC");
                assertTrue(oneErrorLine(log).contains("after waiting 200 ms"));
            }
            assertEquals(Main.STORAGE_ERROR, ask.code());
            assertTrue(ask.out().contains("Daily tips are unavailable: the tips database is busy."), ask.out());

            Result status = run("ask", "/tips status");
            assertEquals(0, status.code(), "reading is not blocked by a writer (WAL): " + status.out());
            assertTrue(status.out().contains("08:30"), status.out());
            s.execute("ROLLBACK");
        }
        assertEquals(SUBSCRIBED, channelsOnDisk());
    }

    @Test
    void aReadOnlyDataDirectoryExitsThree() throws IOException, SQLException {
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(canCreateIn(data), "running as root: chmod does not stop writes (tips.StorageFaultsTest covers "
                    + "SQLITE_READONLY with a query-only connection)");
            Result ask = run("ask", "/tips subscribe 06:00 UTC");
            assertEquals(Main.STORAGE_ERROR, ask.code());
            assertTrue(ask.out().contains("Daily tips are unavailable: the data directory is read-only."), ask.out());
            assertEquals(Main.STORAGE_ERROR, run("check").code());
        } finally {
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-------"));
        }
        assertEquals(SUBSCRIBED, channelsOnDisk());
    }

    private static boolean canCreateIn(Path dir) {
        try {
            Files.delete(Files.createFile(dir.resolve("probe")));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
