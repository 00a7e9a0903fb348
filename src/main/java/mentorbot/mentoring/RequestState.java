package mentorbot.mentoring;

/** Where a mentor request stands. */
public enum RequestState {
    /** Claimed for posting; the card is being sent. */
    POSTING,
    /** The card could not be posted (the reason is kept); the learner's next click tries again. */
    UNSENT,
    /** The card is in the mentors channel, waiting for a mentor. */
    OPEN,
    /** A mentor took it. */
    CLAIMED,
    /** The mentor marked it done. */
    RESOLVED,
    /**
     * Never stored: the learner asked the bot to forget them ({@code /mentor forget me}), so their request was
     * deleted and its card edited to say so, without their question or name.
     */
    WITHDRAWN
}
