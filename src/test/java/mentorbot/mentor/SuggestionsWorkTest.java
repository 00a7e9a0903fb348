package mentorbot.mentor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.Tip;
import mentorbot.mentor.command.TipCommand;
import mentorbot.platform.console.InputLine;
import mentorbot.testing.Knowledge;
import mentorbot.testing.TestCores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every follow-up command a reply suggests is one the bot understands. */
class SuggestionsWorkTest {

    private static RequestHandler handler;

    private static synchronized RequestHandler handler() {
        if (handler == null) {
            handler = TestCores.rig().core().handler();
        }
        return handler;
    }

    /** As a click runs it: the typed action, with no line to read. */
    private static Reply click(Action.Run action) {
        return handler().handle(Request.run(Platform.CONSOLE, "T", "suggestions", "C", action).from(InputLine.OPERATOR));
    }

    static Stream<Action.Run> everySuggestedCommand() {
        Set<Action.Run> suggested = new LinkedHashSet<>();
        EveryReplyWithinLimitsTest.everyCommandLine()
                .map(line -> handler().handle(InputLine.parse("suggestions", "/" + line)))
                .forEach(r -> r.suggestions().forEach(s -> suggested.add(s.action())));
        KnowledgeBase kb = Knowledge.real();
        for (Tip tip : kb.tips()) {
            TipCommand.render(tip, kb).build().suggestions().forEach(s -> suggested.add(s.action()));
        }
        return suggested.stream();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("everySuggestedCommand")
    void aSuggestedCommandIsUnderstood(Action.Run action) {
        Reply r = click(action);
        assertTrue(r.matched(), action.typed() + " was suggested but answers: " + r.title() + " — " + r.opening());
    }
}
