package mentorbot.platform.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import mentorbot.mentor.Platform;
import mentorbot.mentor.Reply;
import mentorbot.mentor.Request;
import mentorbot.platform.ReplyMemory;
import org.junit.jupiter.api.Test;

class AckPayloadsTest {

    private final AckPayloads payloads = new AckPayloads();
    private final ReplyMemory memory = new ReplyMemory(Duration.ofMinutes(30));
    private final Reply reply = EchoHandler.echo(Request.command(Platform.SLACK, "T", "U", "C", "role", "mlops <b>"));

    @Test
    void theCachedPayloadIsWhatRenderingNowWouldGiveWithThisRequestsKeys() throws Exception {
        for (int i = 0; i < 2; i++) { // the first renders, the second reuses
            ReplyMemory.Keys keys = memory.remember(reply, true);
            JsonNode ack = Json.parse(payloads.json(reply, keys, "ephemeral"));
            BlockKitRenderer.Rendered now = BlockKitRenderer.render(reply, keys.shareKey(), null);
            assertEquals(Json.blocks(now.blocks()), ack.get("blocks"));
            assertEquals(now.text(), ack.get("text").asText());
            assertEquals("ephemeral", ack.get("response_type").asText());
            assertTrue(ack.toString().contains("mb:share:" + keys.shareKey()), ack.toString());
        }
    }

    @Test
    void eachRequestGetsItsOwnShareKeyInTheSameBlocks() throws Exception {
        JsonNode a = Json.parse(payloads.json(reply, memory.remember(reply, true), "ephemeral"));
        JsonNode b = Json.parse(payloads.json(reply, memory.remember(reply, true), "ephemeral"));
        assertNotEquals(a, b, "share keys differ");
        assertEquals(a.get("blocks").get(0), b.get("blocks").get(0));
        JsonNode none = Json.parse(payloads.json(reply, memory.remember(reply, false), "ephemeral"));
        assertFalse(none.toString().contains("mb:share:"), "no share button when it may not be shared");
    }

    @Test
    void aLongReplyIsFoldedWithItsMoreKey() throws Exception {
        Reply.Section detail = new Reply.Section("Detail", "Detail of the long answer. ".repeat(40), List.of());
        Reply longReply = new Reply("Long", "The short answer first.", "", List.of(), List.of(detail), List.of(), "",
                mentorbot.mentor.Visibility.PRIVATE, true);
        assertTrue(longReply.folds());
        ReplyMemory.Keys keys = memory.remember(longReply, true);
        String json = payloads.json(longReply, keys, "ephemeral");
        assertTrue(json.contains("mb:more:" + keys.moreKey()), json);
        assertFalse(json.contains("Detail of the long answer."), "the body waits behind More");
        assertSame(longReply, memory.unfold(keys.moreKey()).orElseThrow().reply());
    }

    @Test
    void thePayloadIsAsciiWithTheSameTextInside() throws Exception {
        Reply dashes = new Reply("Senior – pay", "Senior engineers earn $150K – $200K+ 🚀.", "", List.of(), List.of(),
                List.of(), "", mentorbot.mentor.Visibility.PRIVATE, true);
        String json = payloads.json(dashes, memory.remember(dashes, false), "ephemeral");
        assertTrue(json.chars().allMatch(c -> c < 0x80), json);
        JsonNode ack = Json.parse(json);
        assertEquals(BlockKitRenderer.render(dashes, null).text(), ack.get("text").asText());
        assertTrue(ack.toString().contains("$150K – $200K+ 🚀"), ack.toString());
        assertEquals("plain", AckPayloads.asciiOnly("plain"));
    }
}
