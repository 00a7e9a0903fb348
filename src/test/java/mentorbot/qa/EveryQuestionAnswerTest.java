package mentorbot.qa;

import static mentorbot.testing.ReplyChecks.assertLeads;
import static mentorbot.testing.ReplyChecks.assertNoPings;
import static mentorbot.testing.ReplyChecks.assertWithinLimits;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import mentorbot.knowledge.Entry;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.OutOfField;
import mentorbot.mentor.Reply;
import mentorbot.mentor.RequestHandler;
import mentorbot.platform.console.InputLine;
import mentorbot.testing.Knowledge;
import mentorbot.testing.TestCores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A sweep of free text: example questions of every entry and out-of-field kind, and every input of
 * the tuning set, each answered by a new user. Every reply keeps to the limits, leads with its
 * answer within 350 characters, leaks no template text, lists nothing twice and pings nobody.
 */
class EveryQuestionAnswerTest {

    private static RequestHandler handler;

    @BeforeAll
    static void core() {
        handler = TestCores.rig().core().handler();
    }

    static Stream<String> questions() throws Exception {
        KnowledgeBase kb = Knowledge.real();
        List<String> out = new ArrayList<>();
        for (Entry e : kb.entries()) {
            e.questions().stream().limit(3).forEach(out::add);
        }
        for (OutOfField o : kb.outOfField()) {
            o.questions().stream().limit(3).forEach(out::add);
        }
        QuestionSets.read(Path.of("src/test/resources/eval/blind/tune.jsonl")).forEach(c -> out.add(c.input()));
        return out.stream().distinct();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    void theReplyLeadsAndKeepsToTheLimits(String question) {
        Reply r = handler.handle(InputLine.parse("sweep-" + Math.abs(question.hashCode()), question));
        assertWithinLimits(r);
        assertLeads(r);
        assertNoPings(r);
    }
}
