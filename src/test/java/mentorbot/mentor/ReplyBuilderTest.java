package mentorbot.mentor;

import static mentorbot.testing.ReplyChecks.assertWithinLimits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Replies are kept within ReplyLimits by construction: split between words or items, never mid-word. */
class ReplyBuilderTest {

    /** Distinct words, so that a mid-word cut shows up as a word that was not in the input. */
    private static String words(int count) {
        return IntStream.range(0, count).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));
    }

    @Test
    void aLeadThatOpensTheIntroIsSaidOnce() {
        Reply r = ReplyBuilder.titled("NLP Engineer").lead("A Mid to Senior title focused on language models.")
                .intro("A Mid to Senior title focused on language models. The guides describe it no further.").build();
        assertEquals("A Mid to Senior title focused on language models.", r.lead());
        assertEquals("The guides describe it no further.", r.intro());
    }

    @Test
    void aLongTextSectionIsSplitBetweenWordsAndLosesNothing() {
        String text = words(500); // ~3,900 characters
        Reply r = ReplyBuilder.titled("T").text("Details", text).build();
        assertTrue(r.sections().size() >= 4, "sections " + r.sections().size());
        String joined = r.sections().stream().map(Reply.Section::text).collect(Collectors.joining(" "));
        assertEquals(text, joined, "every word kept, in order, none split");
        assertEquals("Details", r.sections().get(0).heading());
        r.sections().subList(1, r.sections().size())
                .forEach(s -> assertEquals("Details (continued)", s.heading()));
    }

    @Test
    void everyPartOfASplitSectionEndsOnAWholeWord() {
        String text = words(500);
        Reply r = ReplyBuilder.titled("T").text("Details", text).build();
        for (Reply.Section s : r.sections()) {
            for (String w : s.text().split(" ")) {
                assertTrue(w.matches("word\\d+"), "'" + w + "' is a broken word");
            }
        }
    }

    @Test
    void theFirstPartOfASplitSectionFitsTheSectionLimit() {
        Reply r = ReplyBuilder.titled("T").text("Details", words(500)).build();
        assertTrue(r.sections().get(0).length() <= ReplyLimits.SECTION);
    }

    @Test
    void everyPartOfASplitTextSectionFitsTheSectionLimit() {
        Reply r = ReplyBuilder.titled("T").text("Details", words(500)).build();
        r.sections().forEach(s -> assertTrue(s.length() <= ReplyLimits.SECTION, s.heading() + " is " + s.length()));
    }

    @Test
    void manyItemsAreSplitBetweenItemsAndKeepTheirOrder() {
        List<String> items = IntStream.range(0, 120).mapToObj(i -> "item number " + i + " with some words").toList();
        Reply r = ReplyBuilder.titled("T").items("List", items).build();
        List<String> kept = new ArrayList<>();
        r.sections().forEach(s -> kept.addAll(s.items()));
        assertTrue(r.sections().size() > 1);
        assertEquals(items, kept);
        r.sections().forEach(s -> assertTrue(s.length() <= ReplyLimits.SECTION, s.heading() + " is " + s.length()));
    }

    @Test
    void anOverlongItemIsShortenedAtAWordBoundary() {
        String item = words(300);
        Reply r = ReplyBuilder.titled("T").items("List", List.of(item)).build();
        String kept = r.sections().get(0).items().get(0);
        assertTrue(kept.length() <= ReplyLimits.SECTION / 2);
        assertTrue(kept.endsWith("…"));
        assertTrue(item.startsWith(kept.substring(0, kept.length() - 1)));
        assertTrue(item.charAt(kept.length() - 1) == ' ', "cut mid-word");
    }

    @Test
    void whatDoesNotFitIsLeftOutWithANoteSayingHowMuch() {
        ReplyBuilder b = ReplyBuilder.titled("T").footer("Source: a guide.");
        for (int i = 0; i < 20; i++) {
            b.text("Part " + i, i + " " + words(100));
        }
        Reply r = b.build();
        assertWithinLimits(r);
        int omitted = 20 - r.sections().size();
        assertTrue(omitted > 0);
        assertTrue(r.footer().startsWith(omitted + " more parts left out to keep this short"), r.footer());
        assertTrue(r.footer().endsWith("Source: a guide."), r.footer());
        assertEquals("Part 0", r.sections().get(0).heading(), "parts are kept from the start, in order");
        for (int i = 0; i < r.sections().size(); i++) {
            assertEquals("Part " + i, r.sections().get(i).heading());
        }
    }

    @Test
    void moreThanTheMaximumNumberOfSmallSectionsIsCappedWithANote() {
        ReplyBuilder b = ReplyBuilder.titled("T");
        for (int i = 0; i < ReplyLimits.SECTIONS + 3; i++) {
            b.text("S" + i, "short " + i);
        }
        Reply r = b.build();
        assertEquals(ReplyLimits.SECTIONS, r.sections().size());
        assertTrue(r.footer().startsWith("3 more parts left out"), r.footer());
    }

    @Test
    void oneOmittedPartIsSingular() {
        ReplyBuilder b = ReplyBuilder.titled("T");
        for (int i = 0; i < ReplyLimits.SECTIONS + 1; i++) {
            b.text("S" + i, "short " + i);
        }
        assertTrue(b.build().footer().startsWith("1 more part left out"));
    }

    @Test
    void anItemOrParagraphAlreadyInTheReplyIsNotRepeated() {
        Reply r = ReplyBuilder.titled("T")
                .items("A", List.of("Senior: $150K – $200K+", "Mid: $90K – $150K"))
                .items("B", List.of("Mid: $90K – $150K", "Entry: $70K – $90K"))
                .text("C", "A paragraph that two merged answers both carried.")
                .text("D", "A paragraph that two merged answers both carried.")
                .items("E", List.of("Senior: $150K – $200K+"))
                .build();
        assertEquals(List.of("A", "B", "C"), r.sections().stream().map(Reply.Section::heading).toList());
        assertEquals(List.of("Entry: $70K – $90K"), r.sections().get(1).items());
    }

    @Test
    void nothingIsLeftOutOfASmallReply() {
        Reply r = ReplyBuilder.titled("T").intro("i").text("A", "a").items("B", List.of("b")).build();
        assertEquals(2, r.sections().size());
        assertEquals("", r.footer());
    }

    @Test
    void emptySectionsAreDropped() {
        Reply r = ReplyBuilder.titled("T").text("A", "").text("B", null).items("C", List.of()).build();
        assertTrue(r.sections().isEmpty());
    }

    @Test
    void suggestionsAreDeduplicatedAndCapped() {
        ReplyBuilder b = ReplyBuilder.titled("T");
        b.suggest("a", "/role").suggest("again", "/ROLE");
        for (int i = 0; i < 10; i++) {
            b.suggest("s" + i, "/salary " + i);
        }
        Reply r = b.build();
        assertEquals(ReplyLimits.SUGGESTIONS, r.suggestions().size());
        assertEquals("/role", r.suggestions().get(0).action().typed());
        assertEquals(1, r.suggestions().stream().filter(s -> s.action().typed().equalsIgnoreCase("/role")).count());
    }

    @Test
    void fieldsAreCappedAndBlankValuesSkipped() {
        ReplyBuilder b = ReplyBuilder.titled("T").field("blank", " ").field("null", null);
        for (int i = 0; i < 15; i++) {
            b.field("f" + i, "v" + i);
        }
        Reply r = b.build();
        assertEquals(ReplyLimits.FIELDS, r.fields().size());
        assertEquals("f0", r.fields().get(0).label());
    }

    @Test
    void titleIntroAndFooterAreShortenedAtWordBoundaries() {
        Reply r = ReplyBuilder.titled(words(100)).intro(words(400)).footer(words(100)).build();
        assertTrue(r.title().length() <= ReplyLimits.TITLE && r.title().endsWith("…"));
        assertTrue(r.opening().length() <= ReplyLimits.INTRO && r.opening().endsWith("…"));
        assertTrue(r.footer().length() <= ReplyLimits.FOOTER && r.footer().endsWith("…"));
        assertTrue(words(100).startsWith(r.title().substring(0, r.title().length() - 1) + " "));
    }

    @Test
    void defaultsArePrivateAndMatched() {
        Reply r = ReplyBuilder.titled("T").build();
        assertEquals(Visibility.PRIVATE, r.visibility());
        assertTrue(r.matched());
        assertFalse(ReplyBuilder.titled("T").unmatched().build().matched());
        assertEquals(Visibility.SHARED, ReplyBuilder.titled("T").visibility(Visibility.SHARED).build().visibility());
    }

    @Test
    void aReplyOfEverythingAtOnceStaysWithinTheTotal() {
        ReplyBuilder b = ReplyBuilder.titled(words(60)).intro(words(200)).footer(words(60));
        for (int i = 0; i < 9; i++) {
            b.field(words(10), words(50));
        }
        for (int i = 0; i < 30; i++) {
            int section = i;
            b.items("Items " + i, IntStream.range(0, 20).mapToObj(j -> section + "." + j + " " + words(8)).toList());
        }
        Reply r = b.build();
        int total = r.title().length() + r.opening().length() + r.footer().length()
                + r.fields().stream().mapToInt(f -> f.label().length() + f.value().length()).sum()
                + r.sections().stream().mapToInt(Reply.Section::length).sum();
        assertTrue(total <= ReplyLimits.TOTAL, "total " + total);
        assertTrue(r.footer().contains("left out"), r.footer());
    }
}
