package mentorbot.mentor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one parser every platform reads typed lines and suggestion values with. */
class TypedLineTest {

    private static Request typed(String line) {
        return Request.typed(Platform.SLACK, "T", "U", "C", line);
    }

    @Test
    void aSlashAndANameIsThatCommandWithTheRestAsArguments() {
        Request r = typed("  /Salary \t senior  big tech ");
        assertEquals("salary", r.command());
        assertEquals("senior  big tech", r.text());
        assertEquals("tip", typed("/tip").command());
        assertEquals("", typed("/tip").text());
    }

    @Test
    void aLoneSlashOrASlashBeforeASpaceIsFreeText() {
        assertTrue(typed("/").isFreeText());
        assertEquals("/", typed("/").text());
        assertTrue(typed("/ role").isFreeText());
        assertTrue(typed("do I need a PhD?").isFreeText());
        assertEquals("", typed(null).text());
    }

    @Test
    void theCommandIsNormalisedWhereverARequestIsMade() {
        assertEquals("salary", Request.command(Platform.DISCORD, "", "u", "c", " /SALARY ", "senior").command());
    }
}
