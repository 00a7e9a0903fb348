package mentorbot.mentor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import mentorbot.knowledge.KnowledgeLoader;
import mentorbot.knowledge.KnowledgeSource;
import mentorbot.mentor.role.RoleCommand;
import mentorbot.testing.FakeTicker;
import mentorbot.testing.Knowledge;
import mentorbot.testing.MutableClock;
import mentorbot.testing.ReplyChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Per-user token buckets with a fake clock: a burst, a polite slow-down, a refill; the console is exempt. */
class RateLimiterTest {

    private final MutableClock clock = MutableClock.atEpoch();
    private final UserKey alice = new UserKey(Platform.SLACK, "T1", "alice");

    @Test
    void aBurstGoesThroughThenTheUserMustWait() {
        RateLimiter limiter = new RateLimiter(3, 60, 100, clock);
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, limiter.acquire(alice), "request " + i);
        }
        Duration wait = limiter.acquire(alice);
        assertFalse(wait.isZero());
        assertTrue(wait.compareTo(Duration.ofSeconds(1)) <= 0, "60 a minute refills one per second: " + wait);
    }

    @Test
    void theBucketRefillsWithTheClock() {
        RateLimiter limiter = new RateLimiter(2, 60, 100, clock);
        limiter.acquire(alice);
        limiter.acquire(alice);
        assertFalse(limiter.acquire(alice).isZero());
        clock.advance(Duration.ofMillis(999));
        assertFalse(limiter.acquire(alice).isZero());
        clock.advance(Duration.ofMillis(1));
        assertEquals(Duration.ZERO, limiter.acquire(alice));
        clock.advance(Duration.ofMinutes(10));
        assertEquals(Duration.ZERO, limiter.acquire(alice));
        assertEquals(Duration.ZERO, limiter.acquire(alice));
        assertFalse(limiter.acquire(alice).isZero(), "refill is capped at the burst");
    }

    @Test
    void usersHaveTheirOwnBuckets() {
        RateLimiter limiter = new RateLimiter(1, 60, 100, clock);
        assertEquals(Duration.ZERO, limiter.acquire(alice));
        assertFalse(limiter.acquire(alice).isZero());
        assertEquals(Duration.ZERO, limiter.acquire(new UserKey(Platform.SLACK, "T1", "bob")));
        assertEquals(Duration.ZERO, limiter.acquire(new UserKey(Platform.DISCORD, "T1", "alice")));
    }

    private MentorService service(RateLimiter limiter) {
        KnowledgeSource source = new KnowledgeSource(Knowledge.DIR, new KnowledgeLoader(), Knowledge.real());
        FakeTicker ticker = new FakeTicker();
        return new MentorService(source, new CommandRouter(List.of(new RoleCommand())), (q, c, kb) -> {
            throw new AssertionError("no free text here");
        }, new AnswerCache(100, Duration.ofMinutes(10), ticker), new ContextStore(100, Duration.ofMinutes(30), ticker),
                limiter, new InputSanitizer(1_000));
    }

    @ParameterizedTest
    @EnumSource(value = Platform.class, names = {"SLACK", "DISCORD"})
    void aFloodGetsAPoliteSlowDownReplyThenServiceResumes(Platform platform) {
        MentorService service = service(new RateLimiter(3, 30, 100, clock));
        Request r = Request.command(platform, "T1", "flooder", "C1", "role", "mlops");
        for (int i = 0; i < 3; i++) {
            assertTrue(service.handle(r).matched(), "burst request " + i);
        }
        Reply slow = service.handle(r);
        assertFalse(slow.matched());
        assertEquals("One moment, please", slow.title());
        assertTrue(slow.opening().contains("Try again in 2 seconds"), slow.opening());
        ReplyChecks.assertWithinLimits(slow);
        clock.advance(Duration.ofSeconds(2));
        assertTrue(service.handle(r).matched(), "after the refill the user is served again");
    }

    @Test
    void aCallerThePlatformExemptsIsNotLimited() {
        MentorService service = service(new RateLimiter(1, 1, 100, clock));
        Request r = Request.command(Platform.CONSOLE, "local", "me", "local", "role", "mlops").from(new Caller(false, false, true));
        for (int i = 0; i < 50; i++) {
            assertTrue(service.handle(r).matched(), "console request " + i);
        }
    }
}
