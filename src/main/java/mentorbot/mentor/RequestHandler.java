package mentorbot.mentor;

/** The one entry point of the core for every platform: a request in, a neutral reply out. Never throws. */
public interface RequestHandler {

    Reply handle(Request request);

    /**
     * Whether handling {@code request} now would cost no more than a look-up (its answer is cached):
     * a platform may then answer on its own thread instead of handing it to a worker.
     */
    default boolean answersAtOnce(Request request) {
        return false;
    }
}
