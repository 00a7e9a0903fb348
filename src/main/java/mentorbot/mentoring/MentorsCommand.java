package mentorbot.mentoring;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mentorbot.mentor.Answer;
import mentorbot.mentor.CommandSpec;
import mentorbot.mentor.CommandSpec.OptionSpec;
import mentorbot.mentor.CommandSpec.SubcommandSpec;
import mentorbot.mentor.CommandSpec.ValueSource;
import mentorbot.mentor.Invocation;
import mentorbot.mentor.Mention;
import mentorbot.mentor.Reply;
import mentorbot.mentor.ReplyBuilder;
import mentorbot.mentor.Request;
import mentorbot.mentor.SpecCommand;
import mentorbot.store.StorageException;

/** {@code /mentors channel #name} and {@code /mentors status}: where this team's mentor requests go (admins only). */
public final class MentorsCommand extends SpecCommand {

    public static final CommandSpec SPEC = new CommandSpec("mentors",
            "Admins: set the mentors channel, or see mentor requests",
            "channel #name | status",
            List.of(),
            List.of(new SubcommandSpec("channel", "Send mentor requests to this channel", List.of(
                            new OptionSpec("channel", "The mentors channel, such as #mentors", true, ValueSource.CHANNEL))),
                    new SubcommandSpec("status", "The mentors channel and the open requests", List.of())),
            true);

    private final MentoringState state;
    private final Clock clock;
    private final Duration remindAfter;

    MentorsCommand(MentoringState state, Clock clock, Duration remindAfter) {
        super(SPEC, false);
        this.state = state;
        this.clock = clock;
        this.remindAfter = remindAfter;
    }

    @Override
    public Answer execute(Invocation inv) {
        Request request = inv.request();
        if (!request.caller().admin()) {
            return Answer.of(MentoringReplies.notAdmin("set the mentors channel or see mentor requests"));
        }
        String args = inv.args().strip();
        int space = args.indexOf(' ');
        String sub = (space < 0 ? args : args.substring(0, space)).toLowerCase(Locale.ROOT);
        String rest = space < 0 ? "" : args.substring(space + 1).strip();
        try {
            if (sub.isEmpty() || sub.equals("status")) {
                return Answer.of(status(request));
            }
            if (sub.equals("channel")) {
                return Answer.of(channel(request, rest));
            }
            return Answer.of(usage("I do not know /mentors " + sub + "."));
        } catch (StorageException e) {
            return Answer.of(MentoringReplies.unavailable(e));
        }
    }

    private Reply channel(Request request, String text) {
        if (text.isEmpty()) {
            return usage("Name the channel: /mentors channel #mentors (or /mentors channel here).");
        }
        Optional<ChannelArg.Parsed> parsed = ChannelArg.parse(text, request.channelId());
        if (parsed.isEmpty()) {
            return usage("I could not read \"" + mentorbot.mentor.TextFit.fit(text, 60)
                    + "\" as a channel. Pick it from the list as you type #, or write its name like #mentors.");
        }
        MentorsChannel channel = new MentorsChannel(request.platform(), request.teamId(), parsed.get().id(), parsed.get().name());
        state.channels().set(channel, request.userId(), clock.instant());
        return ReplyBuilder.titled("Mentors channel set")
                .lead("Mentor requests now go to " + channel.label() + ". Make sure the bot can post there.")
                .field("Mentors channel", channel.label(), Mention.channel(channel.channelId()))
                .suggest("Status", "/mentors status")
                .build();
    }

    private Reply status(Request request) {
        Optional<MentorsChannel> channel = state.channels().of(request.platform(), request.teamId());
        if (channel.isEmpty()) {
            return ReplyBuilder.titled("No mentors channel yet")
                    .lead("No mentors channel is set, so learners are not offered \"Ask a mentor\". Set one with /mentors channel #name.")
                    .build();
        }
        List<MentorRequest> requests = state.store().requests(request.platform(), request.teamId(), 200);
        long open = requests.stream().filter(r -> r.state() == RequestState.OPEN).count();
        long claimed = requests.stream().filter(r -> r.state() == RequestState.CLAIMED).count();
        List<MentorRequest> unsent = requests.stream().filter(r -> r.state() == RequestState.UNSENT).toList();
        ReplyBuilder b = ReplyBuilder.titled("Mentors")
                .lead("Mentor requests go to " + channel.get().label() + ": " + open + " open, " + claimed + " claimed.")
                .field("Mentors channel", channel.get().label(), Mention.channel(channel.get().channelId()))
                .field("Open", Long.toString(open))
                .field("Claimed", Long.toString(claimed))
                .field("Reminder after", remindAfter.toString().substring(2).toLowerCase(Locale.ROOT));
        if (!unsent.isEmpty()) {
            b.items("Could not be posted (kept; the learner's next click tries again)", unsent.stream()
                    .map(r -> "\"" + mentorbot.mentor.TextFit.fit(r.question(), 80) + "\": " + r.detail()).limit(10).toList());
        }
        return b.build();
    }

    private static Reply usage(String problem) {
        return ReplyBuilder.titled("How to use /mentors")
                .lead(problem)
                .items("Usage", List.of("/mentors channel #name — send mentor requests to that channel",
                        "/mentors channel here — to this channel", "/mentors status — the channel and the open requests"))
                .unmatched().build();
    }
}
