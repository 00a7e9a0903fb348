package mentorbot.mentor;

import java.util.List;

/** The reply to arguments a command could not read: what was not understood and the closest matches. */
public final class NotUnderstood {
    private NotUnderstood() {
    }

    /** @param closest the closest things the command does know, best first, each as a command to run */
    public static Answer reply(String command, String what, List<String> unknownWords, List<Reply.Suggestion> closest,
                               String usage) {
        String words = TextFit.fit(String.join(" ", unknownWords), 80);
        ReplyBuilder b = ReplyBuilder.titled("I did not understand \"" + words + "\"")
                .intro("/" + command + " does not know " + what + " called \"" + words + "\"."
                        + (closest.isEmpty() ? "" : " Did you mean " + closest.get(0).label() + "?"))
                .items("Closest matches", closest.stream().map(Reply.Suggestion::label).toList())
                .text("Usage", "/" + command + " " + usage);
        closest.forEach(c -> b.suggest(c));
        return Answer.of(b.unmatched().build());
    }
}
