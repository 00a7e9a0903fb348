package mentorbot.qa;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one named person earns ("Andrej Karpathy is basically my hero. How much does he earn?", "My friend Priya Raman
 * just joined NVIDIA. How much is she making?"): a fact about a person, which the guides never give, however much
 * the words sound like a pay question. The guides' US bands answer what a level earns, not what someone does.
 */
final class PersonsPay {

    /** Asking what he, she or a named someone earns. */
    private static final Pattern ASKS_A_PERSONS_PAY = Pattern.compile(
            "\\b(?i:how much|what) (?i:do|does|did|is|was) ((?i:he|she)|\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?)\\b[^.?!]{0,20}?\\b"
                    + "(?i:make|makes|making|earn|earns|earning|get paid|getting paid|paid|pull|pulling|take home|taking home)\\b"
                    + "|\\b(?i:his|her) (?i:salary|pay|paycheck|comp|compensation|income|earnings|net worth)\\b");
    /** Two capitalised words in a row: a first and a last name, unless the field or a place speaks them. */
    private static final Pattern FULL_NAME = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+) (\\p{Lu}\\p{Ll}+)\\b");

    private PersonsPay() {
    }

    /**
     * Whether the message names a person and asks what he or she earns.
     *
     * @param known whether a normalized word or pair of words is the field's own, a place or a little word (so "Hugging
     *              Face", "New York", "My Friend" are no person)
     */
    static boolean asked(String text, Predicate<String> known) {
        if (!ASKS_A_PERSONS_PAY.matcher(text).find()) {
            return false;
        }
        Matcher name = FULL_NAME.matcher(text);
        while (name.find()) {
            String first = name.group(1).toLowerCase(Locale.ROOT);
            String last = name.group(2).toLowerCase(Locale.ROOT);
            if (!known.test(first) && !known.test(last) && !known.test(first + " " + last)) {
                return true;
            }
        }
        return false;
    }
}
