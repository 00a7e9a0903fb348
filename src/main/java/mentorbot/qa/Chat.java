package mentorbot.qa;

import java.util.Arrays;

/** Messages about the bot rather than the field: a greeting, thanks, a request for help. */
final class Chat {
    private Chat() {
    }

    /** Whether every word of the normalised message belongs to a greeting or help phrase. */
    static boolean isGreetingOrHelp(String normalized, QaVocabulary vocabulary) {
        if (normalized.isEmpty()) {
            return false;
        }
        if (vocabulary.help().contains(normalized) || vocabulary.greetings().contains(normalized)) {
            return true;
        }
        String rest = " " + normalized + " ";
        for (String phrase : vocabulary.help()) {
            rest = rest.replace(" " + phrase + " ", " ");
        }
        for (String phrase : vocabulary.greetings()) {
            rest = rest.replace(" " + phrase + " ", " ");
        }
        String left = rest.strip();
        return left.isEmpty() || Arrays.stream(left.split(" ")).allMatch(w -> w.equals("bot") || w.equals("mentor")
                || w.equals("there") || w.equals("again") || w.equals("so") || w.equals("much") || w.equals("you")
                || w.equals("me") || w.equals("please") || w.equals("a") || w.equals("lot"));
    }
}
