package mentorbot.mentor.salary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import mentorbot.knowledge.Anchor;
import mentorbot.knowledge.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which claims about the field are judged by the outlook, and which outlook. */
class MarketClaimsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "my parents think AI is a bubble. what do I tell them?|DEMAND_OUTLOOK",
            "my dad says ai engineering is all hype and will crash. how do i answer him?|DEMAND_OUTLOOK",
            "friends say the job market is saturated, are they right?|DEMAND_OUTLOOK",
            "everyone says gen AI is just a fad. true?|GENAI_MARKET",
            "is generative AI going to pop?|GENAI_MARKET"})
    void aClaimThatTheFieldIsDoomedIsJudgedByItsOutlook(String asking, Anchor outlook) {
        assertEquals(Optional.of(outlook), MarketClaims.judged(Normalizer.normalize(asking)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "is it hype that coding assistants make you twice as fast?",
            "my husband thinks leaving my job is a mistake. how do I convince him?",
            // Where a career leads is the career path's business, not the market's.
            "my uncle says AI engineering turns into a dead end once you're senior. is he right?",
            "what does an AI engineer do?"})
    void anythingElseIsNoClaimAboutTheField(String asking) {
        assertEquals(Optional.empty(), MarketClaims.judged(Normalizer.normalize(asking)));
    }
}
