package mentorbot.mentor;

import java.util.ArrayList;
import java.util.List;

/**
 * Shortens and splits text to a size limit at line breaks or word boundaries, never inside a word
 * when there is a boundary to use, never between the halves of a surrogate pair (an emoji) and never
 * inside a short character entity such as {@code &amp;}. Every renderer sizes its text with this.
 */
public final class TextFit {

    public static final String ELLIPSIS = "…";

    private TextFit() {
    }

    /** {@code text} if it fits, else its longest prefix ending at a word boundary, plus an ellipsis. */
    public static String fit(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        int cut = lastBreak(text, max - 1);
        return text.substring(0, cut).stripTrailing() + ELLIPSIS;
    }

    /** Pieces of at most {@code max} characters, each ending at a line break when one lies in its second half, else a word boundary. */
    public static List<String> split(String text, int max) {
        List<String> parts = new ArrayList<>();
        String rest = text == null ? "" : text.strip();
        while (rest.length() > max) {
            int cut = lineBreak(rest, max);
            if (cut < 0) {
                cut = lastBreak(rest, max);
            }
            cut = Math.max(1, cut);
            String head = rest.substring(0, cut).stripTrailing();
            if (!head.isEmpty()) {
                parts.add(head);
            }
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    private static int lineBreak(String text, int max) {
        int newline = text.lastIndexOf('\n', max);
        return newline > max / 2 ? newline : -1;
    }

    /** Index at or before {@code limit} where text may be split between words. */
    public static int lastBreak(String text, int limit) {
        int end = Math.min(limit, text.length());
        for (int i = end; i >= Math.max(1, limit / 2); i--) {
            if (i == text.length() || Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        // One unbroken "word" longer than half the limit: split it rather than drop it.
        int cut = end;
        int amp = text.lastIndexOf('&', cut - 1);
        if (amp > 0 && amp > cut - 5 && text.indexOf(';', amp) >= cut) {
            cut = amp; // "&amp;" stays whole
        }
        return cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1)) ? cut - 1 : cut;
    }
}
