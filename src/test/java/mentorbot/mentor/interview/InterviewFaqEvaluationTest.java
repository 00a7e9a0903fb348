package mentorbot.mentor.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mentorbot.mentor.Reply;
import mentorbot.mentor.RequestHandler;
import mentorbot.platform.console.InputLine;
import mentorbot.testing.TestCores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An FAQ answered in free text carries "What interviewers evaluate" only when the question is about interviews. */
class InterviewFaqEvaluationTest {

    private static final String EVALUATION = "What interviewers evaluate";
    private static RequestHandler handler;

    @BeforeAll
    static void core() {
        handler = TestCores.rig().core().handler();
    }

    private static Reply ask(String user, String text) {
        return handler.handle(InputLine.parse(user, text));
    }

    private static boolean evaluates(Reply r) {
        return r.sections().stream().anyMatch(s -> s.heading().equals(EVALUATION));
    }

    @Test
    void anEarningsQuestionAnsweredFromTheFaqLeavesOutWhatInterviewersEvaluate() {
        Reply r = ask("ife-earn", "I build generative AI apps, what would I likely earn?");
        assertEquals("What generative AI developers earn", r.title(), r.lead());
        assertFalse(evaluates(r), r.title());
    }

    @Test
    void theSameFaqAskedAboutGettingHiredKeepsWhatInterviewersEvaluate() {
        Reply r = ask("ife-hired", "do I need a PhD to get hired as an AI engineer?");
        assertEquals("Do I need a PhD?", r.title(), r.lead());
        assertTrue(evaluates(r), r.title());
    }

    @Test
    void theInterviewCommandAlwaysSaysWhatInterviewersEvaluate() {
        Reply r = handler.handle(InputLine.parse("ife-cmd", "/interview phd"));
        assertTrue(evaluates(r), r.title());
    }
}
