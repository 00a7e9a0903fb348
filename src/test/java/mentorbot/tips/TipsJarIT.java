package mentorbot.tips;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mentorbot.testing.BotJar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durable tips through the built jar, each step in its own JVM: {@code ask} subscribes the local
 * channel; the running bot (console mode, stdin held open) re-subscribes it to the next minute,
 * posts that tip through its scheduler and is killed with SIGKILL; a new JVM's {@code ask /tips
 * status} still sees the subscription and that today's tip went out, and the SQLite file holds
 * both rows and passes {@code PRAGMA integrity_check}.
 */
@Timeout(240)
class TipsJarIT {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Duration ASK = Duration.ofSeconds(60);
    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @TempDir
    Path data;

    final BotJar.Children children = new BotJar.Children();

    @AfterEach
    void stop() throws Exception {
        children.close();
    }

    private Map<String, String> env() {
        return Map.of("MENTORBOT_DATA_DIR", data.toString());
    }

    private Path db() {
        return data.resolve(SqlSubscriptionStore.FILE_NAME);
    }

    @Test
    void subscriptionAndLedgerSurviveSigkillOfTheRunningJar() throws Exception {
        long t0 = System.nanoTime();
        // 1. The bot starts (no token: the console, reading a stdin that stays open, and the tip scheduler)
        //    while a one-shot `ask` JVM subscribes the local channel.
        BotJar bot = children.start(env());
        BotJar ask = children.run(env(), ASK, "ask", "/tips subscribe 09:00 Europe/Berlin");
        assertEquals(0, ask.process().exitValue(), ask.describe());
        assertTrue(ask.stdout().contains("Daily tips are on") && ask.stdout().contains("09:00 Europe/Berlin"),
                ask.describe());
        assertEquals(List.of(Map.of("local_time", "09:00", "zone_id", "Europe/Berlin", "active", "1")),
                query("SELECT local_time, zone_id, active FROM tip_subscriptions"), ask.describe());
        bot.awaitStdout("mentor-bot console.", Duration.ofSeconds(60));
        progress(t0, "ask subscribed, console up");

        // 2. The running bot sees that subscription, moves it to the next minute, posts the tip and is killed.
        bot.type("/tips status");
        bot.awaitStdout("Time zone: Europe/Berlin", Duration.ofSeconds(30));
        // The first whole minute at least 8 s away (8-67 s): the tip is due then, after the subscription took
        // effect. Should the reply come after that minute began (a very busy machine), take the next one.
        ZonedDateTime due = null;
        String time = null;
        for (int attempt = 0; attempt < 3 && (due == null || !ZonedDateTime.now(BERLIN).isBefore(due)); attempt++) {
            due = ZonedDateTime.now(BERLIN).plusSeconds(8 + 59).truncatedTo(ChronoUnit.MINUTES);
            time = due.format(HH_MM);
            int mark = bot.stdout().length();
            bot.type("/tips subscribe " + time + " Europe/Berlin");
            String expected = "every day at " + time + " Europe/Berlin";
            bot.await("the reply to /tips subscribe " + time, () -> bot.stdout().indexOf(expected, mark) >= 0,
                    Duration.ofSeconds(30));
        }
        assertTrue(ZonedDateTime.now(BERLIN).isBefore(due), "subscribed before " + due + "\n" + bot.describe());
        Duration untilDue = Duration.between(ZonedDateTime.now(BERLIN), due);
        bot.awaitStdout(TipMessages.TITLE, untilDue.plusSeconds(30));
        LocalDate day = due.toLocalDate();
        // Wait (bounded) until another connection sees the SENT commit, then kill at once.
        bot.await("the ledger to record today's tip as SENT", () -> ledgerState(day).equals("SENT"),
                Duration.ofSeconds(10));
        assertTrue(Files.exists(data.resolve(SqlSubscriptionStore.FILE_NAME + "-wal")),
                "WAL mode: the write-ahead log holds the last commits when the kill comes");
        progress(t0, "tip posted and recorded");
        bot.sigkill();
        int killed = bot.awaitExit(Duration.ofSeconds(10));
        assertNotEquals(0, killed, bot.describe());
        assertEquals(1, count(bot.stdout(), TipMessages.TITLE), "one tip posted\n" + bot.describe());

        // 3. A new JVM reads it back: the schedule, and that today's tip is done (the next one is tomorrow).
        BotJar status = children.run(env(), ASK, "ask", "/tips status");
        assertEquals(0, status.process().exitValue(), status.describe());
        String tomorrow = day.plusDays(1).format(DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH));
        assertTrue(status.stdout().contains("Time: " + time), status.describe());
        assertTrue(status.stdout().contains("Time zone: Europe/Berlin"), status.describe());
        assertTrue(status.stdout().contains("Next tip: " + tomorrow + ", " + time),
                "today's post is remembered, so the next is tomorrow (" + tomorrow + ")\n" + status.describe());

        progress(t0, "status read back by a new JVM");
        // 4. The file itself: intact, migrated, one subscription row, one ledger row.
        assertEquals(List.of(Map.of("integrity_check", "ok")), query("PRAGMA integrity_check"));
        assertEquals(List.of(Map.of("v", Integer.toString(mentorbot.store.Migrations.latest()))),
                query("SELECT MAX(version) AS v FROM schema_version")); // migrated to this build's latest
        List<Map<String, String>> subs = query(
                "SELECT channel_key, local_time, zone_id, active, paused FROM tip_subscriptions");
        assertEquals(List.of(Map.of("channel_key", Fixtures.console().id(), "local_time", time,
                "zone_id", "Europe/Berlin", "active", "1", "paused", "0")), subs);
        List<Map<String, String>> ledger = query(
                "SELECT channel_key, local_date, state, attempts, tip_id FROM tip_post_ledger");
        assertEquals(1, ledger.size(), ledger.toString());
        Map<String, String> row = ledger.get(0);
        assertEquals(Fixtures.console().id(), row.get("channel_key"), row.toString());
        assertEquals(day.toString(), row.get("local_date"), row.toString());
        assertEquals("SENT", row.get("state"), row.toString());
        assertEquals("1", row.get("attempts"), row.toString());
        assertTrue(!row.get("tip_id").isBlank(), row.toString());
    }

    private static void progress(long t0, String what) {
        System.out.printf("TipsJarIT: %s after %d ms%n", what, (System.nanoTime() - t0) / 1_000_000);
    }

    private String ledgerState(LocalDate day) {
        try {
            List<Map<String, String>> rows = query("SELECT state FROM tip_post_ledger WHERE local_date = '" + day + "'");
            return rows.isEmpty() ? "" : rows.get(0).get("state");
        } catch (SQLException busy) {
            return "";
        }
    }

    /** Every row as column label → value text, through a fresh connection closed at once. */
    private List<Map<String, String>> query(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            List<Map<String, String>> rows = new ArrayList<>();
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= columns; i++) {
                    row.put(r.getMetaData().getColumnLabel(i), r.getString(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }
}
