package mentorbot.mentoring;

import java.util.Locale;
import mentorbot.mentor.Request;

/** What a request asked, as recorded: the question itself for free text and {@code /mentor}, else the command as typed. */
final class QuestionText {

    static final String ASK_HUMAN = "ask-human";
    static final String FORGET = "forget";

    private QuestionText() {
    }

    static String of(Request request) {
        String text = request.text().strip();
        if (request.isFreeText()) {
            return text;
        }
        if (request.command().equals("mentor")) {
            String lower = text.toLowerCase(Locale.ROOT);
            return lower.startsWith(ASK_HUMAN + " ") ? text.substring(ASK_HUMAN.length()).strip() : text;
        }
        return text.isEmpty() ? "/" + request.command() : "/" + request.command() + " " + text;
    }

    /** {@code /mentor forget …}: never recorded, whatever follows. */
    static boolean asksToBeForgotten(Request request) {
        String lower = request.text().strip().toLowerCase(Locale.ROOT);
        return request.command().equals("mentor") && (lower.equals(FORGET) || lower.startsWith(FORGET + " "));
    }

    /** {@code /mentor ask-human QUESTION}. */
    static boolean asksForAHuman(Request request) {
        String lower = request.text().strip().toLowerCase(Locale.ROOT);
        return request.command().equals("mentor") && (lower.equals(ASK_HUMAN) || lower.startsWith(ASK_HUMAN + " "));
    }
}
