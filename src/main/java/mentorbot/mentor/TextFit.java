package mentorbot.mentor;

/** Shortens text to a size limit at a word boundary, never inside a word. */
public final class TextFit {
    private TextFit() {
    }

    /** {@code text} if it fits, else its longest prefix ending at a word boundary, plus an ellipsis. */
    public static String fit(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = lastBreak(text, max - 1);
        return text.substring(0, cut).stripTrailing() + "…";
    }

    /** Index at or before {@code limit} where text may be split between words. */
    public static int lastBreak(String text, int limit) {
        int end = Math.min(limit, text.length());
        for (int i = end; i >= Math.max(1, limit / 2); i--) {
            if (i == text.length() || Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        // One unbroken "word" longer than half the limit: split it rather than drop it, but never
        // between the two halves of a surrogate pair (an emoji).
        return end > 0 && Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
    }
}
