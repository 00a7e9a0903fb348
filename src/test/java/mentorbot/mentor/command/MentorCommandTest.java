package mentorbot.mentor.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.mentor.Answer;
import mentorbot.mentor.CommandSpec;
import mentorbot.mentor.FreeTextAnswerer;
import mentorbot.mentor.Invocation;
import mentorbot.mentor.Platform;
import mentorbot.mentor.ReplyBuilder;
import mentorbot.mentor.Request;
import mentorbot.mentor.Subject;
import mentorbot.testing.Knowledge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** /mentor: help alone, otherwise the question goes to the free-text engine with the user's context. */
class MentorCommandTest {

    private final FreeTextAnswerer answerer = mock(FreeTextAnswerer.class);
    private final KnowledgeBase kb = Knowledge.real();
    private final List<CommandSpec> specs = List.of(CommandSpec.of("role", "roles", "[name]"), CommandSpec.of("tip", "a tip", ""));
    private final MentorCommand command = new MentorCommand(answerer, () -> specs);

    private Invocation inv(String args, Subject context) {
        return new Invocation(Request.command(Platform.SLACK, "T", "U", "C", "mentor", args), args, context, kb);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "help", "HELP", "  Help  "})
    void helpOrNothingListsTheRegisteredCommandsWithoutAskingTheEngine(String args) {
        Answer a = command.execute(inv(args, Subject.NONE));
        assertTrue(a.reply().matched());
        String commands = a.reply().sections().get(0).items().toString();
        assertTrue(commands.contains("/role [name] — roles") && commands.contains("/tip — a tip"), commands);
        verify(answerer, never()).answer(anyString(), any(), any());
    }

    @Test
    void aQuestionGoesToTheEngineWithTheUsersContext() {
        Subject context = new Subject("nlp-engineer", null, "role");
        Answer expected = Answer.of(ReplyBuilder.titled("answer").build());
        when(answerer.answer("what does it pay?", context, kb)).thenReturn(expected);
        assertSame(expected, command.execute(inv("  what does it pay?  ", context)));
    }

    @Test
    void theSpecDeclaresAnOptionalFreeTextQuestion() {
        CommandSpec spec = command.spec();
        assertEquals("mentor", spec.name());
        assertEquals(1, spec.options().size());
        assertEquals(CommandSpec.ValueSource.FREE_TEXT, spec.options().get(0).values());
        assertTrue(!spec.options().get(0).required());
    }
}
