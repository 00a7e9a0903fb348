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

    /** Whether the core would answer {@code request} from its cache; false when it cannot tell. */
    public boolean answersAtOnce(Request request) {
        try {
            return handler.answersAtOnce(request);
        } catch (RuntimeException e) {
            onFailure.accept(e);
            return false;
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
