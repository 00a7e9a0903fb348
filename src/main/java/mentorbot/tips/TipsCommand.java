package mentorbot.tips;

import mentorbot.store.StorageException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mentorbot.config.Settings;
import mentorbot.mentor.Answer;
import mentorbot.mentor.SpecCommand;
import mentorbot.mentor.CommandSpec;
import mentorbot.mentor.CommandSpec.OptionSpec;
import mentorbot.mentor.CommandSpec.SubcommandSpec;
import mentorbot.mentor.CommandSpec.ValueSource;
import mentorbot.mentor.Invocation;
import mentorbot.mentor.Reply;
import mentorbot.mentor.ReplyBuilder;
import mentorbot.mentor.Request;
import mentorbot.mentor.Visibility;

/**
 * {@code /tips subscribe [HH:MM] [time zone]}, {@code /tips unsubscribe}, {@code /tips status}: the
 * daily tip of the channel the command was typed in. On the console and in {@code ask} there is one
 * local channel. Who may change it is the platform's call ({@link mentorbot.mentor.Caller#admin()}):
 * on Discord members with Manage Channels, which Discord enforces; on Slack anyone, unless
 * {@code slack.admins} lists user ids — then only they.
 */
public final class TipsCommand extends SpecCommand {

    static final String EXAMPLE = "/tips subscribe 09:00 Europe/Berlin";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    public static final CommandSpec SPEC = new CommandSpec("tips",
            "Daily learning tips in this channel: subscribe, unsubscribe, status",
            "subscribe [HH:MM] [time zone] | unsubscribe | status",
            List.of(),
            List.of(new SubcommandSpec("subscribe", "Post one tip here every day at a local time", List.of(
                            new OptionSpec("time", "Time of day, HH:MM (24-hour)", false, ValueSource.TIME),
                            new OptionSpec("zone", "Time zone, such as Europe/Berlin, UTC or +05:30", false, ValueSource.TIME_ZONE))),
                    new SubcommandSpec("unsubscribe", "Stop the daily tip in this channel", List.of()),
                    new SubcommandSpec("status", "Show this channel's daily tip schedule and the next post", List.of())),
            true);

    private final SubscriptionStore store;
    private final Clock clock;
    private final Settings settings;
    private final Runnable onChange;
    private final StorageFaults faults;

    /**
     * @param onChange called after a subscription changed (the scheduler re-plans); may be a no-op
     * @param faults   where a database that cannot be used is reported; its reply is the answer
     */
    public TipsCommand(SubscriptionStore store, Clock clock, Settings settings, Runnable onChange, StorageFaults faults) {
        super(SPEC, false);
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.onChange = onChange;
        this.faults = faults;
    }

