package mentorbot.mentor;

/** Who sees a reply: only the caller (ephemeral) or the whole channel. */
public enum Visibility {
    PRIVATE, SHARED
}
