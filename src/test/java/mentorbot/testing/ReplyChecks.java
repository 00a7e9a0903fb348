package mentorbot.testing;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import mentorbot.mentor.Reply;
import mentorbot.mentor.ReplyLimits;
import mentorbot.mentor.PlainTextRenderer;

/** Assertions every reply must pass, whatever it answers. */
public final class ReplyChecks {

    /** Strings that would ping a whole channel or a person if echoed back. */
    public static final List<String> PINGS = List.of("<!channel>", "<!here>", "@everyone", "@here", "<@U123>");

    private static final PlainTextRenderer RENDERER = new PlainTextRenderer();

    private ReplyChecks() {
    }

    public static String render(Reply r) {
        return RENDERER.render(r);
    }

    /** The limits of {@link ReplyLimits}, and the plain-text rendering within a Discord embed (6,000). */
    public static void assertWithinLimits(Reply r) {
        int total = r.title().length() + r.lead().length() + r.intro().length() + r.footer().length()
                + r.fields().stream().mapToInt(f -> f.label().length() + f.value().length()).sum()
                + r.sections().stream().mapToInt(Reply.Section::length).sum();
        String rendered = render(r);
        assertAll("limits of reply '" + r.title() + "'",
                () -> assertTrue(r.title().length() <= ReplyLimits.TITLE, "title " + r.title().length()),
                () -> assertFalse(r.title().isBlank(), "title is blank"),
                () -> assertTrue(r.lead().length() <= ReplyLimits.LEAD, "lead " + r.lead().length() + ": " + r.lead()),
                () -> assertTrue(r.intro().length() <= ReplyLimits.INTRO, "intro " + r.intro().length()),
                () -> assertNoTemplateLeaks(rendered),
                () -> assertNoListTwice(r),
                () -> assertTrue(r.sections().size() <= ReplyLimits.SECTIONS, "sections " + r.sections().size()),
                () -> r.sections().forEach(s -> assertTrue(s.length() <= ReplyLimits.SECTION,
                        "section '" + s.heading() + "' is " + s.length())),
                () -> assertTrue(r.fields().size() <= ReplyLimits.FIELDS, "fields " + r.fields().size()),
                () -> assertTrue(r.suggestions().size() <= ReplyLimits.SUGGESTIONS, "suggestions " + r.suggestions().size()),
                () -> r.suggestions().forEach(s -> assertTrue(s.action().typed().length() <= ReplyLimits.SUGGESTION_COMMAND,
                        "suggestion " + s.action().typed())),
                () -> assertTrue(r.footer().length() <= ReplyLimits.FOOTER, "footer " + r.footer().length()),
                () -> assertTrue(total <= ReplyLimits.TOTAL, "total " + total),
                () -> assertTrue(rendered.length() <= 6_000, "rendered " + rendered.length()),
                () -> assertNotEquals("Something went wrong on my side", r.title(), "the pipeline hit an exception"));
    }

    /** An answer leads with one or two sentences, within the limit, that end like sentences. */
    public static void assertLeads(Reply r) {
        assertFalse(r.lead().isBlank(), "no lead in '" + r.title() + "'");
        assertTrue(r.lead().length() <= ReplyLimits.LEAD, "lead " + r.lead().length() + ": " + r.lead());
    }

    /** No placeholder or missing value shows through ("null", "Not stated", an unfilled "{name}"). */
    public static void assertNoTemplateLeaks(String rendered) {
        for (String leak : List.of("null", "Not stated", "{", "}", "Optional[", "  .", " ,")) {
            assertFalse(rendered.contains(leak), "template text '" + leak + "' leaks into:\n" + rendered);
        }
    }

    /** No bullet item appears twice in one reply. */
    public static void assertNoListTwice(Reply r) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Reply.Section s : r.sections()) {
            for (String item : s.items()) {
                assertTrue(seen.add(item), "'" + item + "' is listed twice in '" + r.title() + "'");
            }
        }
    }

    /** The rendered reply pings nobody. */
    public static void assertNoPings(Reply r) {
        String rendered = render(r);
        for (String ping : PINGS) {
            assertFalse(rendered.contains(ping), "reply contains " + ping + ":\n" + rendered);
        }
        r.suggestions().forEach(s -> PINGS.forEach(p -> assertFalse(s.action().typed().contains(p), s.action().typed())));
    }
}
