package mentorbot.mentor;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Cleans raw user text before anything matches on it or echoes it: platform mentions and channel
 * pings go, markup characters go, whitespace collapses, and overlong text is cut at a word boundary.
 */
public final class InputSanitizer {

    /** Slack {@code <@U123>}, {@code <!channel>}, {@code <#C1|name>}, links; Discord {@code <@!1>}, {@code <@&1>}, {@code <#1>}, {@code <:e:1>}. */
    private static final Pattern ANGLE_TOKENS = Pattern.compile("<[@#!:&a-zA-Z][^<>\\s]{0,200}>");
    private static final Pattern BROADCASTS = Pattern.compile("(?i)@(everyone|here|channel)\\b");
    /** A leading "@mentor-bot" or "@someone": who the message is addressed to, not what it asks. */
    private static final Pattern LEADING_HANDLE = Pattern.compile("^\\s*(@[\\w.-]+[\\s,:]*)+");
    /** ":moneybag:"-style emoji shortcodes. */
    private static final Pattern SHORTCODES = Pattern.compile(":[a-z0-9_+-]{2,40}:");
    private static final Pattern MARKUP = Pattern.compile("[*_~`>|#<>\\[\\]{}\\\\]+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final int maxLength;

    public InputSanitizer(int maxLength) {
        this.maxLength = maxLength;
    }

    /** The cleaned text and, when it was cut, the length it was cut at. */
    public record Clean(String text, int cutAt) {
        public boolean wasCut() {
            return cutAt > 0;
        }
    }

    public Clean clean(String raw) {
        if (raw == null || raw.isBlank()) {
            return new Clean("", 0);
        }
        if (isPlain(raw)) {
            return new Clean(raw, 0); // most messages: nothing to strip, no need for the regex passes
        }
        String text = raw.length() > maxLength * 4 ? raw.substring(0, safeEnd(raw, maxLength * 4)) : raw;
        text = Normalizer.normalize(text, Normalizer.Form.NFKC);
        text = CONTROL.matcher(text).replaceAll("");
        text = ANGLE_TOKENS.matcher(text).replaceAll(" ");
        text = BROADCASTS.matcher(text).replaceAll(" ");
        text = LEADING_HANDLE.matcher(text).replaceFirst("");
        text = SHORTCODES.matcher(text).replaceAll(" ");
        text = text.replace('@', ' ');
        text = MARKUP.matcher(text).replaceAll(" ");
        text = SPACE.matcher(text).replaceAll(" ").strip();
        int cutAt = 0;
        if (text.length() > maxLength || raw.length() > maxLength * 4) {
            cutAt = Math.min(text.length(), maxLength);
            text = text.substring(0, TextFit.lastBreak(text, maxLength)).strip();
        }
        return new Clean(text, cutAt);
    }

    /**
     * Short printable ASCII without markup, mention or ping characters, single-spaced and trimmed:
     * the cleaning below would return it unchanged.
     */
    private boolean isPlain(String text) {
        int n = text.length();
        if (n > maxLength || text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
            return false;
        }
        char previous = 'x';
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || (c == ' ' && previous != ' ') || ".,?!'\"-/:;()+%$&=".indexOf(c) >= 0;
            if (!allowed) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /** An end index that does not fall between the two halves of a surrogate pair. */
    private static int safeEnd(String text, int end) {
        return Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
    }
}
