package mentorbot.knowledge;

import java.util.List;

/**
 * A kind of question the bot declines (other professions, coding requests, facts about companies…),
 * with what it says when declining and example questions in learners' words, against which a new
 * question is matched as it is matched against the entries' examples.
 */
public record OutOfField(String id, String title, String reply, List<String> questions) {

    public OutOfField {
        questions = Lists.copy(questions);
    }
}
