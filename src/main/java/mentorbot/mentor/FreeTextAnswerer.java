package mentorbot.mentor;

import mentorbot.knowledge.KnowledgeBase;

/** Answers a free-text question (DMs, {@code /mentor <question>}, the console). */
public interface FreeTextAnswerer {

    /**
     * @param question cleaned text, never empty
     * @param context  the user's recent subject, for follow-ups
     */
    Answer answer(String question, Subject context, KnowledgeBase knowledge);

    /**
     * The command a message asks for in words ({@link CommandIntent}), run for the person who wrote it instead of
     * an answer from the knowledge; empty for a question.
     */
    default java.util.Optional<Action.Run> command(String message, KnowledgeBase knowledge) {
        return java.util.Optional.empty();
    }
}
