package mentorbot.platform;

import java.util.function.Consumer;
import mentorbot.mentor.Replies;
import mentorbot.mentor.Reply;
import mentorbot.mentor.Request;
import mentorbot.mentor.RequestHandler;

/**
 * The core as the platforms call it: always a reply, never an exception or null. A failure becomes
 * the one "something went wrong" reply every platform shows, and is reported to {@code onFailure}
 * (the adapter logs it with its own name).
 */
public final class SafeHandler {

    private final RequestHandler handler;
    private final Consumer<RuntimeException> onFailure;

    public SafeHandler(RequestHandler handler, Consumer<RuntimeException> onFailure) {
        this.handler = handler;
        this.onFailure = onFailure;
    }

    /** The core's reply when it is a look-up away (see {@link RequestHandler#answerFromCache}); empty when it cannot tell. */
    public java.util.Optional<Reply> answerFromCache(Request request) {
        try {
            return handler.answerFromCache(request);
        } catch (RuntimeException e) {
            onFailure.accept(e);
            return java.util.Optional.empty();
        }
    }

    public Reply handle(Request request) {
        try {
            Reply reply = handler.handle(request);
            return reply == null ? Replies.internalError() : reply;
        } catch (RuntimeException e) {
            onFailure.accept(e);
            return Replies.internalError();
        }
    }
}
