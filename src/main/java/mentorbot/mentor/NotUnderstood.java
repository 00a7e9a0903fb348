package mentorbot.mentor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The reply to arguments a command could not read: what was not understood and the closest matches. */
public final class NotUnderstood {
    private NotUnderstood() {
    }

    /**
     * What a command answers to arguments it could not read, when any: the closest of the things
     * it knows to the first word it did not, each as a run of the command.
     *
     * @param kinds the command's own lists of known things, each giving its closest to a word
     */
    @SafeVarargs
    public static java.util.Optional<Answer> of(String command, String what, List<String> unknownWords, String usage,
                                                Function<String, List<Reply.Suggestion>>... kinds) {
        if (unknownWords.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Reply.Suggestion> closest = new ArrayList<>();
        for (Function<String, List<Reply.Suggestion>> kind : kinds) {
            closest.addAll(kind.apply(unknownWords.get(0)));
        }
        return java.util.Optional.of(reply(command, what, unknownWords, closest, usage));
    }

    /** Known things as suggestions that run {@code command} with each one's argument (lower-cased). */
    public static <T> List<Reply.Suggestion> runs(String command, List<T> known, Function<T, String> label,
                                                 Function<T, String> argument) {
        return known.stream().map(k -> new Reply.Suggestion(label.apply(k),
                new Action.Run(command, argument.apply(k).toLowerCase(Locale.ROOT)))).toList();
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
