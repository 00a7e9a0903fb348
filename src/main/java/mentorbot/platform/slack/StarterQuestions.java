package mentorbot.platform.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mentorbot.knowledge.Entry;
import mentorbot.knowledge.Faq;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.ProgressionRow;
import mentorbot.knowledge.Responsibility;
import mentorbot.knowledge.Role;
import mentorbot.knowledge.SalaryBand;
import mentorbot.knowledge.Step;
import mentorbot.knowledge.Topic;

/**
 * Questions to start with, taken from the knowledge's own example questions: one about a role of the title table,
 * one about pay, one about learning, one from the interview FAQ (for each, the first entry of its kind with a short
 * example that starts like a question). They are the assistant panel's suggested prompts and
 * the hint an empty mention gets, so they follow the knowledge files instead of being written twice.
 */
final class StarterQuestions {

    /** A suggested prompt: a short label (the entry's title) and the question it sends. */
    record Starter(String title, String question) {
    }

    /** Slack shows prompt labels on one line; longer example questions read badly as a prompt. */
    static final int TITLE_MAX = 40;
    static final int QUESTION_MIN = 15;
    static final int QUESTION_MAX = 60;
    /** A question as people start one: a prompt reads as a question, not as search words ("entry level salary"). */
    private static final java.util.regex.Pattern ASKS = java.util.regex.Pattern.compile(
            "(what|how|which|who|where|when|why|do|does|is|are|can|should|will)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** The kinds, in the order their starters are listed. */
    private static final int KINDS = 4;

    private StarterQuestions() {
    }

    /** At most one starter per kind (a role, pay, learning, interviews), in that order. */
    static List<Starter> from(KnowledgeBase knowledge) {
        Starter[] byKind = new Starter[KINDS];
        for (Entry entry : knowledge.entries()) {
            int kind = entry.accept(KIND);
            if (kind < 0 || byKind[kind] != null) {
                continue;
            }
            for (String q : entry.questions()) {
                String question = q.strip();
                if (question.length() >= QUESTION_MIN && question.length() <= QUESTION_MAX
                        && ASKS.matcher(question).lookingAt()) {
                    byKind[kind] = new Starter(mentorbot.mentor.TextFit.fit(entry.title(), TITLE_MAX), asQuestion(question));
                    break;
                }
            }
        }
        List<Starter> out = new ArrayList<>();
        for (Starter s : byKind) {
            if (s != null) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    /** "what does a junior AI engineer do" → "What does a junior AI engineer do?" */
    static String asQuestion(String text) {
        String t = text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
        char last = t.charAt(t.length() - 1);
        return last == '?' || last == '.' || last == '!' ? t : t + "?";
    }

    /** Which list an entry's questions may start: a titled role, pay, learning, the FAQ; -1 for none. */
    private static final Entry.Visitor<Integer> KIND = new Entry.Visitor<>() {
        @Override
        public Integer role(Role role) {
            return role.inTitleTable() ? 0 : -1;
        }

        @Override
        public Integer band(SalaryBand band) {
            return 1;
        }

        @Override
        public Integer progression(ProgressionRow row) {
            return 2;
        }

        @Override
        public Integer step(Step step) {
            return 2;
        }

        @Override
        public Integer faq(Faq faq) {
            return 3;
        }

        @Override
        public Integer responsibility(Responsibility responsibility) {
            return -1;
        }

        @Override
        public Integer topic(Topic topic) {
            return -1;
        }
    };
}
