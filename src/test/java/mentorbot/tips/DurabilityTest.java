package mentorbot.tips;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM subscribes the console channel and records a post, is killed with SIGKILL
 * ({@link Process#destroyForcibly}), and the subscription and ledger are intact afterwards.
 *
 * <p>The child is {@link TipsChildMain}, a test-only main that opens the store the way the bot does,
 * so this runs in {@code mvn test} without the jar; {@link TipsJarIT} does the same with the built
 * jar itself (subscription by {@code ask}, post by the running bot's scheduler, SIGKILL, read back).
 */
class DurabilityTest {

    @TempDir
    Path dir;

    @Test
    void subscriptionAndLedgerSurviveSigkill() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                TipsChildMain.class.getName(), dir.toString())
                .redirectErrorStream(true)
                .start();
        String ready;
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            ready = CompletableFuture.supplyAsync(() -> {
                try {
                    StringBuilder seen = new StringBuilder();
                    for (String line; (line = out.readLine()) != null; ) {
                        if (line.startsWith("READY ")) {
                            return line;
                        }
                        seen.append(line).append('\n');
                    }
                    throw new IllegalStateException("child ended without READY:\n" + seen);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).get(60, TimeUnit.SECONDS);
            assertTrue(Files.exists(dir.resolve("tips.db-wal")), "WAL mode: the write-ahead log holds the last commits");
        } finally {
            child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no checkpoint
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertNotEquals(0, child.exitValue());
        assertNotEquals(3, child.exitValue(), "killed, not ended on its own");

        LocalDate day = LocalDate.parse(ready.substring("READY ".length()));
        try (SqlSubscriptionStore store = SqlSubscriptionStore.open(Fixtures.settings(dir))) {
            Subscription s = store.find(Fixtures.console()).orElseThrow();
            assertEquals(LocalTime.of(8, 30), s.time());
            assertEquals(ZoneId.of("Europe/Berlin"), s.zone());
            assertEquals("child", s.createdBy());
            List<LedgerEntry> ledger = store.ledger(Fixtures.console(), 5);
            assertEquals(1, ledger.size());
            assertEquals(day, ledger.get(0).date());
            assertEquals(PostState.SENT, ledger.get(0).state());
            assertEquals("console-1", ledger.get(0).messageId());
        }

        // and a scheduler started after the kill posts nothing more that day
        Instant late = day.atTime(23, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant();
        VirtualTime time = new VirtualTime(late.minus(Duration.ofHours(1)));
        RecordingPoster poster = new RecordingPoster(time);
        try (DailyTips restarted = Fixtures.tips(dir, time, Fixtures.catalog(Fixtures.tips(5)), poster, "after")) {
            restarted.start();
            time.runUntil(late);
        }
        assertEquals(0, poster.posts().size());
    }
}
