package mentorbot.mentor;

import java.util.Objects;

/**
 * A user or channel a reply names, by its platform id, so each platform renders it its own way
 * (Slack {@code <@U…>} / {@code <#C…>}, Discord {@code <@…>} / {@code <#…>}, plain text {@code @id} /
 * {@code #name}). Only the core makes these, from ids, never from text a user typed.
 */
public record Mention(Kind kind, String id) {

    public enum Kind { USER, CHANNEL }

    public Mention {
        Objects.requireNonNull(kind, "kind");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a mention needs an id");
        }
    }

    public static Mention user(String id) {
        return new Mention(Kind.USER, id);
    }

    public static Mention channel(String id) {
        return new Mention(Kind.CHANNEL, id);
    }
}
