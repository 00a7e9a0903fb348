package mentorbot.mentor;

/** Where a request came from; part of every per-user key. */
public enum Platform {
    CONSOLE, SLACK, DISCORD
}
