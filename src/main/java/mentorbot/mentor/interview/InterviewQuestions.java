package mentorbot.mentor.interview;

import java.util.Optional;
import mentorbot.knowledge.Entry;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.mentor.Answer;
import mentorbot.mentor.Question;
import mentorbot.mentor.QuestionHandler;

/** Interview and career questions: the FAQ, the responsibilities and how interviews test them, preparation. */
public final class InterviewQuestions implements QuestionHandler {

    @Override
    public boolean owns(Entry entry, KnowledgeBase kb) {
        return InterviewAnswers.isInterviewEntry(kb, entry.id());
    }

    /** The domain words of the knowledge base last asked about, rebuilt when the knowledge changes. */
    private volatile Fits fits = new Fits(null, null);

    private record Fits(KnowledgeBase kb, ExperienceFit fit) {
    }

    @Override
    public Optional<Answer> answerFromSlots(Question q, KnowledgeBase kb) {
        Fits current = fits;
        if (current.kb() != kb) {
            current = new Fits(kb, ExperienceFit.of(kb));
            fits = current;
        }
        return current.fit().of(q, kb).map(r -> InterviewAnswers.experienceFit(r, kb));
    }

    @Override
    public Answer answer(Question q, Entry entry, KnowledgeBase kb) {
        return InterviewAnswers.about(entry, kb);
    }
}
