package mentorbot.tips;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import mentorbot.config.Settings;
import mentorbot.mentor.Platform;
import mentorbot.store.PostgresDatabase;
import mentorbot.store.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two replicas' daily tips on one (embedded) PostgreSQL, each on virtual time of its own advanced in lock-step, so a
 * replica "dies" when its time stops: each channel's tip is posted once, and a dead replica's waiting claim is
 * taken over within the lease of one tick while a live one keeps its own.
 */
class ReplicaTipsTest {

    private static final Duration TICK = Duration.ofMinutes(1);
    private static final Instant START = Instant.parse("2026-06-15T08:59:00Z");

    private final Settings.Database db = TestPostgres.freshDatabase();
    private final TipCatalog catalog = Fixtures.catalog(Fixtures.tips(5));
    private final List<DailyTips> running = new ArrayList<>();

    private record Replica(DailyTips tips, VirtualTime time, RecordingPoster poster) {
    }

    private Replica replica(String owner, PostResult... script) {
        VirtualTime time = new VirtualTime(START);
        RecordingPoster poster = new RecordingPoster(time);
        for (PostResult r : script) {
            poster.then(r);
        }
        DailyTips tips = DailyTips.builder(Fixtures.settings(java.nio.file.Path.of("unused")), catalog)
                .store(SqlSubscriptionStore.open(PostgresDatabase.open(db, Duration.ofSeconds(5))))
                .timer(time).clock(time).random(new SplittableRandom(7)).owner(owner)
                .maxSleep(TICK).shared(true)
                .pace(Platform.SLACK, TipPace.NONE).poster(Platform.SLACK, poster)
                .build();
        running.add(tips);
        return new Replica(tips, time, poster);
    }

    /** Advances the live replicas together in ten-second steps. */
    private static void advance(Duration d, Replica... live) {
        Instant end = live[0].time().instant().plus(d);
        for (Instant t = live[0].time().instant(); t.isBefore(end); ) {
            t = t.plusSeconds(10);
            for (Replica r : live) {
                r.time().runUntil(t);
            }
        }
    }

    @AfterEach
    void close() {
        running.forEach(DailyTips::close);
    }

    @Test
    void twoReplicasPostEachOfSixtyChannelsOnce() {
        Replica a = replica("a");
        Replica b = replica("b");
        for (int i = 0; i < 60; i++) {
            a.tips().store().subscribe(new ChannelKey(Platform.SLACK, "T1", "C" + i), LocalTime.of(9, 0), ZoneId.of("UTC"), "U",
                    START);
        }
        a.tips().start();
        b.tips().start();
        advance(Duration.ofMinutes(5), a, b);

        List<ChannelKey> posted = new ArrayList<>();
        a.poster().delivered().forEach(p -> posted.add(p.channel()));
        b.poster().delivered().forEach(p -> posted.add(p.channel()));
        assertEquals(60, posted.size(), "one post per channel across both replicas");
        assertEquals(60, new HashSet<>(posted).size());
    }

    @Test
    void aLiveReplicaKeepsItsWaitingClaimAndADeadOnesIsPostedByTheOtherWithinATick() {
        ChannelKey slow = new ChannelKey(Platform.SLACK, "T1", "slow");
        ChannelKey orphan = new ChannelKey(Platform.SLACK, "T1", "orphan");
        Replica a = replica("a", new PostResult.RetryAfter(Duration.ofMinutes(20), "ratelimited"),
                new PostResult.RetryAfter(Duration.ofMinutes(20), "ratelimited"));
        a.tips().store().subscribe(slow, LocalTime.of(9, 0), ZoneId.of("UTC"), "U", START);
        a.tips().start();
        advance(Duration.ofSeconds(90), a); // 09:00:30: a tried slow (rate limited), holds its claim for a retry
        assertEquals(List.of(slow), a.poster().posts().stream().map(RecordingPoster.Post::channel).toList());

        Replica b = replica("b");
        b.time().set(a.time().instant());
        b.tips().start();
        advance(Duration.ofMinutes(10), a, b);
        assertEquals(List.of(), b.poster().posts(), "a renews its lease every tick: b leaves its claim alone");

        // a also holds a claim it has not tried yet (as if its pace gate held it back)…
        a.tips().store().subscribe(orphan, LocalTime.of(9, 0), ZoneId.of("UTC"), "U", START);
        assertTrue(a.tips().store().claim(orphan, START.atZone(ZoneId.of("UTC")).toLocalDate(), catalog.ids(), "a",
                a.time().instant()).isPresent());
        advance(Duration.ofMinutes(5), a, b);
        assertEquals(List.of(), b.poster().posts(), "both claims still a's");
        Instant died = a.time().instant(); // …and dies: its time stops

        advance(TICK.multipliedBy(2), b);
        List<ChannelKey> byB = b.poster().delivered().stream().map(RecordingPoster.Post::channel).toList();
        assertTrue(byB.contains(slow) && byB.contains(orphan), "b took both over within two ticks of " + died + ": " + byB);
        assertEquals(2, byB.size());
        assertEquals(List.of(), a.poster().delivered(), "nothing posted twice: a never got through");
        assertEquals(PostState.SENT, b.tips().store().ledger(orphan, 1).get(0).state());
    }
}
