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
}
