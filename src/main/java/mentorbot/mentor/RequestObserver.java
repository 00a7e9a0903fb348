package mentorbot.mentor;

/**
 * Told of every request the core handled and how it ended, for counting (the metrics adapter). The core
 * stays free of any metrics library: it says what happened, an observer decides what to count.
 * Called on the request's thread after the reply is made: implementations must be quick and never block.
 */
public interface RequestObserver {

    /**
     * @param command the request's command name as typed ({@code "salary"}), or empty for a message in words;
     *                raw input: an observer that labels by it must bound the names it keeps
     * @param nanos   how long the core took to make the reply
     */
    void handled(Platform platform, String command, Outcome outcome, long nanos);

    /** How a request ended, from its reply alone. */
    enum Outcome {
        /** Answered from the knowledge (help and greetings included). */
        ANSWERED,
        /** A question in words (a message, {@code /mentor <question>}) declined as outside what the guides cover. */
        OUT_OF_FIELD,
        /** A command that does not know what it was given: an unknown command, an argument it cannot read. */
        NOT_KNOWN,
        /** Refused by the rate limit. */
        SLOW_DOWN,
        /** The message asked nothing. */
        EMPTY,
        /** The core failed; the person was told to try again. */
        ERROR;

        /** How {@code request} ended, given the reply the core made. */
        public static Outcome of(Request request, Reply reply) {
            if (reply.kind() == Reply.Kind.SLOW_DOWN) {
                return SLOW_DOWN;
            }
            if (reply.kind() == Reply.Kind.EMPTY_MESSAGE) {
                return EMPTY;
            }
            if (reply.matched()) {
                return ANSWERED;
            }
            if (Replies.isInternalError(reply)) {
                return ERROR;
            }
            // /mentor with words is the free-text engine, as a message is; every other command reads its own arguments.
            return request.isFreeText() || request.command().equals(MENTOR) ? OUT_OF_FIELD : NOT_KNOWN;
        }

        private static final String MENTOR = "mentor";
    }
}
