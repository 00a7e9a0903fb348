package mentorbot.qa;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import mentorbot.knowledge.KnowledgeException;

/**
 * The courses, bootcamps and learning platforms of {@code config/qa/courses.txt}, and whether a question asks to
 * choose between or rate one ("is the coursera deep learning specialization or fast.ai better?", "accepted to
 * Springboard and General Assembly. Which one should I pick?"). The guides recommend no course, so such a question
 * is declined however much it sounds like a question of what to learn; a course told in a story before another ask
 * ("I did a Coursera course. what should I learn next?") is not asked about.
 */
final class NamedCourses {

    /** Choosing or rating: "better", "worth it", "which one", "should I take", "recommend". */
    private static final Pattern CHOOSES = Pattern.compile(
            "\\b(?:better|best|worth|legit|recommend|recommended|pick|choose|go with|or|vs|versus"
                    + "|(?:should|would|do) (?:i|you) (?:take|do|buy|enroll|sign up|start)|(?:take|do|buy|enroll in|sign up for) (?:it|that|this|one))\\b");
    /** Pointing back at courses the story named: "which one", "which of them", "is it worth it". */
    private static final Pattern POINTS_BACK = Pattern.compile(
            "\\b(?:which one|which of (?:them|the two|these|those)|either|worth it|(?:is|are) (?:it|they|that|those) (?:any )?good)\\b");

    private final Pattern named;

    private NamedCourses(Pattern named) {
        this.named = named;
    }

    static NamedCourses load(Path file) throws KnowledgeException {
        List<String> names = QaFiles.names(file);
        return new NamedCourses(names.isEmpty() ? null : Pattern.compile("\\b" + QaFiles.anyOf(names) + "\\b"));
    }

    /** Whether a message asks to choose between or rate a named course; both texts normalised. */
    boolean choiceAsked(String message, String asking) {
        if (named == null || !named.matcher(message).find()) {
            return false;
        }
        return named.matcher(asking).find() ? CHOOSES.matcher(asking).find() : POINTS_BACK.matcher(asking).find();
    }
}
