package mentorbot.platform.console;

import java.io.PrintStream;
import mentorbot.mentor.PlainTextRenderer;
import mentorbot.mentor.Reply;
import mentorbot.tips.ChannelKey;
import mentorbot.tips.PostResult;
import mentorbot.tips.TipPoster;

/** Posts tips to the console's one local channel by printing them. */
public final class ConsoleTipPoster implements TipPoster {

    private final PrintStream out;
    private final PlainTextRenderer renderer = new PlainTextRenderer();

    public ConsoleTipPoster(PrintStream out) {
        this.out = out;
    }

    @Override
    public PostResult post(ChannelKey channel, Reply reply) {
        synchronized (out) {
            out.println();
            out.print(renderer.render(reply));
            out.flush();
        }
        return out.checkError() ? new PostResult.Transient("console output failed") : PostResult.ok("");
    }
}
