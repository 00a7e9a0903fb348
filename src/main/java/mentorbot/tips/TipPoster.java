package mentorbot.tips;

import mentorbot.mentor.Reply;

/**
 * The delivery port each platform implements: post one reply into one channel and say how it went.
 * Implementations make exactly one request per call (retries are the caller's business), never
 * throw for platform answers, and never let a post ping anyone (no @everyone, @here, roles, users).
 */
public interface TipPoster {

    PostResult post(ChannelKey channel, Reply reply);

    /** How fast this platform accepts posts; none by default. */
    default TipPace pace() {
        return TipPace.NONE;
    }
}
