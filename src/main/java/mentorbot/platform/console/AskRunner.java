package mentorbot.platform.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import mentorbot.mentor.PlainTextRenderer;
import mentorbot.mentor.Reply;
import mentorbot.mentor.RequestHandler;

/**
 * {@code ask}: answers one input, or every line of standard input in turn for one user (so
 * follow-ups work in a batch), as plain text or one JSON object per line.
 */
public final class AskRunner {

    private final RequestHandler handler;
    private final PlainTextRenderer renderer = new PlainTextRenderer();
    private final ObjectMapper json = new ObjectMapper();
    private final boolean asJson;
    private final String user;
    private final PrintStream out;
    private final ConsoleMentoring mentoring;

    public AskRunner(RequestHandler handler, boolean asJson, String user, PrintStream out) {
        this(handler, asJson, user, out, null);
    }

    /**
     * @param mentoring records each answer (platform console, this user) and clicks {@code mb:…} inputs; null:
     *                  neither. {@code --json} adds the answer's {@code answerId} and {@code buttons}.
     */
    public AskRunner(RequestHandler handler, boolean asJson, String user, PrintStream out,
                     mentorbot.mentoring.Mentoring mentoring) {
        this.handler = handler;
        this.asJson = asJson;
        this.user = user;
        this.out = out;
        this.mentoring = mentoring == null ? null : new ConsoleMentoring(mentoring);
    }

    /** Waits until every answer is recorded (before the process exits). */
    public void flush() {
        if (mentoring != null) {
            mentoring.flush();
        }
    }

    public void answer(String input) {
        if (mentoring != null && ConsoleMentoring.isClick(input)) {
            mentorbot.mentoring.Response response = mentoring.click(user, input);
            if (asJson) {
                print(input, response.reply(), null, response.buttons());
            } else {
                mentoring.print(out, response);
            }
            out.flush();
            return;
        }
        mentorbot.mentor.Request request = InputLine.parse(user, input);
        Reply reply = handler.handle(request);
        mentorbot.mentoring.Feedback feedback = mentoring == null ? null : mentoring.record(request, reply);
        if (asJson) {
            print(input, reply, feedback == null ? null : feedback.answerId(),
                    feedback == null ? java.util.List.of() : feedback.buttons());
        } else {
            out.println(renderer.render(reply));
        }
        out.flush();
    }

    private void print(String input, Reply reply, String answerId, java.util.List<mentorbot.mentoring.Button> buttons) {
        {
            ObjectNode line = json.createObjectNode();
            line.put("input", input);
            line.put("matched", reply.matched());
            line.put("title", reply.title());
            line.put("lead", reply.lead());
            line.put("text", renderer.body(reply));
            if (answerId != null) {
                line.put("answerId", answerId);
            }
            if (!buttons.isEmpty()) {
                com.fasterxml.jackson.databind.node.ArrayNode array = line.putArray("buttons");
                buttons.forEach(b -> array.addObject().put("label", b.label())
                        .put("id", mentorbot.platform.ActionIds.encode(b.action())));
            }
            out.println(line);
        }
    }

    /** Answers every line of {@code in}; blank lines are answered too (as empty input), so line counts match. */
    public void answerAll(BufferedReader in) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            answer(line);
        }
    }
}
