package mentorbot.mentor.command;

import java.util.List;
import mentorbot.mentor.Answer;
import mentorbot.mentor.ReplyBuilder;
import mentorbot.mentor.TextFit;

/** The reply to arguments a command could not read: what was not understood and the closest matches. */
final class NotUnderstood {
    private NotUnderstood() {
    }

    /**
     * @param closest suggestions as (label, command) pairs, best first
     */
    static Answer reply(String command, String what, List<String> unknownWords, List<String[]> closest, String usage) {
        String words = TextFit.fit(String.join(" ", unknownWords), 80);
        ReplyBuilder b = ReplyBuilder.titled("I did not understand \"" + words + "\"")
                .intro("/" + command + " does not know " + what + " called \"" + words + "\"."
                        + (closest.isEmpty() ? "" : " Did you mean " + closest.get(0)[0] + "?"))
                .items("Closest matches", closest.stream().map(c -> c[0]).toList())
                .text("Usage", "/" + command + " " + usage);
        closest.forEach(c -> b.suggest(c[0], c[1]));
        return Answer.of(b.unmatched().build());
    }
}
