package mentorbot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The seeds' salary notation, parsed strictly. */
class SalaryRangeTest {

    @Test
    void theSeedNotationParses() {
        assertEquals(Optional.of(new SalaryRange(70, 90, false)), SalaryRange.parse("$70K – $90K"));
        assertEquals(Optional.of(new SalaryRange(150, 200, true)), SalaryRange.parse("$150K – $200K+"));
        assertEquals(Optional.of(new SalaryRange(200, 400, true)), SalaryRange.parse("  $200K – $400K+ "));
    }

    @Test
    void aHyphenAndTightSpacingAreAccepted() {
        assertEquals(Optional.of(new SalaryRange(90, 150, false)), SalaryRange.parse("$90K-$150K"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"70K – 90K", "$70 – $90", "$90K – $70K", "$90K – $90K", "$70K to $90K", "$70K – $90K++",
            "about $70K – $90K", "$70k – $90k", "$70K — $90K", "$70K"})
    void anythingElseDoesNotParse(String text) {
        assertEquals(Optional.empty(), SalaryRange.parse(text));
    }
}
