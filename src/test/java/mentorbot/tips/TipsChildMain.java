package mentorbot.tips;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import mentorbot.platform.console.InputLine;
import mentorbot.mentor.Invocation;
import mentorbot.mentor.Platform;
import mentorbot.mentor.Request;
import mentorbot.mentor.Subject;

/**
 * Test-only stand-in for the bot's process in the SIGKILL test: opens the tips database in the data
 * directory the way the bot does (full durability), subscribes the console channel through the
 * /tips command, records a sent post for today, prints READY and waits to be killed.
 */
public final class TipsChildMain {

    private TipsChildMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        Clock clock = Clock.systemUTC();
        SqlSubscriptionStore store = SqlSubscriptionStore.open(Fixtures.settings(dataDir));
        TipsCommand command = new TipsCommand(store, clock, Fixtures.settings(dataDir), () -> { }, new StorageFaults());
        Request request = Request.command(Platform.CONSOLE, null, "child", null, "tips", "subscribe 08:30 Europe/Berlin").from(InputLine.OPERATOR);
        var answer = command.execute(new Invocation(request, "subscribe 08:30 Europe/Berlin", Subject.NONE, null));
        if (!answer.reply().matched()) {
            throw new IllegalStateException(answer.reply().opening());
        }
        Instant now = clock.instant();
        LocalDate today = TipSchedule.localDate(now, java.time.ZoneId.of("Europe/Berlin"));
        Claim claim = store.claim(Fixtures.console(), today, Fixtures.catalog(Fixtures.tips(5)).ids(), "child", now)
                .orElseThrow();
        store.beginAttempt(claim, now);
        store.markSent(claim, "console-1", now);
        System.out.println("READY " + today);
        System.out.flush();
        for (int i = 0; i < 600; i++) { // killed long before this ends
            Thread.sleep(100);
        }
        System.exit(3);
    }
}
