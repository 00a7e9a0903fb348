package mentorbot.knowledge;

import java.util.Locale;
import java.util.regex.Pattern;

/** The one normal form names and user words are compared in: lower case, letters and digits, single spaces. */
public final class Normalizer {
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}+#]+");

    private Normalizer() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        // Plain ASCII (nearly all text) has no accents to strip: skip the Unicode decomposition.
        String t = (ascii(text) ? text : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", ""))
                .toLowerCase(Locale.ROOT)
                .replace("'s ", " ")
                .replace("’s ", " ");
        return NON_WORD.matcher(t).replaceAll(" ").strip();
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
