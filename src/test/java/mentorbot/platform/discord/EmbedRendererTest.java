package mentorbot.platform.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import mentorbot.mentor.Reply;
import mentorbot.mentor.Visibility;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.Test;

class EmbedRendererTest {

    private static Reply reply(String title, String intro, List<Reply.Field> fields, List<Reply.Section> sections,
                               String footer) {
        return new Reply(title, "", intro, fields, sections, List.of(), footer, Visibility.PRIVATE, true);
    }

    private static int total(List<MessageEmbed> embeds) {
        return embeds.stream().mapToInt(MessageEmbed::getLength).sum();
    }

    @Test
    void smallReplyIsOneEmbedWithTitleFieldsSectionsAndFooter() {
        List<MessageEmbed> embeds = EmbedRenderer.render(reply("MLOps Engineer", "Runs models in production.",
                List.of(new Reply.Field("Level", "Senior")),
                List.of(new Reply.Section("Skills", "", List.of("Docker", "Kubernetes"))), "Source: AI engineer guide"));
        assertEquals(1, embeds.size());
        MessageEmbed e = embeds.get(0);
        assertEquals("MLOps Engineer", e.getTitle());
        assertEquals("Runs models in production.", e.getDescription());
        assertEquals("Level", e.getFields().get(0).getName());
        assertTrue(e.getFields().get(0).isInline());
        assertEquals("• Docker\n• Kubernetes", e.getFields().get(1).getValue());
        assertFalse(e.getFields().get(1).isInline());
        assertEquals("Source: AI engineer guide", e.getFooter().getText());
    }

    @Test
    void hugeReplyKeepsEveryDiscordLimit() {
        List<MessageEmbed> embeds = EmbedRenderer.render(TestHandler.huge());
        assertTrue(embeds.size() <= EmbedRenderer.EMBEDS);
        assertTrue(total(embeds) <= EmbedRenderer.TOTAL, "total " + total(embeds));
        for (MessageEmbed e : embeds) {
            assertTrue(e.getTitle() == null || e.getTitle().length() <= EmbedRenderer.TITLE);
            assertTrue(e.getDescription() == null || e.getDescription().length() <= EmbedRenderer.DESCRIPTION);
            assertTrue(e.getFields().size() <= EmbedRenderer.FIELDS);
            for (MessageEmbed.Field f : e.getFields()) {
                assertTrue(f.getName().length() <= EmbedRenderer.FIELD_NAME);
                assertTrue(f.getValue().length() <= EmbedRenderer.FIELD_VALUE);
                assertFalse(f.getValue().isEmpty());
            }
            assertTrue(e.isSendable());
        }
        String footer = embeds.get(embeds.size() - 1).getFooter().getText();
        assertTrue(footer.startsWith("(answer shortened)"), footer);
    }

    @Test
    void longSectionIsSplitAtWordBoundariesIntoSeveralFields() {
        String text = ("alpha beta gamma delta ").repeat(100).strip(); // 2,299 characters
        List<MessageEmbed> embeds = EmbedRenderer.render(reply("T", "", List.of(),
                List.of(new Reply.Section("Long", text, List.of())), ""));
        List<MessageEmbed.Field> fields = embeds.get(0).getFields();
        assertEquals(3, fields.size());
        assertEquals("Long", fields.get(0).getName());
        StringBuilder joined = new StringBuilder();
        for (MessageEmbed.Field f : fields) {
            assertTrue(f.getValue().length() <= 1024);
            assertFalse(f.getValue().startsWith(" ") || f.getValue().endsWith(" "));
            String first = f.getValue().split(" ")[0];
            assertTrue(List.of("alpha", "beta", "gamma", "delta").contains(first), "cut inside a word: " + first);
            joined.append(joined.length() == 0 ? "" : " ").append(f.getValue());
        }
        assertEquals(text, joined.toString(), "nothing lost when it fits");
    }

    @Test
    void longIntroContinuesInAnotherEmbed() {
        String intro = "word ".repeat(1_000).strip(); // 4,999 characters > 4,096
        List<MessageEmbed> embeds = EmbedRenderer.render(reply("T", intro, List.of(), List.of(), "foot"));
        assertEquals(2, embeds.size());
        assertEquals(intro, embeds.get(0).getDescription() + " " + embeds.get(1).getDescription());
        assertEquals("foot", embeds.get(1).getFooter().getText());
        assertEquals(null, embeds.get(0).getFooter());
    }

    @Test
    void moreThan25FieldsMoveToANextEmbed() {
        List<Reply.Section> sections = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            sections.add(new Reply.Section("S" + i, "short text " + i, List.of()));
        }
        List<MessageEmbed> embeds = EmbedRenderer.render(reply("T", "", List.of(), sections, ""));
        assertEquals(2, embeds.size());
        assertEquals(25, embeds.get(0).getFields().size());
        assertEquals(5, embeds.get(1).getFields().size());
    }

    @Test
    void everyoneAndHereNeverPing() {
        List<MessageEmbed> embeds = EmbedRenderer.render(reply("@everyone", "hi @here and @everyone",
                List.of(new Reply.Field("@everyone", "@here")),
                List.of(new Reply.Section("@here", "@everyone", List.of("@everyone"))), "@everyone"));
        String all = embeds.toString() + embeds.get(0).toData().toString();
        for (MessageEmbed e : embeds) {
            assertFalse(e.toData().toString().contains("@everyone"), e.toData().toString());
            assertFalse(e.toData().toString().contains("@here"));
        }
        assertTrue(embeds.get(0).getDescription().contains("@\u200beveryone"), all);
    }

    @Test
    void emptyReplyStillRendersASendableEmbed() {
        List<MessageEmbed> embeds = EmbedRenderer.render(reply("", "", List.of(), List.of(), ""));
        assertEquals(1, embeds.size());
        assertTrue(embeds.get(0).isSendable());
    }

    @Test
    void unicodeIsNeverCutInsideASurrogatePair() {
        String emoji = "🧠".repeat(3_000); // no spaces at all: a hard cut
        List<MessageEmbed> embeds = EmbedRenderer.render(reply("T", emoji, List.of(), List.of(), ""));
        for (MessageEmbed e : embeds) {
            String d = e.getDescription();
            assertFalse(Character.isHighSurrogate(d.charAt(d.length() - 1)));
            assertFalse(Character.isLowSurrogate(d.charAt(0)));
        }
    }
}
