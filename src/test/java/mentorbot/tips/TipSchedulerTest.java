package mentorbot.tips;

import mentorbot.store.Migrations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mentorbot.knowledge.Tip;
import mentorbot.mentor.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TipSchedulerTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ChannelKey CHANNEL = new ChannelKey(Platform.SLACK, "T1", "C1");
    private final List<Tip> tips = Fixtures.tips(5);
    private final TipCatalog catalog = Fixtures.catalog(tips);

    @TempDir
    Path dir;

    private String tipOf(RecordingPoster.Post post) {
        String intro = post.reply().opening();
        return tips.stream().filter(t -> t.text().equals(intro)).findFirst().orElseThrow().id();
    }

    @Test
    void postsAtLocalTimeAndARestartTheSameDayPostsNothingAgain() {
        VirtualTime time = new VirtualTime(Instant.parse("2026-06-15T05:00:00Z"));
        RecordingPoster poster = new RecordingPoster(time);
        try (DailyTips first = Fixtures.tips(dir, time, catalog, poster, "first")) {
            first.store().subscribe(CHANNEL, LocalTime.of(9, 0), BERLIN, "U1", time.instant());
            first.start();
            time.runUntil(Instant.parse("2026-06-15T06:59:59Z"));
            assertEquals(0, poster.posts().size(), "nothing before 09:00 Berlin (07:00Z)");
            time.runUntil(Instant.parse("2026-06-15T07:00:00Z"));
            assertEquals(1, poster.posts().size());
            assertEquals(Instant.parse("2026-06-15T07:00:00Z"), poster.posts().get(0).at());
            time.runUntil(Instant.parse("2026-06-15T12:00:00Z"));
            assertEquals(1, poster.posts().size());
        }
        // restart: a new scheduler over the same database file, same day
        RecordingPoster afterRestart = new RecordingPoster(time);
        try (DailyTips second = Fixtures.tips(dir, time, catalog, afterRestart, "second")) {
            second.start();
            time.runUntil(Instant.parse("2026-06-15T23:00:00Z"));
            assertEquals(0, afterRestart.posts().size(), "restart on the same day must not post again");
            time.runUntil(Instant.parse("2026-06-16T07:00:00Z"));
            assertEquals(1, afterRestart.posts().size(), "the next day posts");
            List<String> order = TipRotation.order(tips.stream().map(Tip::id).toList(), TipRotation.seedFor(CHANNEL), 0);
            assertEquals(order.get(0), tipOf(poster.posts().get(0)));
            assertEquals(order.get(1), tipOf(afterRestart.posts().get(0)), "the next tip of the rotation");
            List<LedgerEntry> ledger = second.store().ledger(CHANNEL, 10);
            assertEquals(2, ledger.size());
            assertTrue(ledger.stream().allMatch(e -> e.state() == PostState.SENT && e.attempts() == 1));
        }
    }

    @Test
    void rotationShowsEveryTipOnceBeforeRepeating() {
        VirtualTime time = new VirtualTime(Instant.parse("2026-01-01T00:00:00Z"));
        RecordingPoster poster = new RecordingPoster(time);
        try (DailyTips tipsFeature = Fixtures.tips(dir, time, catalog, poster, "a")) {
            tipsFeature.store().subscribe(CHANNEL, LocalTime.of(8, 0), ZoneId.of("UTC"), "U1", time.instant());
            tipsFeature.start();
            time.runUntil(Instant.parse("2026-01-15T12:00:00Z")); // 15 days: three full cycles
        }
        List<String> shown = poster.posts().stream().map(this::tipOf).toList();
        assertEquals(15, shown.size());
        for (int c = 0; c < 3; c++) {
            assertEquals(5, new HashSet<>(shown.subList(c * 5, c * 5 + 5)).size(), "cycle " + c + ": " + shown);
        }
    }

    @Test
    void twoSchedulersSharingOneDatabasePostEachChannelOnce() {
        VirtualTime time = new VirtualTime(Instant.parse("2026-06-15T06:00:00Z"));
        RecordingPoster poster = new RecordingPoster(time);
        DailyTips a = Fixtures.tips(dir, time, catalog, poster, "a");
        DailyTips b = Fixtures.tips(dir, time, catalog, poster, "b");
        try (a; b) {
            for (int i = 0; i < 50; i++) {
                a.store().subscribe(new ChannelKey(Platform.DISCORD, "G1", "c" + i), LocalTime.of(9, 0), BERLIN, "U", time.instant());
            }
            a.start();
            b.start();
            time.runUntil(Instant.parse("2026-06-15T12:00:00Z"));
            // and the two ticking at exactly the same moment, directly
            a.scheduler().runDue(time.instant());
            b.scheduler().runDue(time.instant());
            time.runFor(Duration.ofMinutes(5));
        }
        assertEquals(50, poster.posts().size());
        assertEquals(50, poster.posts().stream().map(RecordingPoster.Post::channel).distinct().count());
    }

    @Test
    void catchUpOnStartPostsTodaysMissedTipOnceAndNotForEarlierDays() {
        VirtualTime time = new VirtualTime(Instant.parse("2026-06-10T05:00:00Z"));
        try (SqlSubscriptionStore store = Fixtures.store(dir)) {
            store.subscribe(CHANNEL, LocalTime.of(9, 0), BERLIN, "U1", time.instant());
        }
        // the bot was down for days; it starts at 15:00 Berlin on the 15th
        time.set(Instant.parse("2026-06-15T13:00:00Z"));
        RecordingPoster poster = new RecordingPoster(time);
        try (DailyTips tipsFeature = Fixtures.tips(dir, time, catalog, poster, "a")) {
            tipsFeature.start();
            time.runFor(Duration.ofMinutes(1));
            assertEquals(1, poster.posts().size(), "one catch-up");
            assertEquals(LocalDate.of(2026, 6, 15), tipsFeature.store().ledger(CHANNEL, 1).get(0).date());
            tipsFeature.scheduler().runDue(time.instant());
            time.runUntil(Instant.parse("2026-06-15T21:00:00Z"));
            assertEquals(1, poster.posts().size(), "never a second catch-up");
        }
    }

    @Test
    void subscribingAfterTodaysTimeStartsTomorrow() {
        VirtualTime time = new VirtualTime(Instant.parse("2026-06-15T10:00:00Z"));
        RecordingPoster poster = new RecordingPoster(time);
        try (DailyTips tipsFeature = Fixtures.tips(dir, time, catalog, poster, "a")) {
            tipsFeature.start();
            tipsFeature.store().subscribe(CHANNEL, LocalTime.of(9, 0), BERLIN, "U1", time.instant());
            tipsFeature.scheduler().wake();
            time.runUntil(Instant.parse("2026-06-16T06:59:00Z"));
            assertEquals(0, poster.posts().size());
            time.runUntil(Instant.parse("2026-06-16T07:00:00Z"));
            assertEquals(1, poster.posts().size());
        }
    }

    @Test
    void fallBackDayPostsOnceAndSpringForwardDayPostsAfterTheGap() {
        ZoneId ny = ZoneId.of("America/New_York");
        VirtualTime time = new VirtualTime(Instant.parse("2026-10-31T12:00:00Z"));
        RecordingPoster poster = new RecordingPoster(time);
        try (DailyTips tipsFeature = Fixtures.tips(dir, time, catalog, poster, "a")) {
            tipsFeature.store().subscribe(CHANNEL, LocalTime.of(1, 30), ny, "U1", time.instant());
            tipsFeature.start();
            time.runUntil(Instant.parse("2026-11-01T12:00:00Z"));
            assertEquals(1, poster.posts().size(), "01:30 happens twice on 1 Nov; one post");
            assertEquals(Instant.parse("2026-11-01T05:30:00Z"), poster.posts().get(0).at());
        }
        ChannelKey other = new ChannelKey(Platform.SLACK, "T1", "C2");
        time.set(Instant.parse("2026-03-07T12:00:00Z"));
        Path dir2 = dir.resolve("spring");
        RecordingPoster spring = new RecordingPoster(time);
        try (DailyTips tipsFeature = Fixtures.tips(dir2, time, catalog, spring, "b")) {
            tipsFeature.store().subscribe(other, LocalTime.of(2, 30), ny, "U1", time.instant());
            tipsFeature.start();
            time.runUntil(Instant.parse("2026-03-08T12:00:00Z"));
            assertEquals(1, spring.posts().size());
            assertEquals(Instant.parse("2026-03-08T07:00:00Z"), spring.posts().get(0).at(), "03:00 EDT, right after the gap");
        }
    }

    @Test
    void aClaimLeftByAStoppedSchedulerIsTakenOverAndAnInterruptedSendIsNeverRepeated() {
        VirtualTime time = new VirtualTime(Instant.parse("2026-06-15T07:00:00Z"));
        ChannelKey claimedOnly = new ChannelKey(Platform.SLACK, "T1", "claimed");
        ChannelKey midSend = new ChannelKey(Platform.SLACK, "T1", "sending");
        try (SqlSubscriptionStore store = Fixtures.store(dir)) {
            store.subscribe(claimedOnly, LocalTime.of(9, 0), BERLIN, "U", Instant.parse("2026-06-14T00:00:00Z"));
            store.subscribe(midSend, LocalTime.of(9, 0), BERLIN, "U", Instant.parse("2026-06-14T00:00:00Z"));
            List<String> ids = catalog.ids();
            LocalDate day = LocalDate.of(2026, 6, 15);
            assertTrue(store.claim(claimedOnly, day, ids, "dead", time.instant()).isPresent());
            Claim c = store.claim(midSend, day, ids, "dead", time.instant()).orElseThrow();
            assertTrue(store.beginAttempt(c, time.instant()));
        }
        time.set(Instant.parse("2026-06-15T08:00:00Z")); // an hour later the bot restarts
        RecordingPoster poster = new RecordingPoster(time);
        try (DailyTips tipsFeature = Fixtures.tips(dir, time, catalog, poster, "new")) {
            tipsFeature.start();
            time.runFor(Duration.ofMinutes(1));
            assertEquals(List.of(claimedOnly), poster.posts().stream().map(RecordingPoster.Post::channel).toList());
            assertEquals(PostState.SENT, tipsFeature.store().ledger(claimedOnly, 1).get(0).state());
            LedgerEntry interrupted = tipsFeature.store().ledger(midSend, 1).get(0);
            assertEquals(PostState.FAILED, interrupted.state());
            assertTrue(interrupted.detail().contains("interrupted"));
        }
    }

    @Test
    void pausedAndUnsubscribedChannelsGetNothing() {
        VirtualTime time = new VirtualTime(Instant.parse("2026-06-15T05:00:00Z"));
        RecordingPoster poster = new RecordingPoster(time);
        ChannelKey paused = new ChannelKey(Platform.SLACK, "T1", "paused");
        ChannelKey gone = new ChannelKey(Platform.SLACK, "T1", "gone");
        try (DailyTips tipsFeature = Fixtures.tips(dir, time, catalog, poster, "a")) {
            tipsFeature.store().subscribe(paused, LocalTime.of(9, 0), BERLIN, "U", time.instant());
            tipsFeature.store().subscribe(gone, LocalTime.of(9, 0), BERLIN, "U", time.instant());
            tipsFeature.store().pause(paused, "channel_not_found", time.instant());
            assertTrue(tipsFeature.store().unsubscribe(gone, time.instant()));
            assertFalse(tipsFeature.store().unsubscribe(gone, time.instant()));
            tipsFeature.start();
            time.runUntil(Instant.parse("2026-06-16T12:00:00Z"));
        }
        assertEquals(0, poster.posts().size());
    }

    @Test
    void storeMigratesUsesWalAndKeepsOneLedgerRowPerChannelAndDay() throws Exception {
        try (SqlSubscriptionStore a = Fixtures.store(dir); SqlSubscriptionStore b = Fixtures.store(dir)) {
            assertEquals(Migrations.latest(), a.schemaVersion());
            try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + a.describe());
                 var r = c.createStatement().executeQuery("PRAGMA journal_mode")) {
                r.next();
                assertEquals("wal", r.getString(1));
            }
            Instant now = Instant.parse("2026-06-15T07:00:00Z");
            a.subscribe(CHANNEL, LocalTime.of(9, 0), BERLIN, "U", now);
            LocalDate day = LocalDate.of(2026, 6, 15);
            Set<String> winners = new HashSet<>();
            a.claim(CHANNEL, day, catalog.ids(), "a", now).ifPresent(c -> winners.add(c.owner()));
            b.claim(CHANNEL, day, catalog.ids(), "b", now).ifPresent(c -> winners.add(c.owner()));
            assertEquals(Set.of("a"), winners);
            Claim asB = new Claim(CHANNEL, day, "x", "b");
            assertFalse(b.beginAttempt(asB, now), "only the owner may send");
            assertEquals(1, b.ledger(CHANNEL, 10).size());
        }
    }

    @Test
    void withoutTipsNothingIsClaimedAndTipsAddedByAReloadArePostedThatDay() {
        VirtualTime time = new VirtualTime(Instant.parse("2026-06-15T05:00:00Z"));
        RecordingPoster poster = new RecordingPoster(time);
        java.util.concurrent.atomic.AtomicReference<List<Tip>> current = new java.util.concurrent.atomic.AtomicReference<>(List.of());
        TipCatalog reloadable = TipCatalog.of(current::get, id -> java.util.Optional.empty());
        try (DailyTips tipsFeature = Fixtures.tips(dir, time, reloadable, poster, "a")) {
            tipsFeature.store().subscribe(CHANNEL, LocalTime.of(9, 0), BERLIN, "U1", time.instant());
            tipsFeature.start();
            time.runUntil(Instant.parse("2026-06-15T08:00:00Z"));
            assertEquals(0, poster.posts().size());
            assertTrue(tipsFeature.store().ledger(CHANNEL, 1).isEmpty(), "no day is used up without a tip");
            current.set(tips); // a knowledge reload brings tips
            time.runUntil(Instant.parse("2026-06-15T09:00:00Z"));
            assertEquals(1, poster.posts().size());
            assertTrue(poster.posts().get(0).reply().footer().startsWith("From: topic-"), "footer falls back to the entry id");
        }
    }
}
