package mentorbot.platform.discord;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import mentorbot.mentor.Reply;
import mentorbot.mentor.Request;
import mentorbot.mentor.RequestHandler;
import mentorbot.mentor.Visibility;

/** A deterministic core for tests: echoes by default; can be made slow (blocked on a latch) or huge. */
final class TestHandler implements RequestHandler {

    final BlockingQueue<Request> received = new LinkedBlockingQueue<>();
    volatile Function<Request, Reply> behaviour = TestHandler::echo;

    @Override
    public Reply handle(Request request) {
        received.add(request);
        return behaviour.apply(request);
    }

    Request next() throws InterruptedException {
        Request r = received.poll(10, TimeUnit.SECONDS);
        if (r == null) {
            throw new AssertionError("the handler got no request within 10 s");
        }
        return r;
    }

    /** Echoes; an empty message gets what the real core gives it (its sort tells platforms to show their own hint). */
    static Reply echo(Request r) {
        if (r.isFreeText() && r.text().isBlank()) {
            return mentorbot.mentor.Replies.emptyMessage(List.of());
        }
        String title = r.isFreeText() ? "Answer" : "/" + r.command();
        return new Reply(title, "", "You asked: " + r.text(),
                List.of(new Reply.Field("Command", r.command().isEmpty() ? "(free text)" : r.command())),
                List.of(new Reply.Section("Details", "Echo of the request.", List.of("first point", "second point"))),
                List.of(new Reply.Suggestion("Senior pay", mentorbot.mentor.Action.Run.of("/salary senior")), new Reply.Suggestion("Help", mentorbot.mentor.Action.Run.of("/mentor help"))),
                "mentor-bot test", Visibility.PRIVATE, true);
    }

    /** Blocks until {@code release} is counted down (at most 20 s), then echoes. */
    static Function<Request, Reply> slow(CountDownLatch release) {
        return r -> {
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return echo(r);
        };
    }

    /** A reply far over every Discord limit. */
    static Reply huge() {
        String para = "word ".repeat(3_000).strip();
        List<Reply.Section> sections = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            sections.add(new Reply.Section("Section " + i, para, List.of("item " + i + " " + "x".repeat(300))));
        }
        List<Reply.Field> fields = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            fields.add(new Reply.Field("Field " + i, "value ".repeat(300)));
        }
        return new Reply("T".repeat(400), "", para + " " + para, fields, sections, List.of(), "f".repeat(3_000),
                Visibility.PRIVATE, true);
    }
}
