package mentorbot.mentor;

/** Sentence boundaries in the bot's own prose, for leads cut from a longer paragraph, and sentences run on inside others. */
public final class Sentences {
    private Sentences() {
    }

    /**
     * Where the lead of {@code text} ends: after its first sentence, or its first two when both fit
     * in {@code max}; a first sentence longer than {@code max} is cut at a word boundary.
     */
    public static int leadEnd(String text, int max) {
        int first = nextEnd(text, 0);
        if (first > max) {
            return TextFit.lastBreak(text, max);
        }
        int second = nextEnd(text, first);
        return second <= max && second > first && first < 120 ? second : first;
    }

    /** The index just after the sentence that starts at {@code from} (the end of the text if none ends). */
    static int nextEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && (i + 1 == text.length() || text.charAt(i + 1) == ' ')
                    && !abbreviation(text, i)) {
                return i + 1;
            }
        }
        return text.length();
    }

    /** "e.g." and "vs." do not end a sentence; nor does the dot of a number ("44.20%"). */
    private static boolean abbreviation(String text, int dot) {
        String before = text.substring(Math.max(0, dot - 4), dot + 1).toLowerCase(java.util.Locale.ROOT);
        return before.endsWith("e.g.") || before.endsWith("i.e.") || before.endsWith(" vs.") || before.endsWith("etc.")
                && dot + 2 < text.length() && Character.isLowerCase(text.charAt(dot + 2));
    }

    /** A sentence's opening word in lower case, to run it on inside another ("things like a system…"); names ("NVIDIA", "ChatGPT") stay. */
    public static String runOn(String s) {
        boolean word = s.length() > 1 && Character.isUpperCase(s.charAt(0)) && (Character.isLowerCase(s.charAt(1)) || s.charAt(1) == ' ' && s.charAt(0) != 'I');
        boolean name = s.indexOf(' ') > 0 && s.substring(1, s.indexOf(' ')).chars().anyMatch(Character::isUpperCase);
        return word && !name ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }
}
