package mentorbot.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import mentorbot.tips.TipSchedule;

/**
 * When a weekly nudge is due, by the zone's own rules (the daily tips' schedule math: a time skipped by a
 * spring-forward gap fires at the gap's end, a time repeated in autumn fires at its first occurrence). Each nudge
 * belongs to the ISO week of its local date, the ledger's key, so a change of day within a week never sends a second.
 */
final class NudgeSchedule {

    /** A nudge missed while the bot was down is still sent this long after its time, never later. */
    static final Duration CATCH_UP = Duration.ofDays(1);

    /** This week's nudge, due now: its week key and when it fell due. */
    record Due(String week, Instant fire) {
    }

    private NudgeSchedule() {
    }

    /** The nudge due at {@code now}: the latest fire time at or before it, if set before then and not too long ago. */
    static Optional<Due> due(Nudge nudge, Instant now) {
        LocalDate date = LocalDate.ofInstant(now, nudge.zone()).with(TemporalAdjusters.previousOrSame(nudge.day()));
        Instant fire = fire(nudge, date);
        if (fire.isAfter(now)) {
            date = date.minusWeeks(1);
            fire = fire(nudge, date);
        }
        if (fire.isBefore(nudge.from()) || !now.isBefore(fire.plus(CATCH_UP))) {
            return Optional.empty();
        }
        return Optional.of(new Due(week(date), fire));
    }

    /** The first fire time strictly after {@code now}. */
    static Instant next(Nudge nudge, Instant now) {
        LocalDate date = LocalDate.ofInstant(now, nudge.zone()).with(TemporalAdjusters.nextOrSame(nudge.day()));
        Instant fire = fire(nudge, date);
        return fire.isAfter(now) ? fire : fire(nudge, date.plusWeeks(1));
    }

    static Instant fire(Nudge nudge, LocalDate date) {
        return TipSchedule.fireInstant(date, nudge.time(), nudge.zone());
    }

    /** {@code 2026-W49}: the ISO week-based year and week of a local date. */
    static String week(LocalDate date) {
        return String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