    @Override
    public Answer execute(Invocation invocation) {
        Request request = invocation.request();
        List<String> words = Arrays.stream(invocation.args().strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
        String sub = words.isEmpty() ? "status" : words.get(0).toLowerCase(Locale.ROOT);
        List<String> rest = words.isEmpty() ? List.of() : words.subList(1, words.size());
        ChannelKey channel = ChannelKey.of(request);
        try {
            Reply reply = switch (sub) {
                case "subscribe", "start", "on" -> allowed(request) ? subscribe(channel, request, rest) : notAllowed();
                case "unsubscribe", "stop", "off" -> allowed(request) ? unsubscribe(channel) : notAllowed();
                case "status" -> status(channel);
                default -> usage("I do not know /tips " + sub + ".");
            };
            return Answer.of(reply);
        } catch (StorageException e) {
            return Answer.of(faults.report(e));
        }
    }

    private static boolean allowed(Request request) {
        return request.caller().admin();
    }

    private static Reply notAllowed() {
        return ReplyBuilder.titled("Only tip admins can change this")
                .intro("In this workspace only the people listed as tip admins in the bot's configuration can subscribe "
                        + "or unsubscribe a channel. Anyone can see the schedule with /tips status.")
                .suggest("Status", "/tips status")
                .unmatched()
                .build();
    }

    private Reply subscribe(ChannelKey channel, Request request, List<String> args) {
        String timeText = null;
        StringBuilder zoneText = new StringBuilder();
        for (String w : args) {
            if (timeText == null && zoneText.isEmpty() && TimeArgs.looksLikeTime(w)) {
                timeText = w;
            } else {
                zoneText.append(zoneText.isEmpty() ? "" : " ").append(w);
            }
        }
        Optional<LocalTime> time = TimeArgs.time(timeText == null ? settings.tips().defaultTime() : timeText);
        if (time.isEmpty()) {
            String bad = timeText == null ? settings.tips().defaultTime() + " (the configured default)" : timeText;
            return usage(bad + " is not a time of day. Give the time as HH:MM in 24-hour form, from 00:00 to 23:59.");
        }
        Optional<ZoneId> zone = TimeArgs.zone(zoneText.isEmpty() ? settings.tips().defaultZone() : zoneText.toString());
        if (zone.isEmpty()) {
            String bad = zoneText.isEmpty() ? settings.tips().defaultZone() + " (the configured default)" : zoneText.toString();
            return usage(bad + " is not a time zone I know. Use an IANA name such as Europe/Berlin or America/New_York, "
                    + "UTC, or an offset such as +05:30.");
        }
        Instant now = clock.instant();
        // Read before the write, so a /tips that fails on the database has changed nothing (its reply says so).
        Optional<LedgerEntry> last = store.ledger(channel, 1).stream().findFirst();
        Subscription s = store.subscribe(channel, time.get(), zone.get(), request.userId(), now);
        onChange.run();
        Instant next = TipScheduler.nextPost(s, now, last);
        return ReplyBuilder.titled("Daily tips are on")
                .intro("This channel gets one learning tip every day at " + s.time() + " " + zoneName(s.zone())
                        + ". The next one: " + when(next, s.zone()) + ".")
                .suggest("Status", "/tips status")
                .suggest("Stop", "/tips unsubscribe")
                .visibility(Visibility.SHARED)
                .build();
    }

    private Reply unsubscribe(ChannelKey channel) {
        boolean had = store.unsubscribe(channel, clock.instant());
        onChange.run();
        if (!had) {
            return ReplyBuilder.titled("No daily tips here")
                    .intro("This channel has no daily tip to stop. Start one with " + EXAMPLE + ".")
                    .suggest("Subscribe", "/tips subscribe")
                    .build();
        }
        return ReplyBuilder.titled("Daily tips are off")
                .intro("This channel gets no more daily tips. Subscribe again any time; the tips carry on where they stopped.")
                .suggest("Subscribe", "/tips subscribe")
                .visibility(Visibility.SHARED)
                .build();
    }

    private Reply status(ChannelKey channel) {
        Optional<Subscription> found = store.find(channel);
        if (found.isEmpty()) {
            return ReplyBuilder.titled("No daily tips here")
                    .intro("This channel is not subscribed to daily tips. Start with " + EXAMPLE + ".")
                    .suggest("Subscribe", "/tips subscribe")
                    .build();
        }
        Subscription s = found.get();
        Instant now = clock.instant();
        Optional<LedgerEntry> last = store.ledger(channel, 1).stream().findFirst();
        ReplyBuilder b = ReplyBuilder.titled("Daily tips: status")
                .field("Time", s.time().toString())
                .field("Time zone", zoneName(s.zone()));
        if (s.paused()) {
            b.intro("Paused: " + s.pausedReason() + ". Fix the channel (invite the bot back, unarchive it) and run "
                    + "/tips subscribe again to resume.");
            b.field("State", "paused");
        } else {
            b.field("Next tip", when(TipScheduler.nextPost(s, now, last), s.zone()));
        }
        last.ifPresent(e -> b.field("Last tip", e.date() + " (" + e.state().name().toLowerCase(Locale.ROOT) + ")"));
        return b.suggest("Stop", "/tips unsubscribe").build();
    }

    private static Reply usage(String problem) {
        return ReplyBuilder.titled("Could not set up daily tips")
                .intro(problem + " For example: " + EXAMPLE)
                .text("Usage", "/tips subscribe [HH:MM] [time zone] · /tips unsubscribe · /tips status")
                .suggest("Example", EXAMPLE)
                .unmatched()
                .build();
    }

    static String zoneName(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    /** An instant in the channel's local time, such as "Mon 23 Nov 2026, 09:00 CET". */
    static String when(Instant instant, ZoneId zone) {
        var local = instant.atZone(zone);
        String abbrev = zone instanceof ZoneOffset ? zoneName(zone) : DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH).format(local);
        return WHEN.format(local) + " " + abbrev;
    }
}
