package mentorbot.tips;

import mentorbot.mentor.Platform;

/**
 * Told how each daily tip's attempts ended, for counting (the metrics adapter); the tips feature stays free
 * of any metrics library. Called on the delivery thread: implementations must be quick and never block.
 */
public interface TipEvents {

    /** The platform accepted the day's tip. */
    void posted(Platform platform);

    /** An attempt failed and another is scheduled. */
    void retried(Platform platform);

    /** The day's tip was given up: refused for good, out of attempts, or its tip no longer exists. */
    void failed(Platform platform);
}
