package mentorbot.mentoring;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mentorbot.mentor.Answer;
import mentorbot.mentor.CommandSpec;
import mentorbot.mentor.CommandSpec.OptionSpec;
import mentorbot.mentor.CommandSpec.ValueSource;
import mentorbot.mentor.Invocation;
import mentorbot.mentor.Reply;
import mentorbot.mentor.ReplyBuilder;
import mentorbot.mentor.SpecCommand;
import mentorbot.store.StorageException;

/** {@code /insights [7d|30d]}: what members asked that the bot could not answer (admins only, private). */
public final class InsightsCommand extends SpecCommand {

    public static final CommandSpec SPEC = CommandSpec.forAdmins("insights",
            "Admins: what members asked that I could not answer",
            "[7d | 30d]",
            new OptionSpec("period", "7d or 30d (default 7d)", false, ValueSource.PERIOD));

    static final int DEFAULT_DAYS = 7;
    private static final Pattern DAYS = Pattern.compile("(?i)(\\d{1,4})\\s*(d|days?)?");

    private final InsightsReport report;

    InsightsCommand(InsightsReport report) {
        super(SPEC, false);
        this.report = report;
    }

    /** The days of {@code 7d}, {@code 30 days}, {@code 7}; empty for anything else or outside 1..retention. */
    static Optional<Integer> days(String text, int max) {
        String t = text.strip();
        if (t.isEmpty()) {
            return Optional.of(DEFAULT_DAYS);
        }
        Matcher m = DAYS.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        int days = Integer.parseInt(m.group(1));
        return days >= 1 && days <= max ? Optional.of(days) : Optional.empty();
    }

    @Override
    public Answer execute(Invocation inv) {
        if (!inv.request().caller().admin()) {
            return Answer.of(MentoringReplies.notAdmin("read /insights"));
        }
        Optional<Integer> days = days(inv.args(), report.retentionDays());
        if (days.isEmpty()) {
            return Answer.of(ReplyBuilder.titled("How to use /insights")
                    .lead("Give the period as a number of days from 1 to " + report.retentionDays()
                            + " (questions are kept that long): /insights 7d or /insights 30d.")
                    .unmatched().build());
        }
        try {
            return Answer.of(reply(report.compute(days.get())));
        } catch (StorageException e) {
            return Answer.of(MentoringReplies.unavailable(e));
        }
    }

    private static Reply reply(Insights in) {
        ReplyBuilder b = ReplyBuilder.titled("Insights: the last " + in.days() + " days")
                .lead(in.questions() + " questions, " + in.declinedCount() + " declined (" + in.declinedPercent() + "%).");
        b.items("Declined questions", lines(in.declined()));
        b.items("Voted unhelpful", lines(in.unhelpful()));
        b.items("Entries, lowest helpful rate first", in.entries().stream()
                .map(e -> e.id() + ": " + e.helpful() + " helpful, " + e.unhelpful() + " unhelpful").toList());
        return b.footer("Only you see this. Question texts are kept for a limited time, then deleted.").build();
    }

    private static List<String> lines(List<Insights.Group> groups) {
        return groups.stream().map(g -> g.count() + "× " + g.question() + " (last " + g.lastSeen().toString().substring(0, 10) + ")")
                .toList();
    }
}
