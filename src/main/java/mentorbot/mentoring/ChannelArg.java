package mentorbot.mentoring;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the channel of {@code /mentors channel …}: Slack's {@code <#C0123|name>} or {@code <#C0123>},
 * Discord's {@code <#123456>} or a bare id, a typed {@code #name}, or {@code here} (the channel the command
 * was typed in, the console's own included).
 */
final class ChannelArg {

    /** A channel read: its id (for a bare {@code #name}, the name with its '#') and its name, possibly empty. */
    record Parsed(String id, String name) {
    }

    private static final Pattern ENCODED = Pattern.compile("<#([A-Za-z0-9]{1,30})(?:\\|([^<>|]{0,80}))?>");
    private static final Pattern NAME = Pattern.compile("#?([a-z0-9][a-z0-9_-]{0,79})");
    private static final Pattern DISCORD_ID = Pattern.compile("[0-9]{15,25}");

    private ChannelArg() {
    }

    static Optional<Parsed> parse(String text, String currentChannel) {
        String t = text == null ? "" : text.strip();
        if (t.equalsIgnoreCase("here") || t.equalsIgnoreCase("this")) {
            return Optional.of(new Parsed(currentChannel, ""));
        }
        Matcher m = ENCODED.matcher(t);
        if (m.matches()) {
            return Optional.of(new Parsed(m.group(1), m.group(2) == null ? "" : m.group(2).strip()));
        }
        if (DISCORD_ID.matcher(t).matches()) {
            return Optional.of(new Parsed(t, ""));
        }
        Matcher n = NAME.matcher(t.toLowerCase(java.util.Locale.ROOT));
        if (t.startsWith("#") && n.matches()) {
            return Optional.of(new Parsed("#" + n.group(1), n.group(1)));
        }
        return Optional.empty();
    }
}
