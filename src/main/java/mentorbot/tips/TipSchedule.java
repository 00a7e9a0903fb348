package mentorbot.tips;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Schedule math: when a local time on a local date happens in a zone.
 *
 * <p>DST: a local time that does not exist that day (spring-forward gap) fires at the first valid
 * instant after the gap, that is the transition instant itself (02:30 on a 02:00→03:00 day fires
 * at 03:00). A local time that exists twice (fall-back overlap) fires at its earlier occurrence;
 * the ledger is keyed by local date, so the later occurrence never posts again.
 */
public final class TipSchedule {

    private TipSchedule() {
    }

    /** The instant a subscription fires on {@code date}. */
    public static Instant fireInstant(LocalDate date, LocalTime time, ZoneId zone) {
        LocalDateTime local = LocalDateTime.of(date, time);
        ZoneRules rules = zone.getRules();
        if (rules.getValidOffsets(local).isEmpty()) {
            ZoneOffsetTransition gap = rules.getTransition(local);
            return gap.getInstant();
        }
        return local.atZone(zone).toInstant(); // earlier offset in an overlap
    }

    /** The local date in the subscription's zone at {@code now}. */
    public static LocalDate localDate(Instant now, ZoneId zone) {
        return LocalDate.ofInstant(now, zone);
    }

    /** The first fire instant strictly after {@code now}. */
    public static Instant nextFireAfter(Instant now, LocalTime time, ZoneId zone) {
        LocalDate date = localDate(now, zone).minusDays(1);
        for (int i = 0; i < 4; i++) {
            Instant fire = fireInstant(date.plusDays(i), time, zone);
            if (fire.isAfter(now)) {
                return fire;
            }
        }
        throw new IllegalStateException("no fire time within three days of " + now);
    }

    /** The first fire instant on a local date after {@code date}. */
    public static Instant firstFireAfterDate(LocalDate date, LocalTime time, ZoneId zone) {
        return fireInstant(date.plusDays(1), time, zone);
    }
}
