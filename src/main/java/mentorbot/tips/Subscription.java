package mentorbot.tips;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A channel's daily tip: when (local time in a zone) and the state the rotation needs.
 *
 * @param effectiveFrom when this schedule was set: a local time that passed before it does not
 *                      count as missed (no catch-up for a day the channel was not yet subscribed)
 * @param pausedReason  why delivery stopped (channel archived, bot removed…); null when running
 * @param rotationSeed  seeds the channel's shuffled tip order (with the cycle number)
 * @param rotationCycle how many full passes through the tips this channel has started, from 0
 */
public record Subscription(ChannelKey channel, LocalTime time, ZoneId zone, String createdBy, Instant createdAt,
                           Instant effectiveFrom, boolean paused, String pausedReason,
                           long rotationSeed, int rotationCycle) {

    public boolean running() {
        return !paused;
    }
}
