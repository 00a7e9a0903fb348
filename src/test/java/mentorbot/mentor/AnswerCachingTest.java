package mentorbot.mentor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import mentorbot.platform.console.InputLine;
import mentorbot.knowledge.KnowledgeLoader;
import mentorbot.knowledge.KnowledgeSource;
import mentorbot.mentor.role.RoleCommand;
import mentorbot.mentor.salary.SalaryCommand;
import mentorbot.mentor.command.TipCommand;
import mentorbot.testing.FakeTicker;
import mentorbot.testing.Knowledge;
import mentorbot.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The per-user answer cache, proven with Mockito spies on the commands and the free-text answerer. */
class AnswerCachingTest {

    private final FakeTicker ticker = new FakeTicker();
    private RoleCommand role;
    private SalaryCommand salary;
    private TipCommand tip;
    private FreeTextAnswerer freeText;
    private AnswerCache cache;
    private ContextStore contexts;
    private MentorService service;

    @BeforeEach
    void build() {
        role = spy(new RoleCommand());
        salary = spy(new SalaryCommand());
        tip = spy(new TipCommand(new SplittableRandom(7), (kb, q, accept, max) -> java.util.List.of()));
        freeText = mock(FreeTextAnswerer.class);
        service = service(20_000);
    }

    private MentorService service(int maxEntries) {
        cache = new AnswerCache(maxEntries, Duration.ofMinutes(10), ticker);
        contexts = new ContextStore(50_000, Duration.ofMinutes(30), ticker);
        KnowledgeSource source = new KnowledgeSource(Knowledge.DIR, new KnowledgeLoader(), Knowledge.real());
        return new MentorService(source, new CommandRouter(List.of(role, salary, tip)), freeText, cache, contexts,
                new RateLimiter(10, 30, 50_000, MutableClock.atEpoch()), new InputSanitizer(1_000));
    }

    private Reply ask(String user, String command, String args) {
        return service.handle(Request.command(Platform.SLACK, "T1", user, "C1", command, args));
    }

    private Reply say(String user, String text) {
        return service.handle(Request.freeText(Platform.SLACK, "T1", user, "D1", text));
    }

    @Test
    void aRepeatedRequestOfOneUserIsServedFromTheCache() {
        Reply first = ask("U1", "role", "mlops");
        Reply second = ask("U1", "role", "mlops");
        verify(role, times(1)).execute(any());
        assertSame(first, second);
        assertEquals(1, cache.stats().hitCount());
    }

    @Test
    void theCacheKeyIsTheNormalisedRequest() {
        ask("U1", "role", "mlops");
        ask("U1", "ROLE", "  MLOps   ");
        ask("U1", "/role", "mlops");
        verify(role, times(1)).execute(any());
    }

    @Test
    void twoUsersAreCachedSeparately() {
        ask("U1", "role", "mlops");
        ask("U2", "role", "mlops");
        verify(role, times(2)).execute(any());
        ask("U1", "role", "mlops");
        ask("U2", "role", "mlops");
        verify(role, times(2)).execute(any());
    }

    @Test
    void theSameUserIdOnAnotherPlatformIsAnotherUser() {
        ask("U1", "salary", "senior");
        service.handle(Request.command(Platform.DISCORD, "T1", "U1", "C1", "salary", "senior"));
        service.handle(Request.command(Platform.SLACK, "T2", "U1", "C1", "salary", "senior"));
        verify(salary, times(3)).execute(any());
    }

    @Test
    void differentArgumentsAreDifferentEntries() {
        ask("U1", "salary", "senior");
        ask("U1", "salary", "mid");
        verify(salary, times(2)).execute(any());
    }

    @Test
    void tipIsNeverCached() {
        ask("U1", "tip", "");
        ask("U1", "tip", "");
        verify(tip, times(2)).execute(any());
        assertEquals(0, cache.size());
    }

    @Test
    void anAnswerThatUsedContextIsNotCached() {
        Reply r = ReplyBuilder.titled("It pays well").build();
        when(freeText.answer(anyString(), any(), any())).thenReturn(new Answer(r, new Subject("mlops-engineer", null, "salary"), true));
        say("U1", "and what does it pay?");
        say("U1", "and what does it pay?");
        verify(freeText, times(2)).answer(anyString(), any(), any());
        assertEquals(0, cache.size());
    }

    @Test
    void aFreeTextAnswerWithoutContextIsCached() {
        Reply r = ReplyBuilder.titled("MLOps").build();
        when(freeText.answer(anyString(), any(), any())).thenReturn(Answer.about(r, new Subject("mlops-engineer", null, "role")));
        say("U1", "what is mlops?");
        say("U1", "What is MLOps?");
        verify(freeText, times(1)).answer(anyString(), any(), any());
    }

    @Test
    void emptyFreeTextNeverReachesTheAnswerer() {
        say("U1", "   ");
        say("U1", "<!channel>");
        verify(freeText, never()).answer(anyString(), any(), any());
    }

    @Test
    void entriesExpireAfterTheirTimeToLive() {
        ask("U1", "role", "mlops");
        ticker.advance(Duration.ofMinutes(10).plusSeconds(1));
        ask("U1", "role", "mlops");
        verify(role, times(2)).execute(any());
    }

    @Test
    void entriesWithinTheirTimeToLiveAreServed() {
        ask("U1", "role", "mlops");
        ticker.advance(Duration.ofMinutes(9));
        ask("U1", "role", "mlops");
        verify(role, times(1)).execute(any());
    }

