package mentorbot.platform.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import mentorbot.mentor.Reply;
import mentorbot.mentor.Visibility;
import org.junit.jupiter.api.Test;

class RenderedEmbedsTest {

    private final RenderedEmbeds embeds = new RenderedEmbeds();

    @Test
    void aRepeatedReplyIsRenderedOnceAndEqualsAFreshRendering() {
        Reply.Section detail = new Reply.Section("Detail", "Detail of the long answer. ".repeat(40), List.of());
        Reply reply = new Reply("Long", "The short answer first.", "", List.of(), List.of(detail), List.of(), "",
                Visibility.PRIVATE, true);
        assertSame(embeds.of(reply, false), embeds.of(reply, false), "the second is the first, not rebuilt");
        assertEquals(EmbedRenderer.render(reply), embeds.of(reply, false));
        assertEquals(EmbedRenderer.render(reply.folded()), embeds.of(reply, true));
        assertNotSame(embeds.of(reply, false), embeds.of(reply, true));
        Reply equalButAnother = new Reply("Long", "The short answer first.", "", List.of(), List.of(detail), List.of(), "",
                Visibility.PRIVATE, true);
        assertEquals(embeds.of(reply, false), embeds.of(equalButAnother, false));
    }
}
