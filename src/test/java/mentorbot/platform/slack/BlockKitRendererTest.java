package mentorbot.platform.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mentorbot.mentor.Platform;
import mentorbot.mentor.Reply;
import mentorbot.mentor.ReplyBuilder;
import mentorbot.mentor.ReplyLimits;
import mentorbot.mentor.Request;
import mentorbot.mentor.Visibility;
import org.junit.jupiter.api.Test;

class BlockKitRendererTest {

    private static final String HOSTILE = "<!channel> <!here> <@U123> <#C1|general> <https://x.y|click> a & b && c";

    @Test
    void rendersEveryPartOfAReply() {
        Reply reply = new Reply("AI Engineer", "", "Builds AI systems.",
                List.of(new Reply.Field("Level", "Mid"), new Reply.Field("Focus", "LLMs")),
                List.of(new Reply.Section("Skills", "Core skills:", List.of("Python", "PyTorch"))),
                List.of(new Reply.Suggestion("Salary", mentorbot.mentor.Action.Run.of("/salary ai engineer"))),
                "Source: career guides", Visibility.PRIVATE, true);
        BlockKitRenderer.Rendered r = BlockKitRenderer.render(reply, "/role ai engineer");
        JsonNode b = Json.blocks(r.blocks());

        assertEquals("header", b.get(0).get("type").asText());
        assertEquals("plain_text", b.get(0).get("text").get("type").asText());
        assertEquals("AI Engineer", b.get(0).get("text").get("text").asText());
        assertEquals("Builds AI systems.", b.get(1).get("text").get("text").asText());
        assertEquals("*Level*\nMid", b.get(2).get("fields").get(0).get("text").asText());
        assertEquals("*Focus*\nLLMs", b.get(2).get("fields").get(1).get("text").asText());
        assertEquals("*Skills*\nCore skills:\n• Python\n• PyTorch", b.get(3).get("text").get("text").asText());
        assertEquals("mrkdwn", b.get(3).get("text").get("type").asText());
        assertTrue(b.get(3).get("text").get("verbatim").asBoolean(), "verbatim stops auto-parsed mentions");
        assertEquals("context", b.get(4).get("type").asText());
        assertEquals("Source: career guides", b.get(4).get("elements").get(0).get("text").asText());
        JsonNode actions = b.get(5);
        assertEquals("actions", actions.get("type").asText());
        assertEquals("Salary", actions.get("elements").get(0).get("text").get("text").asText());
        assertEquals("mb:run:salary ai engineer", actions.get("elements").get(0).get("value").asText());
        assertEquals("mentorbot_0", actions.get("elements").get(0).get("action_id").asText());
        assertEquals("mentorbot_1", actions.get("elements").get(1).get("action_id").asText());
        assertEquals("mb:share:/role ai engineer", actions.get("elements").get(1).get("value").asText());
        assertEquals(6, b.size());
        assertTrue(r.text().startsWith("AI Engineer\nBuilds AI systems.\n\nLevel: Mid"), r.text());
    }

    @Test
    void noShareButtonWithoutShareValue() {
        Reply reply = EchoHandler.echo(Request.command(Platform.SLACK, "T", "U", "C", "role", "x"));
        JsonNode b = Json.blocks(BlockKitRenderer.render(reply, null).blocks());
        for (String s : Json.strings(b)) {
            assertFalse(s.startsWith("mb:share:"), s);
        }
    }

    @Test
    void escapesUserTextEverywhere() {
        Reply reply = EchoHandler.echo(Request.command(Platform.SLACK, "T", "U", "C", "mentor", HOSTILE));
        BlockKitRenderer.Rendered r = BlockKitRenderer.render(reply, "/mentor " + HOSTILE);
        JsonNode b = Json.blocks(r.blocks());
        Json.assertNothingUnescaped(b);
        Json.assertNothingUnescaped(Json.MAPPER.valueToTree(r.text()));
        String all = String.join("\n", Json.strings(b));
        assertTrue(all.contains("&lt;!channel&gt;"), all);
        assertTrue(all.contains("&lt;@U123&gt;"), all);
        assertTrue(all.contains("a &amp; b &amp;&amp; c"), all);
        assertTrue(r.text().contains("&lt;!here&gt;"), r.text());
    }

    @Test
    void escapingRoundTripsThroughButtonValues() {
        assertEquals("/mentor " + HOSTILE, SlackText.unescape(SlackText.escape("/mentor " + HOSTILE)));
        assertEquals("&amp;lt;", SlackText.escape("&lt;"));
        assertEquals("&lt;", SlackText.unescape(SlackText.escape("&lt;")));
    }

