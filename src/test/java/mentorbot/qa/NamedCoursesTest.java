package mentorbot.qa;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import mentorbot.knowledge.Normalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NamedCoursesTest {

    private static NamedCourses courses;

    @BeforeAll
    static void load() throws Exception {
        courses = NamedCourses.load(Path.of("config/qa/courses.txt"));
    }

    private static boolean asked(String text) {
        return courses.choiceAsked(Normalizer.normalize(text), Normalizer.normalize(QuestionParts.asking(text)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "complete beginner, is the coursera deep learning specialization or fast.ai better for ai engineering?",
            "I've been accepted to two bootcamps, Springboard and General Assembly. Which one should I pick?",
            "is Andrew Ng's course worth it for an aspiring AI engineer?",
            "thinking about the Flatiron School AI bootcamp. is it worth it?"})
    void choosingOrRatingANamedCourseIsAsked(String question) {
        assertTrue(asked(question), question);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "I did a Coursera course on ML last year. what should I learn next?",
            "I finished Andrew Ng's course. which certification should I pick next?",
            "which certifications are better, Google or AWS?",
            "should I do a bootcamp or a master's?"})
    void aCourseToldBeforeAnotherAskOrNoCourseNamedIsNot(String question) {
        assertFalse(asked(question), question);
    }

    @Test
    void theDeclineSaysWhatTheGuidesSayAboutLearning() {
        var reply = Declines.namedCourse().reply();
        assertFalse(reply.matched());
        assertTrue(reply.intro().contains("certifications"), reply.intro());
    }
}
