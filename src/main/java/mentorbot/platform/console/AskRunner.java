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

    public AskRunner(RequestHandler handler, boolean asJson, String user, PrintStream out) {
        this.handler = handler;
        this.asJson = asJson;
        this.user = user;
        this.out = out;
    }

    public void answer(String input) {
        Reply reply = handler.handle(InputLine.parse(user, input));
        if (asJson) {
            ObjectNode line = json.createObjectNode();
            line.put("input", input);
            line.put("matched", reply.matched());
            line.put("title", reply.title());
            line.put("lead", reply.lead());
            line.put("text", renderer.body(reply));
            out.println(line);
        } else {
            out.println(renderer.render(reply));
        }
        out.flush();
    }

    /** Answers every line of {@code in}; blank lines are answered too (as empty input), so line counts match. */
    public void answerAll(BufferedReader in) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            answer(line);
        }
    }
}
