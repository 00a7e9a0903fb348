package mentorbot.mentor;

import mentorbot.knowledge.KnowledgeBase;

/** Answers a free-text question (DMs, {@code /mentor <question>}, the console). */
public interface FreeTextAnswerer {

    /**
     * @param question cleaned text, never empty
     * @param context  the user's recent subject, for follow-ups
     */
    Answer answer(String question, Subject context, KnowledgeBase knowledge);
}
