package mentorbot.platform.slack;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import mentorbot.mentor.Reply;
import mentorbot.mentor.Request;
import mentorbot.mentor.RequestHandler;
import mentorbot.mentor.Visibility;

/** A deterministic core: echoes the request's text into every part of the reply, and records requests. */
final class EchoHandler implements RequestHandler {
    final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();

    @Override
    public Reply handle(Request request) {
        requests.add(request);
        return echo(request);
    }

    /** Echoes; an empty message gets what the real core gives it (its sort tells platforms to show their own hint). */
    static Reply echo(Request r) {
        if (r.isFreeText() && r.text().isBlank()) {
            return mentorbot.mentor.Replies.emptyMessage(List.of());
        }
        String what = r.isFreeText() ? "question" : "/" + r.command();
        String t = r.text();
        return new Reply(
                "Echo " + what + " " + t, "",
                "You wrote: " + t,
                List.of(new Reply.Field("Input", t), new Reply.Field("Command", what)),
                List.of(new Reply.Section("About " + t, "Text " + t, List.of("item " + t, "second item"))),
                List.of(new Reply.Suggestion("Salary " + t, mentorbot.mentor.Action.Run.of("/salary senior")), new Reply.Suggestion("Roles", mentorbot.mentor.Action.Run.of("/role"))),
                "footer " + t,
                Visibility.PRIVATE,
                true);
    }
}
