package mentorbot.qa;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import mentorbot.knowledge.Normalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmployersTest {

    private static Employers employers;

    @BeforeAll
    static void load() throws Exception {
        employers = Employers.load(Path.of("config/qa/employers.txt"));
    }

    private static boolean asked(String text) {
        return employers.hiringAsked(Normalizer.normalize(text), Normalizer.normalize(QuestionParts.asking(text)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "I'm a new grad applying to OpenAI. do they actually hire juniors for their research engineer roles?",
            "I have a loop at Databricks next month. What does their interview process look like?",
            "is nvidia hiring gen AI developers right now?",
            "how do I get hired at Google as an ML engineer?",
            "junior dev in lisbon which specific companies are hiring genai devs here?",
            "name some companies that hire junior AI engineers",
            "I have an ML engineer interview at Google in two weeks, how many rounds do they do?",
            "prepping for my Amazon onsite next week. can you list their leadership principles?"})
    void employersByNameOrOneEmployersHiringIsAsked(String question) {
        assertTrue(asked(question), question);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "I have a Google interview next week. what do AI engineer interviews evaluate?",
            "OpenAI API or Anthropic for long documents?",
            "do companies hire juniors as AI engineers?",
            "what's the interview process like for AI engineers?",
            "which industries are hiring AI engineers?",
            "what kinds of companies hire AI engineers?"})
    void aGeneralQuestionBesideAnEmployerOrNoEmployerIsNot(String question) {
        assertFalse(asked(question), question);
    }

    @Test
    void theDeclineSaysWhatTheGuidesCoverInstead() {
        var reply = Declines.employersHiring().reply();
        assertFalse(reply.matched());
        assertTrue(reply.lead().contains("particular employer"), reply.lead());
        assertTrue(reply.intro().contains("interviews evaluate"), reply.intro());
    }
}
