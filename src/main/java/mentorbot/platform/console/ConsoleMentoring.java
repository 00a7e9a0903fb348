package mentorbot.platform.console;

import java.io.PrintStream;
import java.util.Optional;
import mentorbot.mentor.Action;
import mentorbot.mentor.PlainTextRenderer;
import mentorbot.mentor.Reply;
import mentorbot.mentor.Request;
import mentorbot.mentoring.ChannelKind;
import mentorbot.mentoring.Feedback;
import mentorbot.mentoring.Mentoring;
import mentorbot.mentoring.Response;
import mentorbot.platform.ActionIds;

/**
 * The console's side of the mentoring loop: a typed {@code mb:…} line is a button click; every other
 * answer is recorded (platform {@code console}, the user's id) and printed with its buttons.
 */
final class ConsoleMentoring {

    private final Mentoring mentoring;
    private final PlainTextRenderer renderer = new PlainTextRenderer();

    ConsoleMentoring(Mentoring mentoring) {
        this.mentoring = mentoring;
    }

    static boolean isClick(String line) {
        return line.strip().startsWith("mb:");
    }

    /** The click's response; an id this version did not write is told so. */
    Response click(String user, String line) {
        Request clicker = InputLine.parse(user, "");
        Optional<Action> action = ActionIds.decode(line.strip());
        if (action.isEmpty() || action.get() instanceof Action.Run || action.get() instanceof Action.Share
                || action.get() instanceof Action.More) {
            return Response.of(mentorbot.mentor.ReplyBuilder.titled("That button no longer works")
                    .lead("I could not read " + mentorbot.mentor.TextFit.fit(line.strip(), 60)
                            + " as a button. Copy it from the line under an answer, such as mb:down:ID.")
                    .unmatched().build());
        }
        return mentoring.act(clicker, action.get());
    }

    Feedback record(Request request, Reply reply) {
        return mentoring.feedback(request, reply, ChannelKind.CONSOLE);
    }

    void print(PrintStream out, Response response) {
        out.println(renderer.render(response.reply()));
        ConsoleMentorPort.printButtons(out, response.buttons());
    }

    void flush() {
        mentoring.flush();
    }
}
