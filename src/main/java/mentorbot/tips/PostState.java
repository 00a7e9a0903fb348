package mentorbot.tips;

/**
 * The life of a ledger row. {@code CLAIMED → SENDING → SENT}, with {@code SENDING → CLAIMED}
 * between retries and {@code → FAILED} when delivery gave up or the channel is gone.
 */
public enum PostState {
    /** The day is taken by one scheduler; no request has been sent, or the last one was refused. */
    CLAIMED,
    /** A request to the platform is in flight: the only state a crash leaves ambiguous. */
    SENDING,
    /** The platform accepted the post. */
    SENT,
    /** Given up (permanent error, retries exhausted, or interrupted mid-send): not posted again that day. */
    FAILED
}
