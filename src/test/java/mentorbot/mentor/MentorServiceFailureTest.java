package mentorbot.mentor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import mentorbot.knowledge.KnowledgeLoader;
import mentorbot.knowledge.KnowledgeSource;
import mentorbot.testing.FakeTicker;
import mentorbot.testing.Knowledge;
import mentorbot.testing.MutableClock;
import mentorbot.testing.ReplyChecks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pipeline never throws: a failing command or answerer becomes a polite, uncached reply. */
class MentorServiceFailureTest {

    private Command broken;
    private FreeTextAnswerer freeText;
    private AnswerCache cache;
    private MentorService service;

    @BeforeEach
    void build() {
        broken = mock(Command.class);
        when(broken.spec()).thenReturn(CommandSpec.of("broken", "always fails", ""));
        when(broken.cacheable()).thenReturn(true);
        when(broken.execute(any())).thenThrow(new IllegalStateException("secret internal detail"));
        freeText = mock(FreeTextAnswerer.class);
        when(freeText.answer(anyString(), any(), any())).thenThrow(new NullPointerException("npe detail"));
        FakeTicker ticker = new FakeTicker();
        cache = new AnswerCache(100, Duration.ofMinutes(10), ticker);
        service = new MentorService(new KnowledgeSource(Knowledge.DIR, new KnowledgeLoader(), Knowledge.real()),
                new CommandRouter(List.of(broken)), freeText, cache, new ContextStore(100, Duration.ofMinutes(5), ticker),
                new RateLimiter(10, 30, 100, MutableClock.atEpoch()), new InputSanitizer(1_000));
    }

    @Test
    void aFailingCommandGivesAPoliteUnmatchedReplyWithoutDetails() {
        Reply r = service.handle(Request.command(Platform.SLACK, "T", "U", "C", "broken", "x"));
        assertFalse(r.matched());
        assertEquals("Something went wrong on my side", r.title());
        String text = ReplyChecks.render(r);
        assertFalse(text.contains("secret internal detail") || text.contains("Exception"), text);
    }

    @Test
    void aFailureIsNotCached() {
        service.handle(Request.command(Platform.SLACK, "T", "U", "C", "broken", "x"));
        service.handle(Request.command(Platform.SLACK, "T", "U", "C", "broken", "x"));
        verify(broken, times(2)).execute(any());
        assertEquals(0, cache.size());
    }

    @Test
    void aFailingFreeTextAnswererGivesAPoliteReply() {
        Reply r = service.handle(Request.freeText(Platform.DISCORD, "", "U", "D", "what is mlops?"));
        assertFalse(r.matched());
        assertFalse(ReplyChecks.render(r).contains("npe detail"));
    }

    @Test
    void anUnknownCommandIsDeclinedNotFailed() {
        Reply r = service.handle(Request.command(Platform.SLACK, "T", "U", "C", "nope", ""));
        assertFalse(r.matched());
        assertEquals("Unknown command", r.title());
        assertTrue(r.opening().contains("/broken"), "lists the commands it knows: " + r.opening());
    }
}
