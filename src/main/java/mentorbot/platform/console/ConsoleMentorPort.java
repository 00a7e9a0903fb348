package mentorbot.platform.console;

import java.io.PrintStream;
import java.util.List;
import mentorbot.mentor.PlainTextRenderer;
import mentorbot.mentor.Reply;
import mentorbot.mentoring.Button;
import mentorbot.mentoring.MentorCard;
import mentorbot.mentoring.MentorPort;
import mentorbot.mentoring.MentorsChannel;
import mentorbot.platform.ActionIds;

/**
 * The console as its own mentors channel: cards, their edits, reminders and the learner's DM are
 * printed, with each button as the line to type ({@code mb:claim:…}), so the whole loop runs offline.
 */
public final class ConsoleMentorPort implements MentorPort {

    private final PrintStream out;
    private final PlainTextRenderer renderer = new PlainTextRenderer();

    public ConsoleMentorPort(PrintStream out) {
        this.out = out;
    }

    @Override
    public Posted postCard(MentorsChannel channel, MentorCard card) {
        print("[mentors channel " + channel.label() + "]", card.toReply(), card.buttons());
        return out.checkError() ? Posted.failed("console output failed") : Posted.ok("console-" + card.requestId());
    }

    @Override
    public boolean updateCard(MentorsChannel channel, String messageId, MentorCard card) {
        print("[mentors channel " + channel.label() + ", card updated]", card.toReply(), card.buttons());
        return !out.checkError();
    }

    @Override
    public boolean directMessage(String teamId, String userId, Reply reply) {
        return directMessage(teamId, userId, reply, List.of());
    }

    @Override
    public boolean directMessage(String teamId, String userId, Reply reply, List<Button> buttons) {
        print("[direct message to @" + userId + "]", reply, buttons);
        return !out.checkError();
    }

    @Override
    public boolean remind(MentorsChannel channel, String messageId, MentorCard card) {
        print("[mentors channel " + channel.label() + ", reminder: still unclaimed]", card.toReply(), card.buttons());
        return !out.checkError();
    }

    private void print(String header, Reply reply, List<Button> buttons) {
        synchronized (out) {
            out.println();
            out.println(header);
            out.print(renderer.render(reply));
            printButtons(out, buttons);
            out.flush();
        }
    }

    /** One line of buttons, each as what to type to click it: {@code [👍 Helpful: mb:up:…]}. */
    static void printButtons(PrintStream out, List<Button> buttons) {
        if (!buttons.isEmpty()) {
            StringBuilder line = new StringBuilder();
            for (Button b : buttons) {
                line.append(line.isEmpty() ? "" : "  ").append('[').append(b.label()).append(": ")
                        .append(ActionIds.encode(b.action())).append(']');
            }
            out.println(line);
        }
    }
}
