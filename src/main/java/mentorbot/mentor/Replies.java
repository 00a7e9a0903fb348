package mentorbot.mentor;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** The replies the pipeline itself gives: declines, notices, help. */
public final class Replies {
    private Replies() {
    }

    public static Reply slowDown(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return ReplyBuilder.titled("One moment, please")
                .intro("You are sending messages faster than I answer them well. Try again in "
                        + seconds + " second" + (seconds == 1 ? "" : "s") + ".")
                .kind(Reply.Kind.SLOW_DOWN)
                .unmatched()
                .build();
    }

    /** One instance, so that {@link #isInternalError} can tell it from a decline. */
    private static final Reply INTERNAL_ERROR = ReplyBuilder.titled("Something went wrong on my side")
            .intro("I could not answer that just now. Please try again; if it keeps happening, tell the people who run this bot.")
            .suggest("Help", "/mentor help")
            .unmatched()
            .build();

    public static Reply internalError() {
        return INTERNAL_ERROR;
    }

    /** Whether {@code reply} is {@link #internalError()} itself. */
    public static boolean isInternalError(Reply reply) {
        return reply == INTERNAL_ERROR;
    }

    /** Every worker is taken and the queue is full: nothing was lost, asking again soon works. */
    public static Reply busy() {
        return ReplyBuilder.titled("Busy right now")
                .intro("Many people are asking at once. Please try again in a few seconds.")
                .unmatched()
                .build();
    }

    public static Reply emptyMessage(List<CommandSpec> specs) {
        return help(specs, "Your message was empty. Here is what I can do.", false).withKind(Reply.Kind.EMPTY_MESSAGE);
    }

    public static Reply unknownCommand(String name, List<CommandSpec> specs) {
        String known = specs.stream().map(s -> "/" + s.name()).collect(Collectors.joining(", "));
        return ReplyBuilder.titled("Unknown command")
                .intro("I do not know the command /" + TextFit.fit(name.replaceAll("[^a-z0-9_-]", ""), 40)
                        + ". I understand " + known + ".")
                .suggest("Help", "/mentor help")
                .unmatched()
                .build();
    }

    /** The reply with a note that the user's text was cut before it was read. */
    public static Reply noteCut(Reply reply, int cutAt) {
        String note = String.format("Your message was long, so I read only its first %,d characters.", cutAt);
        String footer = reply.footer().isEmpty() ? note : TextFit.fit(note + " " + reply.footer(), ReplyLimits.FOOTER);
        return new Reply(reply.title(), reply.lead(), reply.intro(), reply.fields(), reply.sections(), reply.suggestions(),
                footer, reply.visibility(), reply.matched(), reply.entryIds(), reply.kind());
    }

    /** What the bot can do, one line per command. */
    public static Reply help(List<CommandSpec> specs, String intro, boolean matched) {
        ReplyBuilder b = ReplyBuilder.titled("mentor-bot: your guide to AI developer and AI engineer careers")
                .intro(intro);
        b.items("Commands", specs.stream()
                .map(s -> "/" + s.name() + (s.usageHint().isEmpty() ? "" : " " + s.usageHint()) + " — " + s.description())
                .toList());
        b.text("Ask in your own words",
                "Send me a direct message or use /mentor with a question, such as \"what does a senior AI engineer earn?\""
                        + " or \"do I need a PhD for generative AI work?\". Follow-ups like \"and what level is that?\" use what we just talked about.");
        b.suggest("All roles", "/role")
                .suggest("Salary ranges", "/salary")
                .suggest("Learning roadmap", "/roadmap")
                .suggest("Interview questions", "/interview")
                .suggest("A tip", "/tip")
                .footer("Answers are private to you unless you share them.");
        if (!matched) {
            b.unmatched();
        }
        return b.build();
    }
}
