package mentorbot.mentor;

/**
 * A {@code /mentor WORD …} subcommand another feature adds ({@code /mentor ask-human QUESTION}), so the
 * mentor command routes to it without depending on that feature. Its replies are never cached.
 */
public interface MentorSubcommand {

    /** The word after {@code /mentor}, lower-case ("ask-human"). */
    String name();

    /** @param args what follows the word, stripped */
    Answer execute(Invocation invocation, String args);
}
