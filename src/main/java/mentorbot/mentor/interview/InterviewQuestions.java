package mentorbot.mentor.interview;

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

    @Override
    public Answer answer(Question q, Entry entry, KnowledgeBase kb) {
        return InterviewAnswers.about(entry, kb);
    }
}