    @Test
    void theCacheStaysBoundedUnder100000DistinctUsers() {
        int max = 1_000;
        AtomicInteger executions = new AtomicInteger();
        Answer fixed = Answer.of(ReplyBuilder.titled("fixed").build());
        Command counting = new Command() {
            @Override
            public CommandSpec spec() {
                return CommandSpec.of("count", "counts", "");
            }

            @Override
            public Answer execute(Invocation invocation) {
                executions.incrementAndGet();
                return fixed;
            }
        };
        cache = new AnswerCache(max, Duration.ofMinutes(10), ticker);
        KnowledgeSource source = new KnowledgeSource(Knowledge.DIR, new KnowledgeLoader(), Knowledge.real());
        service = new MentorService(source, new CommandRouter(List.of(counting)), freeText, cache,
                new ContextStore(max, Duration.ofMinutes(30), ticker),
                new RateLimiter(10, 30, max, MutableClock.atEpoch()), new InputSanitizer(1_000));
        for (int i = 0; i < 100_000; i++) {
            service.handle(Request.command(Platform.CONSOLE, "T1", "user-" + i, "C1", "count", "x").from(InputLine.OPERATOR));
        }
        assertEquals(100_000, executions.get(), "every distinct user is a miss");
        assertTrue(cache.size() <= max, "cache holds " + cache.size() + " > " + max);
        assertTrue(cache.stats().evictionCount() >= 100_000 - max);
    }

    @Test
    void theContextStoreStaysBoundedUnder100000DistinctUsers() {
        ContextStore store = new ContextStore(500, Duration.ofMinutes(30), ticker);
        for (int i = 0; i < 100_000; i++) {
            store.remember(ConversationKey.of(new UserKey(Platform.SLACK, "T1", "user-" + i)), new Subject("ai-engineer", null, "role"));
        }
        assertTrue(store.size() <= 500, "context store holds " + store.size());
    }

    @Test
    void clearEmptiesTheCache() {
        ask("U1", "role", "mlops");
        ask("U2", "role", "cv");
        assertEquals(2, cache.size());
        cache.clear();
        assertEquals(0, cache.size());
        ask("U1", "role", "mlops");
        verify(role, times(3)).execute(any());
    }

    @Test
    void theAnswerCacheReturnsTheStoredAnswerWithoutCallingTheSupplier() {
        AnswerCache c = new AnswerCache(10, Duration.ofMinutes(1), ticker);
        AnswerCache.Key key = new AnswerCache.Key(new UserKey(Platform.SLACK, "T", "U"), "role", "mlops");
        Answer a = Answer.of(ReplyBuilder.titled("a").build());
        assertSame(a, c.get(key, () -> a));
        assertSame(a, c.get(key, () -> {
            throw new AssertionError("recomputed");
        }));
        assertNotSame(a, c.get(new AnswerCache.Key(new UserKey(Platform.SLACK, "T", "U2"), "role", "mlops"),
                () -> Answer.of(ReplyBuilder.titled("b").build())));
    }

    @Test
    void anAnswerComputedWhileTheKnowledgeReloadsIsNotKept() {
        AnswerCache c = new AnswerCache(10, Duration.ofMinutes(1), ticker);
        AnswerCache.Key key = new AnswerCache.Key(new UserKey(Platform.SLACK, "T", "U"), "role", "mlops");
        Answer stale = Answer.of(ReplyBuilder.titled("old knowledge").build());
        assertSame(stale, c.get(key, () -> {
            c.clear(); // a reload lands while this answer is being computed from the old model
            return stale;
        }), "the asker still gets the answer computed for them");
        Answer fresh = Answer.of(ReplyBuilder.titled("new knowledge").build());
        assertSame(fresh, c.get(key, () -> fresh), "the next ask computes again instead of reusing the stale answer");
    }

    @Test
    void aRequestIsAnsweredFromTheCacheExactlyWhenItsAnswerIsThere() {
        Request senior = Request.command(Platform.SLACK, "T1", "U1", "C1", "salary", "Senior ");
        assertTrue(service.answerFromCache(senior).isEmpty(), "not asked yet");
        service.handle(senior);
        assertEquals(service.handle(senior), service.answerFromCache(senior).orElseThrow(), "the cached reply itself");
        assertTrue(service.answerFromCache(Request.command(Platform.SLACK, "T1", "U1", "C1", "salary", "senior")).isPresent(),
                "the same normalised arguments");
        assertTrue(service.answerFromCache(Request.command(Platform.SLACK, "T1", "U2", "C1", "salary", "senior")).isEmpty(),
                "another user's cache");
        service.handle(Request.command(Platform.SLACK, "T1", "U1", "C1", "tip", ""));
        assertTrue(service.answerFromCache(Request.command(Platform.SLACK, "T1", "U1", "C1", "tip", "")).isEmpty(), "never cached");
        assertTrue(service.answerFromCache(Request.command(Platform.SLACK, "T1", "U1", "C1", "nosuch", "")).isEmpty());
        assertTrue(service.answerFromCache(Request.freeText(Platform.SLACK, "T1", "U1", "C1", "  ")).isEmpty());
        long hits = cache.stats().hitCount();
        service.answerFromCache(Request.command(Platform.SLACK, "T1", "U9", "C1", "salary", "senior"));
        assertEquals(hits, cache.stats().hitCount(), "a look-up that finds nothing is not counted");
    }
}