    @Test
    void hugeReplyStaysWithinBlockKitLimits() {
        List<Reply.Field> fields = new ArrayList<>();
        for (int i = 0; i < 37; i++) {
            fields.add(new Reply.Field("label " + i + " & more", words("v" + i, 900)));
        }
        List<Reply.Section> sections = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            List<String> items = new ArrayList<>();
            for (int j = 0; j < 30; j++) {
                items.add(words("i" + i + "x" + j, 40));
            }
            sections.add(new Reply.Section("Heading " + i, words("<w" + i + ">", 2_000), items));
        }
        List<Reply.Suggestion> suggestions = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            suggestions.add(new Reply.Suggestion(words("label", 60), mentorbot.mentor.Action.Run.of("/salary " + words("s", 100))));
        }
        Reply reply = new Reply(words("Title&", 500), "", words("intro<", 5_000), fields, sections, suggestions,
                words("foot", 2_000), Visibility.PRIVATE, true);

        BlockKitRenderer.Rendered r = BlockKitRenderer.render(reply, "/role " + words("x", 300));
        assertWithinLimits(Json.blocks(r.blocks()));
        assertTrue(r.text().length() <= BlockKitRenderer.FALLBACK_MAX);
        JsonNode b = Json.blocks(r.blocks());
        assertEquals(BlockKitRenderer.MAX_BLOCKS, b.size(), "a huge reply fills exactly the block budget");
        assertEquals("actions", b.get(b.size() - 1).get("type").asText(), "suggestions survive the cut");
        assertEquals("context", b.get(b.size() - 2).get("type").asText(), "the footer survives the cut");
        assertTrue(b.get(b.size() - 3).get("elements").get(0).get("text").asText().contains("shortened"));
    }

    @Test
    void longSectionsSplitOnWordBoundariesAndNeverInsideAnEntity() {
        // 3,000 characters of "&" become 15,000 escaped: the split must not cut "&amp;" in two.
        String text = "&".repeat(3_000) + " " + words("tail", 800);
        Reply reply = new Reply("t", "", "", List.of(), List.of(new Reply.Section("h", text, List.of())), List.of(), "",
                Visibility.PRIVATE, true);
        JsonNode b = Json.blocks(BlockKitRenderer.render(reply, null).blocks());
        assertWithinLimits(b);
        Json.assertNothingUnescaped(b);
        StringBuilder joined = new StringBuilder();
        for (JsonNode block : b) {
            if (block.has("text") && "section".equals(block.get("type").asText())) {
                String s = block.get("text").get("text").asText();
                assertFalse(s.startsWith(" ") || s.endsWith(" "));
                joined.append(s).append(' ');
            }
        }
        // Every word of the tail came through whole, and nothing was lost or added.
        List<String> expectedWords = List.of(words("tail", 800).split(" "));
        List<String> tailTokens = new ArrayList<>();
        for (String token : joined.toString().split("\\s+")) {
            if (token.contains("tail")) {
                tailTokens.add(token);
            }
        }
        assertEquals(expectedWords, tailTokens);
        assertEquals(("*h*" + SlackText.escape(text)).replaceAll("\\s", ""), joined.toString().replaceAll("\\s", ""));
    }

    @Test
    void repliesBuiltAtTheCoreLimitsRenderWithinSlackLimits() {
        String hostile = "<!channel> & ".repeat(200);
        ReplyBuilder builder = ReplyBuilder.titled(hostile).intro(hostile);
        for (int i = 0; i < ReplyLimits.FIELDS + 3; i++) {
            builder.field(hostile, hostile);
        }
        for (int i = 0; i < ReplyLimits.SECTIONS + 3; i++) {
            builder.section(hostile, hostile, List.of(hostile, hostile));
        }
        for (int i = 0; i < ReplyLimits.SUGGESTIONS + 3; i++) {
            builder.suggest(hostile, "/mentor " + hostile);
        }
        Reply reply = builder.footer(hostile).build();
        BlockKitRenderer.Rendered r = BlockKitRenderer.render(reply, "/mentor " + hostile);
        JsonNode b = Json.blocks(r.blocks());
        assertWithinLimits(b);
        Json.assertNothingUnescaped(b);
        assertNotNull(r.text());
    }

    @Test
    void emptyReplyStillHasFallbackText() {
        Reply reply = new Reply("", "", "", List.of(), List.of(), List.of(), "", Visibility.PRIVATE, false);
        BlockKitRenderer.Rendered r = BlockKitRenderer.render(reply, null);
        assertFalse(r.text().isBlank());
        assertTrue(r.blocks().isEmpty());
    }

    /** Slack's published Block Kit limits, checked on the JSON Slack would receive. */
    static void assertWithinLimits(JsonNode blocks) {
        assertTrue(blocks.size() <= 50, "blocks: " + blocks.size());
        Set<String> actionIds = new HashSet<>();
        for (JsonNode block : blocks) {
            String type = block.get("type").asText();
            switch (type) {
                case "header" -> assertTrue(block.get("text").get("text").asText().length() <= 150, "header");
                case "section" -> {
                    if (block.has("text")) {
                        assertTrue(block.get("text").get("text").asText().length() <= 3_000, "section text");
                    }
                    if (block.has("fields")) {
                        assertTrue(block.get("fields").size() <= 10, "fields per section");
                        block.get("fields").forEach(f -> assertTrue(f.get("text").asText().length() <= 2_000, "field"));
                    }
                    assertTrue(block.has("text") || block.has("fields"));
                }
                case "context" -> {
                    assertTrue(block.get("elements").size() <= 10);
                    block.get("elements").forEach(e -> assertTrue(e.get("text").asText().length() <= 3_000));
                }
                case "actions" -> {
                    assertTrue(block.get("elements").size() <= 25, "elements per actions block");
                    for (JsonNode e : block.get("elements")) {
                        assertTrue(e.get("text").get("text").asText().length() <= 75, "button text");
                        assertTrue(e.get("value").asText().length() <= 2_000, "button value");
                        assertTrue(actionIds.add(e.get("action_id").asText()), "unique action_id");
                    }
                }
                default -> throw new AssertionError("unexpected block type " + type);
            }
        }
    }

    /** Roughly {@code length} characters of distinct words built from {@code stem}. */
    static String words(String stem, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; out.length() < length; i++) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(stem).append(i);
        }
        return out.toString();
    }
}
