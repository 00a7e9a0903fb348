package mentorbot.platform.slack;

import java.util.List;
import java.util.regex.Pattern;
import mentorbot.mentor.Reply;
import mentorbot.mentor.ReplyBuilder;

/** What an {@code app_mention} asks: its text without the bot's own mentions; and what an empty one is told. */
final class MentionText {

    /** Commas, colons and dashes people put after a name ("@mentor-bot, what…"). */
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s,:;–—-]+");

    private MentionText() {
    }

    /**
     * The question: every {@code <@BOT>} / {@code <@BOT|name>} removed, the rest as the user wrote it (other
     * mentions and markup stay, to be read by the core and escaped when echoed).
     */
    static String question(String text, String botUserId) {
        if (text == null) {
            return "";
        }
        String without = botUserId == null ? text
                : text.replaceAll("[ \\t]*<@" + Pattern.quote(botUserId) + "(\\|[^>]*)?>[ \\t]*", " ");
        return LEADING_PUNCTUATION.matcher(without.strip()).replaceFirst("").strip();
    }

    /** What a mention with no question gets: how to ask, with questions from the knowledge to try. */
    static Reply hint(List<StarterQuestions.Starter> starters) {
        ReplyBuilder b = ReplyBuilder.titled("Ask me something after the mention")
                .intro("Mention me with a question about AI developer and AI engineer careers and I answer in this"
                        + " thread; follow-ups in the thread that mention me continue the same subject.");
        if (!starters.isEmpty()) {
            b.items("For example", starters.stream().map(s -> "@mentor-bot " + s.question()).toList());
        }
        return b.suggest("All roles", "/role")
                .suggest("Salary ranges", "/salary")
                .suggest("Learning roadmap", "/roadmap")
                .kind(Reply.Kind.EMPTY_MESSAGE)
                .unmatched()
                .build();
    }
}
