package mentorbot.platform.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import mentorbot.mentor.PlainTextRenderer;
import mentorbot.mentor.RequestHandler;

/** The local console: a chat with the bot in the terminal, for trying it without any platform. */
public final class ConsoleChat {

    private final RequestHandler handler;
    private final PlainTextRenderer renderer = new PlainTextRenderer();
    private final String user;
    private final ConsoleMentoring mentoring;

    public ConsoleChat(RequestHandler handler, String user) {
        this(handler, user, null);
    }

    /** @param mentoring records each answer and prints its buttons ({@code mb:…} lines click them); null: neither */
    public ConsoleChat(RequestHandler handler, String user, mentorbot.mentoring.Mentoring mentoring) {
        this.handler = handler;
        this.user = user;
        this.mentoring = mentoring == null ? null : new ConsoleMentoring(mentoring);
    }

    public void run(BufferedReader in, PrintStream out) throws IOException {
        out.println("mentor-bot console. Type /mentor help, a command such as /salary senior, or a question. /quit leaves.");
        while (true) {
            out.print("> ");
            out.flush();
            String line = in.readLine();
            if (line == null || isQuit(line)) {
                out.println("Bye.");
                return;
            }
            if (line.isBlank()) {
                continue;
            }
            if (mentoring != null && ConsoleMentoring.isClick(line)) {
                mentoring.print(out, mentoring.click(user, line));
                continue;
            }
            mentorbot.mentor.Request request = InputLine.parse(user, line);
            mentorbot.mentor.Reply reply = handler.handle(request);
            out.println(renderer.render(reply));
            if (mentoring != null) {
                ConsoleMentorPort.printButtons(out, mentoring.record(request, reply).buttons());
            }
        }
    }

    private static boolean isQuit(String line) {
        String l = line.strip().toLowerCase(Locale.ROOT);
        return l.equals("/quit") || l.equals("/exit") || l.equals("quit") || l.equals("exit");
    }
}
