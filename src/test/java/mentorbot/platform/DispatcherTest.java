package mentorbot.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import mentorbot.mentor.Reply;
import mentorbot.mentor.ReplyBuilder;
import mentorbot.mentor.Request;
import mentorbot.mentor.RequestHandler;
import mentorbot.mentor.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class DispatcherTest {

    private static final Duration LONG = Duration.ofMinutes(10);
    private final Logger log = (Logger) LoggerFactory.getLogger("DispatcherTest");
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private Dispatcher dispatcher;

    DispatcherTest() {
        logged.start();
        log.addAppender(logged);
    }

    @AfterEach
    void close() {
        if (dispatcher != null) {
            dispatcher.close();
        }
        log.detachAppender(logged);
    }

    private Dispatcher dispatcher(RequestHandler handler, int threads, int waiting, Duration deadline, Duration drain) {
        dispatcher = new Dispatcher("Test", new SafeHandler(handler, e -> events.add("failed " + e.getMessage())),
                threads, waiting, deadline, drain, log);
        return dispatcher;
    }

    private static Request ask(String text) {
        return Request.freeText(Platform.CONSOLE, "T1", "U1", "C1", text);
    }

    private static Reply reply(String title) {
        return ReplyBuilder.titled(title).lead("lead").build();
    }

    /** A core that answers with the request's text once released, saying when it has started. */
    private static final class Gate implements RequestHandler {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public Reply handle(Request request) {
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return reply(request.text());
        }
    }

    private Dispatcher.Delivery recording() {
        return recording(() -> { });
    }

    /** Records each delivery in {@link #events}; {@code onDeferred} runs when the deadline passes. */
    private Dispatcher.Delivery recording(Runnable onDeferred) {
        return new Dispatcher.Delivery() {
            @Override
            public void now(Reply reply) {
                events.add("now " + reply.title());
            }

            @Override
            public void deferred() {
                events.add("deferred");
                onDeferred.run();
            }

            @Override
            public void later(Reply reply) {
                events.add("later " + reply.title());
            }

            @Override
            public void busy() {
                events.add("busy");
            }
        };
    }

    private String next() throws InterruptedException {
        String e = events.poll(10, TimeUnit.SECONDS);
        assertTrue(e != null, "nothing delivered within 10 s");
        return e;
    }

    @Test
    void aReplyReadyWithinTheDeadlineIsDeliveredNowAndNeverDeferred() throws Exception {
        dispatcher(request -> reply("fast"), 2, 4, LONG, LONG).answer(ask("q"), recording());
        assertEquals("now fast", next());
        dispatcher.close();
        assertTrue(events.isEmpty(), "nothing after the reply: " + events);
    }

    @Test
    void aCachedAnswerIsDeliveredOnTheCallersThreadWithoutAWorker() throws Exception {
        RequestHandler cached = new RequestHandler() {
            @Override
            public Reply handle(Request request) {
                return reply(Thread.currentThread().getName());
            }

            @Override
            public java.util.Optional<Reply> answerFromCache(Request request) {
                return java.util.Optional.of(handle(request));
            }
        };
        dispatcher(cached, 1, 1, LONG, LONG).answer(ask("q"), recording());
        assertEquals("now " + Thread.currentThread().getName(), events.poll(), "delivered before answer() returned");
    }

    @Test
    void pastTheDeadlineTheAdapterDefersThenGetsTheReplyLater() throws Exception {
        CountDownLatch deferred = new CountDownLatch(1);
        Dispatcher d = dispatcher(request -> {
            try {
                deferred.await(10, TimeUnit.SECONDS); // answers only once the deadline has passed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return reply("slow");
        }, 1, 1, Duration.ofMillis(1), LONG);
        d.answer(ask("q"), recording(deferred::countDown));
        assertEquals("deferred", next());
        assertEquals("later slow", next());
    }

    @Test
    void whenEveryWorkerAndWaitingSlotIsTakenTheNextIsBusyAtOnce() throws Exception {
        Gate gate = new Gate();
        Dispatcher d = dispatcher(gate, 1, 1, LONG, LONG);
        d.answer(ask("one"), recording());
        assertTrue(gate.started.await(10, TimeUnit.SECONDS));
        d.answer(ask("two"), recording());
        d.answer(ask("three"), recording());
        assertEquals("busy", next(), "the third finds the worker and the one waiting slot taken");
        assertFalse(d.answer(ask("four"), r -> events.add("sent")), "no deadline: busy too");
        gate.release.countDown();
        assertEquals(List.of("now one", "now two"), List.of(next(), next()));
    }

    @Test
    void aFullPoolSaysBusyEvenWhenTheDeadlineIsZero() throws Exception {
        Gate gate = new Gate();
        Dispatcher d = dispatcher(gate, 1, 1, Duration.ZERO, LONG);
        d.answer(ask("one"), recording());
        assertTrue(gate.started.await(10, TimeUnit.SECONDS));
        d.answer(ask("two"), recording());
        d.answer(ask("three"), recording());
        List<String> first = List.of(next(), next(), next());
        assertEquals(2, first.stream().filter("deferred"::equals).count(), first.toString());
        assertTrue(first.contains("busy"), "never deferred and then dropped: " + first);
        gate.release.countDown();
        assertEquals(List.of("later one", "later two"), List.of(next(), next()));
    }

    @Test
    void aFailingCoreGivesTheOneErrorReplyNotASilentDrop() throws Exception {
        dispatcher(request -> {
            throw new IllegalStateException("boom");
        }, 1, 1, LONG, LONG).answer(ask("q"), recording());
        assertEquals("failed boom", next());
        assertTrue(next().startsWith("now "), "the error reply is delivered");
    }

    @Test
    void closeLetsAcceptedAnswersFinishAndLogsWhatItCouldNotSend() throws Exception {
        Gate gate = new Gate();
        Dispatcher d = dispatcher(gate, 1, 8, LONG, Duration.ofMillis(50));
        for (String q : List.of("a", "b", "c")) {
            assertTrue(d.answer(ask(q), r -> events.add("sent " + r.title())));
        }
        assertTrue(gate.started.await(10, TimeUnit.SECONDS));
        d.close(); // the first is stuck past the drain time: it and the two behind it are reported
        gate.release.countDown();
        assertTrue(logged.list.stream().anyMatch(e -> e.getFormattedMessage().contains("3 answers unsent")),
                logged.list.toString());
        assertFalse(d.answer(ask("late"), r -> events.add("sent late")), "closed: busy");
    }
}
