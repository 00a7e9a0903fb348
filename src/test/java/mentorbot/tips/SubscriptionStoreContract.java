package mentorbot.tips;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mentorbot.mentor.Platform;
import mentorbot.store.TestBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every database behind {@link SqlSubscriptionStore} must do, run once per database: subscriptions, the
 * ledger's exactly-once claim (also between two "processes" with their own connections), the state moves only
 * the owner may make, and the take-over of a dead owner's claims.
 */
abstract class SubscriptionStoreContract {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final LocalDate DAY = LocalDate.parse("2026-03-02");
    private static final List<String> TIPS = List.of("tip-1", "tip-2", "tip-3");
    private static final ChannelKey GENERAL = new ChannelKey(Platform.SLACK, "T1", "C1");

    private TestBackend backend;
    private SqlSubscriptionStore store;
    private final List<SqlSubscriptionStore> others = new ArrayList<>();

    /** A new, empty database for each test. */
    abstract TestBackend backend();

    @BeforeEach
    void open() {
        backend = backend();
        store = SqlSubscriptionStore.open(backend.open());
    }

    @AfterEach
    void close() {
        others.forEach(SqlSubscriptionStore::close);
        store.close();
    }

    /** The same database through a connection of its own, as a second replica has. */
    private SqlSubscriptionStore another() {
        SqlSubscriptionStore s = SqlSubscriptionStore.open(backend.open());
        others.add(s);
        return s;
    }

    @Test
    void pingAnswersThroughTheStoresOwnConnection() {
        store.ping(); // what /readyz's store check runs: it throws when the database cannot be reached
        try (SqlSubscriptionStore other = SqlSubscriptionStore.open(backend.open())) {
            other.ping();
        }
    }

    @Test
    void aSubscriptionIsStoredUpdatedAndStopped() {
        store.subscribe(GENERAL, LocalTime.of(9, 0), ZoneId.of("Europe/Berlin"), "U1", T0);
        Subscription changed = store.subscribe(GENERAL, LocalTime.of(10, 30), ZoneId.of("UTC"), "U2", T0.plusSeconds(60));

        assertEquals(LocalTime.of(10, 30), changed.time());
        assertEquals(ZoneId.of("UTC"), changed.zone());
        assertEquals(List.of(changed), store.subscriptions());
        assertEquals(Optional.of(changed), another().find(GENERAL));
        assertTrue(store.unsubscribe(GENERAL, T0.plusSeconds(120)));
        assertFalse(store.unsubscribe(GENERAL, T0.plusSeconds(180)), "nothing left to stop");
        assertEquals(List.of(), store.subscriptions());
    }

    @Test
    void aPausedChannelKeepsItsReasonAndIsNotClaimed() {
        store.subscribe(GENERAL, LocalTime.of(9, 0), ZoneId.of("UTC"), "U1", T0);
        store.pause(GENERAL, "channel_not_found", T0);

        Subscription paused = store.find(GENERAL).orElseThrow();
        assertTrue(paused.paused());
        assertEquals("channel_not_found", paused.pausedReason());
        assertEquals(Optional.empty(), store.claim(GENERAL, DAY, TIPS, "a", T0));
        assertFalse(store.subscribe(GENERAL, LocalTime.of(9, 0), ZoneId.of("UTC"), "U1", T0).paused(), "subscribing again resumes");
    }

    @Test
    void aDayIsClaimedOnceAndMovesOnlyForItsOwner() {
        store.subscribe(GENERAL, LocalTime.of(9, 0), ZoneId.of("UTC"), "U1", T0);
        Claim claim = store.claim(GENERAL, DAY, TIPS, "a", T0).orElseThrow();

        assertEquals(Optional.empty(), store.claim(GENERAL, DAY, TIPS, "b", T0), "the day has its row");
        Claim stranger = new Claim(GENERAL, DAY, claim.tipId(), "b");
        assertFalse(store.beginAttempt(stranger, T0), "only the owner sends");
        assertTrue(store.beginAttempt(claim, T0));
        assertFalse(store.beginAttempt(claim, T0), "already sending");
        store.retryLater(claim, "rate limited", T0);
        assertTrue(store.beginAttempt(claim, T0.plusSeconds(30)));
        store.markSent(claim, "1700000000.000100", T0.plusSeconds(31));

        LedgerEntry row = store.ledger(GENERAL, 10).get(0);
        assertEquals(PostState.SENT, row.state());
        assertEquals(2, row.attempts());
        assertEquals("1700000000.000100", row.messageId());
        assertEquals("rate limited", row.detail());
        assertEquals(java.util.Set.of(SubscriptionStore.dayKey(GENERAL, DAY)), store.ledgerDaysSince(DAY));
    }

