package mentorbot.tips;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mentorbot.platform.console.ConsoleTipPoster;
import mentorbot.platform.console.InputLine;
import mentorbot.mentor.Invocation;
import mentorbot.mentor.Platform;
import mentorbot.mentor.Reply;
import mentorbot.mentor.Request;
import mentorbot.mentor.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline flow as Main wires it: DailyTips on its own executor and a real (shifted) clock, the
 * console channel subscribed through /tips, the tip printed by the console poster. The clock is set
 * to half a second before the subscribed minute, so the one real wait is bounded and short.
 */
class ConsoleFlowTest {

    @TempDir
    Path dir;

    @Test
    void consoleSubscribePostsTheTipAtItsTimeAndStatusShowsIt() throws Exception {
        LocalTime at = LocalTime.of(9, 0);
        Instant target = LocalDate.now(ZoneOffset.UTC).plusDays(1).atTime(at).toInstant(ZoneOffset.UTC);
        ShiftedClock clock = new ShiftedClock();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleTipPoster console = new ConsoleTipPoster(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        CountDownLatch posted = new CountDownLatch(1);
        TipPoster poster = (channel, reply) -> {
            PostResult r = console.post(channel, reply);
            posted.countDown();
            return r;
        };
        try (DailyTips tips = DailyTips.builder(Fixtures.settings(dir), Fixtures.catalog(Fixtures.tips(3)))
                .clock(clock)
                .poster(Platform.CONSOLE, poster)
                .build()) {
            tips.start();
            clock.shiftTo(target.minusSeconds(1)); // real time runs on from one second before 09:00
            Request request = Request.command(Platform.CONSOLE, null, "me", null, "tips", "subscribe 09:00 UTC").from(InputLine.OPERATOR);
            Reply reply = tips.command().execute(new Invocation(request, "subscribe 09:00 UTC", Subject.NONE, null)).reply();
            assertTrue(reply.matched(), reply.opening());
            assertTrue(posted.await(20, TimeUnit.SECONDS), "the tip was posted at 09:00 (shifted clock)");
            String out = bytes.toString(StandardCharsets.UTF_8);
            assertTrue(out.contains("Tip of the day"), out);
            assertTrue(out.contains("From: Entry topic-"), out);
            Request status = Request.command(Platform.CONSOLE, null, "me", null, "tips", "status").from(InputLine.OPERATOR);
            Reply s = tips.command().execute(new Invocation(status, "status", Subject.NONE, null)).reply();
            String fields = s.fields().toString();
            assertTrue(fields.contains("Last tip"), fields);
            assertEquals(1, tips.store().ledger(Fixtures.console(), 5).size());
        }
        assertTrue(java.nio.file.Files.exists(dir.resolve("tips.db")));
    }

    /** The system clock shifted by an offset that can be set while running. */
    private static final class ShiftedClock extends Clock {
        private volatile Duration offset = Duration.ZERO;

        void shiftTo(Instant instant) {
            offset = Duration.between(Instant.now(), instant);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
