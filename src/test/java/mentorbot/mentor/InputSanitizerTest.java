package mentorbot.mentor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Cleaning raw user text: pings and markup go, whitespace collapses, overlong text is cut between words. */
class InputSanitizerTest {

    private final InputSanitizer sanitizer = new InputSanitizer(1_000);

    private String clean(String raw) {
        return sanitizer.clean(raw).text();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n "})
    void emptyInputIsEmptyAndNotCut(String raw) {
        InputSanitizer.Clean c = sanitizer.clean(raw);
        assertEquals("", c.text());
        assertFalse(c.wasCut());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = "=>", textBlock = """
            <!channel> senior => senior
            <!here> senior => senior
            <!everyone> senior => senior
            <@U123> senior => senior
            <@U123|bob> senior => senior
            <#C123|general> senior => senior
            <!subteam^S1|@devs> senior => senior
            <@!123456> senior => senior
            <@&987> senior => senior
            <:party:123> senior => senior
            @everyone senior => senior
            @here senior => senior
            @channel senior => senior
            @EVERYONE senior => senior
            senior @Everyone => senior
            """)
    void mentionsAndBroadcastsAreRemoved(String raw, String expected) {
        assertEquals(expected, clean(raw));
    }

    @Test
    void aBroadcastHiddenByAZeroWidthCharacterIsStillRemoved() {
        String cleaned = clean("@every\u200Bone senior");
        assertFalse(cleaned.contains("everyone"), cleaned);
        assertFalse(cleaned.contains("@"), cleaned);
    }

    @Test
    void aFullWidthAtSignIsNormalisedAndRemoved() {
        String cleaned = clean("\uFF20everyone senior");
        assertEquals("senior", cleaned);
    }

    @Test
    void noAtSignSurvives() {
        assertFalse(clean("mail me@example.com or @someone").contains("@"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
            *bold* _italic_ ~strike~ => bold italic strike
            `mlops` ```code```       => mlops code
            > quoted                 => quoted
            [link](x) {braces}       => link (x) braces
            a\\b|c#d               => a b c d
            """)
    void markupCharactersBecomeSpaces(String raw, String expected) {
        assertEquals(expected, clean(raw));
    }

    @Test
    void whitespaceCollapsesAndControlCharactersGo() {
        assertEquals("senior mlops engineer", clean("  senior\u0000\u0007   mlops\t\t engineer \u202E "));
    }

    @Test
    void unicodeLettersAndEmojiStay() {
        assertEquals("🤖 mlops 日本語 مهندس", clean("🤖 mlops 日本語 مهندس"));
    }

    @Test
    void combiningMarksAreComposed() {
        assertEquals("caf\u00e9", clean("cafe\u0301"));
    }

    @Test
    void overlongTextIsCutAtAWordBoundaryAndSaysWhere() {
        String raw = "machine learning ".repeat(1_000);
        InputSanitizer.Clean c = sanitizer.clean(raw);
        assertTrue(c.wasCut());
        assertEquals(1_000, c.cutAt());
        assertTrue(c.text().length() <= 1_000, "length " + c.text().length());
        assertTrue(c.text().endsWith("machine") || c.text().endsWith("learning"), "cut mid-word: ..." +
                c.text().substring(c.text().length() - 20));
        assertTrue(raw.startsWith(c.text()));
    }

    @Test
    void tenThousandCharactersWithoutSpacesAreCutToTheLimit() {
        InputSanitizer.Clean c = sanitizer.clean("x".repeat(10_000));
        assertTrue(c.wasCut());
        assertEquals(1_000, c.text().length());
    }

    @Test
    void textAtTheLimitIsNotCut() {
        InputSanitizer.Clean c = sanitizer.clean("y".repeat(1_000));
        assertFalse(c.wasCut());
        assertEquals(1_000, c.text().length());
    }

    @Test
    void textThatShrinksUnderTheLimitAfterCleaningIsNotCut() {
        InputSanitizer.Clean c = sanitizer.clean("senior " + " ".repeat(3_000));
        assertFalse(c.wasCut());
        assertEquals("senior", c.text());
    }

    @Test
    void cuttingNeverSplitsASurrogatePair() {
        String cleaned = clean("a" + "🤖".repeat(5_000));
        char last = cleaned.charAt(cleaned.length() - 1);
        assertFalse(Character.isHighSurrogate(last), "ends with a lone high surrogate");
        assertTrue(cleaned.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF), "unpaired surrogate");
    }
}
