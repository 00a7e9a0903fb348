package mentorbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteFilesTest {

    @TempDir
    Path dir;

    /**
     * Before the open lock, one to five in a hundred first opens by four at once failed (SQLITE_IOERR_DELETE_NOENT
     * or BUSY while the file was made WAL), so forty rounds of four meet the race many times over.
     */
    @Test
    void fourStartsOnANewFileTogetherAllOpenItFortyTimesOver() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<String> failures = new ArrayList<>();
        try {
            for (int round = 0; round < 40; round++) {
                Path file = dir.resolve("round-" + round).resolve(SqliteFiles.FILE_NAME);
                List<Callable<Connection>> starts = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    starts.add(() -> SqliteFiles.open(file, false, Duration.ofSeconds(5)));
                }
                for (Future<Connection> started : pool.invokeAll(starts, 60, TimeUnit.SECONDS)) {
                    try (Connection c = started.get()) {
                        assertEquals("wal", journalMode(c));
                    } catch (ExecutionException e) {
                        failures.add("round " + round + ": " + e.getCause());
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void theOpenLockLiesBesideTheDatabaseAndStaysThere() throws Exception {
        Path file = dir.resolve("data").resolve(SqliteFiles.FILE_NAME);
        SqliteFiles.open(file, true, Duration.ofSeconds(1)).close();
        Path lock = SqliteFiles.lockFileOf(file);
        assertEquals(file.toAbsolutePath().getParent(), lock.getParent());
        assertEquals("tips.db.open-lock", lock.getFileName().toString());
        assertTrue(Files.exists(lock));
        SqliteFiles.open(file, true, Duration.ofSeconds(1)).close();
    }

    private static String journalMode(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA journal_mode")) {
            r.next();
            return r.getString(1);
        }
    }
}
