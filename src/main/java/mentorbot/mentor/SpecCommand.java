package mentorbot.mentor;

/** A command whose spec, and whether its answers may be cached, are given once, when it is made. */
public abstract class SpecCommand implements Command {

    private final CommandSpec spec;
    private final boolean cacheable;

    /** A command whose same arguments always give the same reply for a user. */
    protected SpecCommand(CommandSpec spec) {
        this(spec, true);
    }

    protected SpecCommand(CommandSpec spec, boolean cacheable) {
        this.spec = spec;
        this.cacheable = cacheable;
    }

    @Override
    public final CommandSpec spec() {
        return spec;
    }

    @Override
    public final boolean cacheable() {
        return cacheable;
    }
}
