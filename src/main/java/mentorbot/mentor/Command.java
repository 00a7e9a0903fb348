package mentorbot.mentor;

/** One slash command: its metadata and how it answers. Commands are stateless. */
public interface Command {

    CommandSpec spec();

    Answer execute(Invocation invocation);

    /** Whether the same arguments always give the same reply for a user (so it may be cached). */
    default boolean cacheable() {
        return true;
    }
}
