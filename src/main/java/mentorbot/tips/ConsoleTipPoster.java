package mentorbot.tips;

import java.io.PrintStream;
import mentorbot.mentor.Reply;

/** Posts tips to the console's one local channel by printing them. */
public final class ConsoleTipPoster implements TipPoster {

    private final PrintStream out;

    public ConsoleTipPoster(PrintStream out) {
        this.out = out;
    }

    @Override
    public PostResult post(ChannelKey channel, Reply reply) {
        synchronized (out) {
            out.println();
            out.println(TipMessages.plainText(reply));
            out.flush();
        }
        return out.checkError() ? new PostResult.Transient("console output failed") : PostResult.ok("");
    }
}
