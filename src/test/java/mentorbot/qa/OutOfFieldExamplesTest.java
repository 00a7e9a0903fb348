package mentorbot.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.OutOfField;
import mentorbot.mentor.Reply;
import mentorbot.platform.console.InputLine;
import mentorbot.testing.TestCores;
import org.junit.jupiter.api.Test;

/** The examples that teach the engine what to decline must themselves be declined, each on its own. */
class OutOfFieldExamplesTest {

    @Test
    void everyOutOfFieldExampleIsDeclinedOrGetsTheHelpReply() {
        var core = TestCores.rig().core();
        KnowledgeBase kb = core.knowledge().current();
        List<String> answered = new ArrayList<>();
        int n = 0;
        for (OutOfField kind : kb.outOfField()) {
            for (String question : kind.questions()) {
                Reply r = core.handler().handle(InputLine.parse("oof-" + n++, question));
                if (r.matched() && !r.title().equals("What I can help with")) {
                    answered.add(kind.id() + ": " + question + " -> " + r.title());
                }
            }
        }
        assertEquals(List.of(), answered);
    }
}
