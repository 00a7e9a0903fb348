package mentorbot.tips;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TipScheduleTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Test
    void nextFireInNewYorkBerlinAndKolkata() {
        Instant now = Instant.parse("2026-06-15T12:00:00Z");
        // 09:00 EDT (UTC-4) = 13:00Z; at 14:00Z (10:00 local) it has passed → tomorrow
        assertEquals(Instant.parse("2026-06-16T13:00:00Z"),
                TipSchedule.nextFireAfter(Instant.parse("2026-06-15T14:00:00Z"), LocalTime.of(9, 0), NEW_YORK));
        // 09:00 local is still ahead in New York today
        assertEquals(Instant.parse("2026-06-15T13:00:00Z"),
                TipSchedule.nextFireAfter(Instant.parse("2026-06-15T11:00:00Z"), LocalTime.of(9, 0), NEW_YORK));
        // Berlin CEST (UTC+2): 18:30 local = 16:30Z today
        assertEquals(Instant.parse("2026-06-15T16:30:00Z"), TipSchedule.nextFireAfter(now, LocalTime.of(18, 30), BERLIN));
        // Berlin in winter, CET (UTC+1)
        assertEquals(Instant.parse("2026-01-16T08:00:00Z"),
                TipSchedule.nextFireAfter(Instant.parse("2026-01-15T12:00:00Z"), LocalTime.of(9, 0), BERLIN));
        // Kolkata +05:30: 09:00 local = 03:30Z; at 12:00Z it is 17:30 there → tomorrow 03:30Z
        assertEquals(Instant.parse("2026-06-16T03:30:00Z"), TipSchedule.nextFireAfter(now, LocalTime.of(9, 0), KOLKATA));
        // local date differs from the UTC date: 23:00Z is already tomorrow in Kolkata
        assertEquals(LocalDate.of(2026, 6, 16), TipSchedule.localDate(Instant.parse("2026-06-15T23:00:00Z"), KOLKATA));
        assertEquals(Instant.parse("2026-06-16T03:30:00Z"),
                TipSchedule.nextFireAfter(Instant.parse("2026-06-15T23:00:00Z"), LocalTime.of(9, 0), KOLKATA));
    }

    @Test
    void springForwardGapFiresAtTheFirstValidInstant() {
        // New York, 8 March 2026: 02:00 EST jumps to 03:00 EDT; 02:30 does not exist
        assertEquals(Instant.parse("2026-03-08T07:00:00Z"),
                TipSchedule.fireInstant(LocalDate.of(2026, 3, 8), LocalTime.of(2, 30), NEW_YORK));
        assertEquals(Instant.parse("2026-03-08T07:00:00Z"),
                TipSchedule.nextFireAfter(Instant.parse("2026-03-08T06:00:00Z"), LocalTime.of(2, 30), NEW_YORK));
        // the day after, 02:30 exists again (EDT)
        assertEquals(Instant.parse("2026-03-09T06:30:00Z"),
                TipSchedule.nextFireAfter(Instant.parse("2026-03-08T07:00:00Z"), LocalTime.of(2, 30), NEW_YORK));
        // Berlin, 29 March 2026: 02:00 CET jumps to 03:00 CEST
        assertEquals(Instant.parse("2026-03-29T01:00:00Z"),
                TipSchedule.fireInstant(LocalDate.of(2026, 3, 29), LocalTime.of(2, 15), BERLIN));
    }

    @Test
    void fallBackOverlapFiresOnceAtTheEarlierInstant() {
        // New York, 1 November 2026: 01:30 happens at 05:30Z (EDT) and again at 06:30Z (EST)
        assertEquals(Instant.parse("2026-11-01T05:30:00Z"),
                TipSchedule.fireInstant(LocalDate.of(2026, 11, 1), LocalTime.of(1, 30), NEW_YORK));
        // after the first 01:30, the next fire is the next day, not the repeated 01:30
        assertEquals(Instant.parse("2026-11-02T06:30:00Z"),
                TipSchedule.nextFireAfter(Instant.parse("2026-11-01T05:30:00Z"), LocalTime.of(1, 30), NEW_YORK));
        // Berlin, 25 October 2026: 02:30 happens at 00:30Z (CEST) and 01:30Z (CET)
        assertEquals(Instant.parse("2026-10-25T00:30:00Z"),
                TipSchedule.fireInstant(LocalDate.of(2026, 10, 25), LocalTime.of(2, 30), BERLIN));
    }
}
