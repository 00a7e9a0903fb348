package mentorbot.mentor.topic;

import java.util.Optional;
import mentorbot.knowledge.Entry;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.Topic;
import mentorbot.mentor.Answer;
import mentorbot.mentor.Question;
import mentorbot.mentor.QuestionHandler;

/**
 * Questions about everything else the guides cover, one topic each: tools and platforms, the
 * market and its hubs, career paths and options, education, certifications, projects, habits.
 * Registered last: it answers for every topic no other feature claims.
 */
public final class TopicQuestions implements QuestionHandler {

    @Override
    public boolean owns(Entry entry, KnowledgeBase kb) {
        return entry instanceof Topic;
    }

    @Override
    public Answer answer(Question q, Entry entry, KnowledgeBase kb) {
        return TopicAnswers.topic((Topic) entry, kb);
    }

    @Override
    public Optional<Answer> compare(Question q, Entry first, Entry second, KnowledgeBase kb) {
        return first instanceof Topic && second instanceof Topic ? Optional.of(TopicAnswers.compare(first, second, kb))
                : Optional.empty();
    }
}
