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

    public ConsoleChat(RequestHandler handler, String user) {
        this.handler = handler;
        this.user = user;
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
            out.println(renderer.render(handler.handle(InputLine.parse(user, line))));
        }
    }

    private static boolean isQuit(String line) {
        String l = line.strip().toLowerCase(Locale.ROOT);
        return l.equals("/quit") || l.equals("/exit") || l.equals("quit") || l.equals("exit");
    }
}
