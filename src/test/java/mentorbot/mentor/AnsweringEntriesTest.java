package mentorbot.mentor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mentorbot.testing.TestCores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A reply names the knowledge entries that answered it, so votes and insights can name them; declines name none. */
class AnsweringEntriesTest {

    private static RequestHandler handler;

    @BeforeAll
    static void core() {
        handler = TestCores.rig().core().handler();
    }

    private static Reply ask(String user, String line) {
        return handler.handle(Request.typed(Platform.CONSOLE, "t", user, "c", line));
    }

    @Test
    void aFreeTextAnswerNamesTheEntryItCameFrom() {
        Reply reply = ask("u1", "do I need a PhD?");
        assertTrue(reply.matched());
        assertFalse(reply.entryIds().isEmpty(), reply.title());
    }

    @Test
    void aRoleCommandNamesTheRole() {
        Reply reply = ask("u2", "/role mlops");
        assertTrue(reply.matched());
        assertEquals(1, reply.entryIds().size(), reply.entryIds().toString());
        assertTrue(reply.entryIds().get(0).contains("mlops"), reply.entryIds().toString());
    }

    @Test
    void aDeclineNamesNone() {
        Reply reply = ask("u3", "what is the weather in paris?");
        assertFalse(reply.matched());
        assertTrue(reply.entryIds().isEmpty());
    }

    @Test
    void theEntriesSurviveTheAnswerCache() {
        Reply first = ask("u4", "what does a senior AI engineer earn?");
        Reply again = ask("u4", "what does a senior AI engineer earn?");
        assertFalse(first.entryIds().isEmpty());
        assertEquals(first.entryIds(), again.entryIds());
    }
}
