package mentorbot.mentor;

/**
 * A reply plus what it teaches the conversation: the subject it was about, so that a follow-up
 * ("and what does it pay?") can use it.
 *
 * @param subject       the role, level and topic the answer was about; fields may be null
 * @param usedContext   true when the answer depended on earlier context (such answers are not cached)
 */
public record Answer(Reply reply, Subject subject, boolean usedContext) {

    public static Answer of(Reply reply) {
        return new Answer(reply, Subject.NONE, false);
    }

    public static Answer about(Reply reply, Subject subject) {
        return new Answer(reply, subject, false);
    }
}
