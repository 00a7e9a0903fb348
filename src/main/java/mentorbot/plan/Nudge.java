package mentorbot.plan;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The learner's weekly nudge: a DM on {@code day} at {@code time} in {@code zone}.
 *
 * @param from when it was set: a time that passed before this is not caught up
 */
public record Nudge(DayOfWeek day, LocalTime time, ZoneId zone, Instant from) {
}
