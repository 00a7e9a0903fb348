package mentorbot.mentor;

import java.util.Optional;
import mentorbot.knowledge.Entry;
import mentorbot.knowledge.KnowledgeBase;

/**
 * A feature's understanding of free-text questions: which entries it answers for, and how it
 * answers a question found to be about one of them. The question engine reads a question once,
 * finds the entry it is about and hands both to the feature that owns the entry.
 */
public interface QuestionHandler {

    /** Whether this feature answers questions about {@code entry}. */
    boolean owns(Entry entry, KnowledgeBase kb);

    /**
     * The answer to {@code question} about {@code entry}. A feature may still decline (an
     * unmatched reply), for instance pay asked for a country the guides give no figures for.
     */
    Answer answer(Question question, Entry entry, KnowledgeBase kb);

    /**
     * A question this feature recognises by what it names, whatever entry it matched ("where does
     * LoRA fit?" names a cell of the skill table). Empty when the question is not such a one.
     */
    default Optional<Answer> answerFromSlots(Question question, KnowledgeBase kb) {
        return Optional.empty();
    }

    /**
     * Whether what the question names settles that it is in the field, however close its wording comes
     * to a kind of question the bot declines: "is 100K fair for an entry AI engineer in Denver?" names a
     * level, a role, a US place and a dollar sum the guides price, though it reads like an offer for an
     * unpriced job. Its answer then comes from {@link #answerFromSlots}.
     */
    default boolean settles(Question question, KnowledgeBase kb) {
        return false;
    }

    /**
     * Whether the question asks this feature for something its entries give no figure for, though it is
     * about them ("which company's stock grants are more generous?" beside the pay bands): then it is declined.
     */
    default boolean asksWhatItLacks(Question question, KnowledgeBase kb) {
        return false;
    }

    /** Two entries this feature owns, side by side; empty when it has nothing better than the generic comparison. */
    default Optional<Answer> compare(Question question, Entry first, Entry second, KnowledgeBase kb) {
        return Optional.empty();
    }
}
