package mentorbot.platform.slack;

import java.util.ArrayList;
import java.util.List;

/**
 * Slack text helpers: escaping of the three control characters and splitting of already escaped
 * text at word boundaries without cutting an entity ({@code &amp;}) in half.
 */
final class SlackText {
    private SlackText() {
    }

    /**
     * Escapes {@code &}, {@code <} and {@code >} as Slack requires, so that text echoed from users
     * can never become {@code <!channel>}, {@code <!here>} or {@code <@U123>}.
     */
    static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Reverses {@link #escape}; used for button values that come back from Slack. */
    static String unescape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /**
     * Splits escaped text into pieces of at most {@code max} characters, preferring line breaks,
     * then spaces; a single word longer than the limit is cut, but never inside an entity.
     */
    static List<String> split(String text, int max) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > max) {
            int cut = breakAt(rest, max);
            String head = rest.substring(0, cut).stripTrailing();
            if (!head.isEmpty()) {
                parts.add(head);
            }
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty() || parts.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    /** Shortens escaped text to {@code max} characters at a word boundary, with an ellipsis when cut. */
    static String fit(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = breakAt(text, max - 1);
        return text.substring(0, cut).stripTrailing() + "…";
    }

    /** An index in (0, max] at which to split: after a newline, else at a space, else a safe hard cut. */
    private static int breakAt(String text, int max) {
        int floor = max / 2;
        for (int i = max; i > floor; i--) {
            if (text.charAt(i - 1) == '\n') {
                return i;
            }
        }
        for (int i = max; i > floor; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        int cut = max;
        // Do not cut inside an entity such as "&amp;" (at most 5 characters long).
        int amp = text.lastIndexOf('&', cut - 1);
        if (amp >= 0 && amp > cut - 5) {
            int semi = text.indexOf(';', amp);
            if (semi >= cut && amp > 0) {
                cut = amp;
            }
        }
        // Do not split a surrogate pair.
        if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return Math.max(1, cut);
    }
}
