package mentorbot.mentor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mentorbot.Core;
import mentorbot.testing.TestCores;
import org.junit.jupiter.api.Test;

/** A follow-up asked in a thread continues the thread's subject, whoever asks it; outside, each person's own. */
class ThreadContextTest {

    private final Core core = TestCores.rig().core();

    private Reply ask(String user, String thread, String text) {
        Request request = Request.freeText(Platform.SLACK, "T1", user, "C1", text);
        return core.handler().handle(thread.isEmpty() ? request : request.inThread(thread));
    }

    @Test
    void anotherPersonsFollowUpInTheThreadUsesTheThreadsSubject() {
        ask("U1", "1700000000.000100", "what does an mlops engineer earn?");
        String followUp = new PlainTextRenderer().render(ask("U2", "1700000000.000100", "and the senior level?"));
        assertTrue(followUp.contains("MLOps"), followUp);
    }

    @Test
    void aThreadsSubjectDoesNotFollowTheAskerIntoTheirDirectMessages() {
        ask("U1", "1700000000.000100", "what does an mlops engineer earn?");
        String privately = new PlainTextRenderer().render(ask("U1", "", "and the senior level?"));
        assertFalse(privately.contains("MLOps Engineer"), privately);
    }
}
