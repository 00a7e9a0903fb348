package mentorbot.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import mentorbot.mentor.Reply;
import mentorbot.mentor.ReplyBuilder;
import org.junit.jupiter.api.Test;

class ReplyMemoryTest {

    private final ReplyMemory memory = new ReplyMemory(Duration.ofMinutes(30));

    private static Reply longReply() {
        ReplyBuilder b = ReplyBuilder.titled("Long").lead("The short answer.");
        for (int i = 0; i < 12; i++) {
            b.section("Part " + i, ("Part " + i + " says more. ").repeat(8), java.util.List.of());
        }
        return b.build();
    }

    @Test
    void aShareKeyPostsItsReplyOnceAndAReturnedOneAgain() {
        Reply reply = ReplyBuilder.titled("Short").lead("An answer.").build();
        ReplyMemory.Shown shown = memory.show(reply, true);
        assertNotNull(shown.shareKey());
        assertNull(shown.moreKey(), "a short reply is not folded");
        assertEquals(reply, memory.takeShare(shown.shareKey()).orElseThrow());
        assertTrue(memory.takeShare(shown.shareKey()).isEmpty(), "a second click shares nothing");
        memory.returnShare(shown.shareKey(), reply);
        assertEquals(reply, memory.takeShare(shown.shareKey()).orElseThrow(), "a failed share may be tried again");
    }

    @Test
    void aLongReplyIsShownFoldedAndMoreBringsBackTheWholeWithItsShareKey() {
        Reply reply = longReply();
        assertTrue(reply.folds());
        ReplyMemory.Shown shown = memory.show(reply, true);
        assertEquals(reply.folded(), shown.reply());
        ReplyMemory.Unfold whole = memory.unfold(shown.moreKey()).orElseThrow();
        assertEquals(reply, whole.reply());
        assertEquals(shown.shareKey(), whole.shareKey());
        assertEquals(reply, memory.takeShare(shown.shareKey()).orElseThrow(), "Share posts the whole reply");
    }

    @Test
    void unknownOrMissingKeysFindNothing() {
        assertTrue(memory.takeShare("nope").isEmpty());
        assertTrue(memory.takeShare(null).isEmpty());
        assertTrue(memory.unfold(null).isEmpty());
        assertNull(memory.show(ReplyBuilder.titled("t").lead("l").build(), false).shareKey(), "not shareable: no key");
    }
}
