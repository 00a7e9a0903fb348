package mentorbot.mentor;

/** The one entry point of the core for every platform: a request in, a neutral reply out. Never throws. */
public interface RequestHandler {

    Reply handle(Request request);

    /**
     * The reply to {@code request}, handled in full as {@link #handle} would, when that costs no more
     * than a look-up (its answer is cached); empty, with nothing done, when it needs work. A platform
     * may answer the first on its own thread instead of handing it to a worker.
     */
    default java.util.Optional<Reply> answerFromCache(Request request) {
        return java.util.Optional.empty();
    }
}
