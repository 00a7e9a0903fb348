package mentorbot.mentor;

import java.util.Objects;
import java.util.Optional;

/** A request handler that tells an observer how each request ended and how long the core took. */
public final class ObservedHandler implements RequestHandler {

    private final RequestHandler handler;
    private final RequestObserver observer;

    public ObservedHandler(RequestHandler handler, RequestObserver observer) {
        this.handler = Objects.requireNonNull(handler, "handler");
        this.observer = Objects.requireNonNull(observer, "observer");
    }

    @Override
    public Reply handle(Request request) {
        long start = System.nanoTime();
        Reply reply = handler.handle(request);
        observe(request, reply, start);
        return reply;
    }

    @Override
    public Optional<Reply> answerFromCache(Request request) {
        long start = System.nanoTime();
        Optional<Reply> reply = handler.answerFromCache(request);
        // Empty: nothing was handled; the request comes back through handle().
        reply.ifPresent(r -> observe(request, r, start));
        return reply;
    }

    private void observe(Request request, Reply reply, long start) {
        observer.handled(request.platform(), request.command(), RequestObserver.Outcome.of(request, reply),
                System.nanoTime() - start);
    }
}
