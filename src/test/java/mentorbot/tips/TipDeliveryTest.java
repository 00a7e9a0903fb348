package mentorbot.tips;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mentorbot.mentor.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TipDeliveryTest {

    private static final ChannelKey CHANNEL = new ChannelKey(Platform.SLACK, "T1", "C1");
    private static final Instant NINE = Instant.parse("2026-06-15T09:00:00Z");
    private final TipCatalog catalog = Fixtures.catalog(Fixtures.tips(5));

    @TempDir
    Path dir;

    private DailyTips subscribed(VirtualTime time, RecordingPoster poster) {
        DailyTips tips = Fixtures.tips(dir, time, catalog, poster, "a");
        tips.store().subscribe(CHANNEL, LocalTime.of(9, 0), ZoneOffset.UTC, "U1", time.instant());
        tips.start();
        return tips;
    }

    @Test
    void rateLimitIsWaitedOutThenDeliveredOnce() {
        VirtualTime time = new VirtualTime(NINE.minusSeconds(60));
        RecordingPoster poster = new RecordingPoster(time).then(new PostResult.RetryAfter(Duration.ofSeconds(2), "ratelimited"));
        try (DailyTips tips = subscribed(time, poster)) {
            time.runUntil(NINE.plusSeconds(1));
            assertEquals(1, poster.posts().size(), "no retry before Retry-After");
            time.runUntil(NINE.plusSeconds(30));
            assertEquals(List.of(NINE, NINE.plusSeconds(2)), poster.posts().stream().map(RecordingPoster.Post::at).toList());
            assertEquals(1, poster.delivered().size());
            LedgerEntry e = tips.store().ledger(CHANNEL, 1).get(0);
            assertEquals(PostState.SENT, e.state());
            assertEquals(2, e.attempts());
        }
    }

    @Test
    void serverErrorsAreRetriedWithGrowingJitteredBackoff() {
        VirtualTime time = new VirtualTime(NINE.minusSeconds(60));
        RecordingPoster poster = new RecordingPoster(time)
                .then(new PostResult.Transient("HTTP 500"))
                .then(new PostResult.Transient("timeout"));
        try (DailyTips tips = subscribed(time, poster)) {
            time.runUntil(NINE.plus(Duration.ofMinutes(5)));
            List<Instant> at = poster.posts().stream().map(RecordingPoster.Post::at).toList();
            assertEquals(3, at.size());
            Duration first = Duration.between(at.get(0), at.get(1));
            Duration second = Duration.between(at.get(1), at.get(2));
            assertTrue(first.compareTo(Duration.ofSeconds(1)) >= 0 && first.compareTo(Duration.ofSeconds(2)) <= 0, first.toString());
            assertTrue(second.compareTo(Duration.ofSeconds(2)) >= 0 && second.compareTo(Duration.ofSeconds(4)) <= 0, second.toString());
            assertEquals(1, poster.delivered().size());
            assertEquals(3, tips.store().ledger(CHANNEL, 1).get(0).attempts());
        }
    }

    @Test
    void permanentErrorPausesTheSubscriptionAndSaysWhy() {
        VirtualTime time = new VirtualTime(NINE.minusSeconds(60));
        RecordingPoster poster = new RecordingPoster(time).then(new PostResult.Permanent("Slack: channel_not_found", true));
        try (DailyTips tips = subscribed(time, poster)) {
            time.runUntil(NINE.plus(Duration.ofDays(2)));
            assertEquals(1, poster.posts().size(), "a paused channel gets nothing more");
            Subscription s = tips.store().find(CHANNEL).orElseThrow();
            assertTrue(s.paused());
            assertEquals("Slack: channel_not_found", s.pausedReason());
            assertEquals(PostState.FAILED, tips.store().ledger(CHANNEL, 1).get(0).state());
            // subscribing again resumes
            tips.store().subscribe(CHANNEL, LocalTime.of(9, 0), ZoneOffset.UTC, "U1", time.instant());
            assertFalse(tips.store().find(CHANNEL).orElseThrow().paused());
        }
    }

    @Test
    void givesUpAfterTheAttemptLimitWithoutPausing() {
        VirtualTime time = new VirtualTime(NINE.minusSeconds(60));
        RecordingPoster poster = new RecordingPoster(time);
        for (int i = 0; i < RetryPolicy.DEFAULT.maxAttempts(); i++) {
            poster.then(new PostResult.Transient("HTTP 503"));
        }
        try (DailyTips tips = subscribed(time, poster)) {
            time.runUntil(NINE.plus(Duration.ofHours(1)));
            assertEquals(RetryPolicy.DEFAULT.maxAttempts(), poster.posts().size());
            LedgerEntry e = tips.store().ledger(CHANNEL, 1).get(0);
            assertEquals(PostState.FAILED, e.state());
            assertTrue(e.detail().startsWith("gave up after"), e.detail());
            assertFalse(tips.store().find(CHANNEL).orElseThrow().paused());
            time.runUntil(NINE.plus(Duration.ofDays(1)));
            assertEquals(1, poster.delivered().size(), "the next day is tried again");
        }
    }

    @Test
    void everyAttemptIsToldAsPostedRetriedOrFailedByPlatform() {
        VirtualTime time = new VirtualTime(NINE.minusSeconds(60));
        RecordingPoster poster = new RecordingPoster(time).then(new PostResult.RetryAfter(Duration.ofSeconds(2), "ratelimited"))
                .then(new PostResult.Transient("HTTP 500"));
        List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        TipEvents events = new TipEvents() {
            @Override
            public void posted(Platform platform) {
                told.add("posted " + platform);
            }

            @Override
            public void retried(Platform platform) {
                told.add("retried " + platform);
            }

            @Override
            public void failed(Platform platform) {
                told.add("failed " + platform);
            }
        };
        ChannelKey gone = new ChannelKey(Platform.SLACK, "T1", "C2");
        try (DailyTips tips = Fixtures.builder(dir, time, catalog, poster, "a").events(events).build()) {
            tips.store().subscribe(CHANNEL, LocalTime.of(9, 0), ZoneOffset.UTC, "U1", time.instant());
            tips.start();
            time.runUntil(NINE.plus(Duration.ofMinutes(5)));
            assertEquals(List.of("retried SLACK", "retried SLACK", "posted SLACK"), told);

            poster.then(new PostResult.Permanent("Slack: channel_not_found", true));
            tips.store().subscribe(gone, LocalTime.of(9, 0), ZoneOffset.UTC, "U1", time.instant());
            time.runUntil(NINE.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(5)));
            assertEquals(1, told.stream().filter(t -> t.equals("failed SLACK")).count(), told.toString());
        }
    }

    @Test
    void fanOutOfTenThousandChannelsIsDeliveredExactlyOnceWithinThePace() {
        VirtualTime time = new VirtualTime(NINE.minusSeconds(30));
        RecordingPoster poster = new RecordingPoster(time);
        int teams = 10;
        int channels = 10_000;
        TipPace pace = new TipPace(Duration.ofSeconds(1), Duration.ofMillis(200), Duration.ZERO); // 1/s per channel, 5/s per workspace
        try (DailyTips tips = Fixtures.builder(dir, time, catalog, poster, "a").pace(Platform.SLACK, pace).build()) {
            for (int i = 0; i < channels; i++) {
                tips.store().subscribe(new ChannelKey(Platform.SLACK, "T" + (i % teams), "C" + i), LocalTime.of(9, 0),
                        ZoneOffset.UTC, "U", time.instant());
            }
            tips.start();
            Duration budget = pace.perTeam().multipliedBy(channels / teams); // 200 s of posting per workspace
            time.runUntil(NINE.plus(budget).plusSeconds(60));
            List<RecordingPoster.Post> posts = poster.posts();
            assertEquals(channels, posts.size());
            assertEquals(channels, posts.stream().map(RecordingPoster.Post::channel).distinct().count());
            Map<String, Instant> lastInTeam = new HashMap<>();
            for (RecordingPoster.Post p : posts) {
                assertFalse(p.at().isBefore(NINE));
                Instant prev = lastInTeam.put(p.channel().teamKey(), p.at());
                if (prev != null) {
                    assertTrue(Duration.between(prev, p.at()).compareTo(pace.perTeam()) >= 0,
                            "two posts in " + p.channel().teamKey() + " closer than the pace at " + p.at());
                }
            }
            Instant lastPost = posts.get(posts.size() - 1).at();
            assertTrue(!lastPost.isAfter(NINE.plus(budget)), "paced, not stalled: last post at " + lastPost);
            assertEquals(0, tips.scheduler().pendingCount());
        }
    }
}
