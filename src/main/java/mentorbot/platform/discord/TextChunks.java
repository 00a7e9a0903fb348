package mentorbot.platform.discord;

import java.util.ArrayList;
import java.util.List;

/** Splits and trims text for Discord's length limits, at word boundaries where there is one. */
final class TextChunks {

    static final String ELLIPSIS = "…";

    private TextChunks() {
    }

    /** Pieces of at most {@code max} characters, cut at the last line break or space that fits. */
    static List<String> split(String text, int max) {
        List<String> out = new ArrayList<>();
        String rest = text == null ? "" : text.strip();
        int guard = 0;
        while (!rest.isEmpty() && guard++ < 100_000) {
            if (rest.length() <= max) {
                out.add(rest);
                break;
            }
            int cut = breakPoint(rest, max);
            out.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        return out;
    }

    /** The text if it fits, else cut at a word boundary with an ellipsis, within {@code max}. */
    static String truncate(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        if (max <= ELLIPSIS.length()) {
            return safeCut(text, max);
        }
        int cut = breakPoint(text, max - ELLIPSIS.length());
        return text.substring(0, cut).stripTrailing() + ELLIPSIS;
    }

    /** Where to cut so that the first part is at most {@code max}: a newline, else a space, else hard. */
    private static int breakPoint(String text, int max) {
        int newline = text.lastIndexOf('\n', max);
        if (newline > max / 2) {
            return newline;
        }
        int space = text.lastIndexOf(' ', max);
        if (space > max / 3) {
            return space;
        }
        return safeCut(text, max).length();
    }

    /** A hard cut that never separates a surrogate pair. */
    private static String safeCut(String text, int max) {
        int end = Math.min(max, text.length());
        if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
