package mentorbot.mentor;

/** One slash command: its metadata and how it answers. Commands are stateless. */
public interface Command {

    CommandSpec spec();

    Answer execute(Invocation invocation);

    /** Whether the same arguments always give the same reply for a user (so it may be cached). */
    default boolean cacheable() {
        return true;
    }

    /**
     * Whether the reply to these arguments may be cached; by default {@link #cacheable()}. A command
     * whose subcommands read or change stored state ({@code /mentor ask-human}) says no for those.
     */
    default boolean cacheable(String args) {
        return cacheable();
    }

    /**
     * Whether a whole sentence after the command ("/interview I'm up for a mid-level job and the JD keeps mentioning
     * MLOps. what will they ask?") is read as a question about the command's subject before the command matches it as
     * a topic: for a command whose topic search would find something in any sentence, however little it fits.
     */
    default boolean readsSentences() {
        return false;
    }
}