    @Test
    void tipsRotateWithoutRepeatingUntilEachWasShown() {
        store.subscribe(GENERAL, LocalTime.of(9, 0), ZoneId.of("UTC"), "U1", T0);
        List<String> shown = new ArrayList<>();
        for (int d = 0; d < TIPS.size(); d++) {
            Claim c = store.claim(GENERAL, DAY.plusDays(d), TIPS, "a", T0.plusSeconds(86_400L * d), true).orElseThrow();
            store.markSent(c, "m" + d, T0.plusSeconds(86_400L * d));
            shown.add(c.tipId());
        }
        assertEquals(TIPS.stream().sorted().toList(), shown.stream().sorted().toList());
        Claim next = store.claim(GENERAL, DAY.plusDays(3), TIPS, "a", T0.plusSeconds(86_400L * 3)).orElseThrow();
        assertEquals(1, store.find(GENERAL).orElseThrow().rotationCycle(), "a new cycle begins");
        assertTrue(TIPS.contains(next.tipId()));
    }

    @Test
    void twoReplicasRacingForTheSameDaysEachGetDisjointDays() throws Exception {
        int channels = 40;
        for (int i = 0; i < channels; i++) {
            store.subscribe(new ChannelKey(Platform.SLACK, "T1", "C" + i), LocalTime.of(9, 0), ZoneId.of("UTC"), "U1", T0);
        }
        SqlSubscriptionStore other = another();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> racers = new ArrayList<>();
            for (SqlSubscriptionStore s : List.of(store, other)) {
                String owner = s == store ? "a" : "b";
                racers.add(() -> {
                    int won = 0;
                    for (int i = 0; i < channels; i++) {
                        if (s.claim(new ChannelKey(Platform.SLACK, "T1", "C" + i), DAY, TIPS, owner, T0, true).isPresent()) {
                            won++;
                        }
                    }
                    return won;
                });
            }
            int total = 0;
            for (Future<Integer> f : pool.invokeAll(racers, 60, TimeUnit.SECONDS)) {
                total += f.get();
            }
            assertEquals(channels, total, "every day claimed exactly once");
            assertEquals(channels, store.ledgerDaysSince(DAY).size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDeadOwnersClaimIsTakenOverOnceAndItsInterruptedSendIsNotRepeated() {
        ChannelKey other = new ChannelKey(Platform.SLACK, "T1", "C2");
        store.subscribe(GENERAL, LocalTime.of(9, 0), ZoneId.of("UTC"), "U1", T0);
        store.subscribe(other, LocalTime.of(9, 0), ZoneId.of("UTC"), "U1", T0);
        store.claim(GENERAL, DAY, TIPS, "dead", T0).orElseThrow();
        store.claim(other, DAY, TIPS, "dead", T0, true).orElseThrow();
        Instant later = T0.plusSeconds(120);

        assertEquals(List.of(), another().takeOverStale("b", T0, DAY, later), "not stale yet");
        List<Claim> taken = another().takeOverStale("b", later, DAY, later);
        assertEquals(List.of(GENERAL), taken.stream().map(Claim::channel).toList());
        assertEquals("b", taken.get(0).owner());
        assertEquals(List.of(), store.takeOverStale("c", later, DAY, later.plusSeconds(1)),
                "the new owner's fresh claim is not stale");
        assertEquals(1, store.abandonInterrupted(later, later));
        assertEquals(PostState.FAILED, store.ledger(other, 1).get(0).state());
    }

    @Test
    void aLiveOwnerKeepsItsClaimsByRenewingThem() {
        store.subscribe(GENERAL, LocalTime.of(9, 0), ZoneId.of("UTC"), "U1", T0);
        store.claim(GENERAL, DAY, TIPS, "a", T0).orElseThrow();
        Instant later = T0.plusSeconds(120);

        assertEquals(1, store.renewClaims("a", later));
        assertEquals(List.of(), another().takeOverStale("b", later, DAY, later), "renewed at the cut-off: still alive");
    }
}
