package mentorbot.mentor.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mentorbot.mentor.Reply;
import mentorbot.mentor.RequestHandler;
import mentorbot.platform.console.InputLine;
import mentorbot.testing.TestCores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** "Does my experience show up in the job?": the responsibility whose guide example is the asker's own domain. */
class ExperienceFitTest {

    private static RequestHandler handler;

    @BeforeAll
    static void core() {
        handler = TestCores.rig().core().handler();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Eight years investigating card fraud for a credit union. Does any of that experience carry over to AI engineering?|3. Integrating AI Systems",
            "I plan delivery routes and watch traffic data all day at a courier firm. Where would that background fit in AI engineering work?|6. Ensuring AI System Scalability",
            "I run email campaigns and segment customer lists for a retailer. Is my experience relevant to any part of AI engineering?|2. Building and Optimizing Data Pipelines",
            "I've been a plant engineer doing maintenance schedules in a factory for ten years. Does that experience show up anywhere in AI engineering?|8. ",
            "Growth analyst, I set up A/B tests for our checkout every sprint. Is that relevant to AI engineering at all?|5. Maintaining Model Performance"})
    void aDomainTheAskerWorksInLeadsToTheResponsibilityWhoseExampleIsInIt(String question, String titleStart) {
        Reply r = handler.handle(InputLine.parse("fit-" + question.length(), question));
        assertTrue(r.title().startsWith(titleStart), r.title());
        assertTrue(r.lead().startsWith("That experience lines up with responsibility"), r.lead());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "I've done fraud analytics for years. Which AI role fits my background?",
            "I know traffic modelling well. What do AI engineers earn with that experience?",
            // The eight responsibilities are the AI engineer's: another role's work is that role's answer.
            "Ten years in business intelligence. Which part of an AI developer's job would use that experience?"})
    void askingForARoleOrForPayIsLeftToThoseFeatures(String question) {
        Reply r = handler.handle(InputLine.parse("fit-other-" + question.length(), question));
        assertTrue(!r.lead().startsWith("That experience lines up"), r.title() + ": " + r.lead());
    }

    @org.junit.jupiter.api.Test
    void theResponsibilityNamedInTheLeadKeepsItsAcronymsInCapitals() {
        Reply r = handler.handle(InputLine.parse("fit-caps", "I schedule delivery vans around traffic data for a living."
                + " Does that experience fit anywhere in AI engineering?"));
        assertTrue(r.lead().contains("ensuring AI system scalability and reliability"), r.lead());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "In my current job I mostly babysit a recommendation model after it ships: health checks, dashboards, the odd retrain. Does that count as AI engineering experience?",
            "I'm the one who watches our recommendation model after launch and kicks off retraining when it slips. Is that a recognized part of AI engineering?"})
    void whatAModelIsForIsNoDomainWhatTheAskerDoesWithItSaysWhichDuty(String question) {
        Reply r = handler.handle(InputLine.parse("fit-upkeep-" + question.length(), question));
        assertTrue(r.title().startsWith("5. Maintaining Model Performance"), r.title());
    }

    @org.junit.jupiter.api.Test
    void abTestsCountAsADomainOfTheirOwnBesideTheMarketingCampaign() {
        Reply r = handler.handle(InputLine.parse("fit-ab", "Marketing analyst, I've run hundreds of A/B tests on email campaigns. Which AI engineer responsibility does that map to?"));
        assertTrue(r.title().startsWith("5. Maintaining Model Performance"), r.title());
    }

    @org.junit.jupiter.api.Test
    void aProjectOfOnesOwnCountsForThePortfolioNotForADuty() {
        Reply r = handler.handle(InputLine.parse("fit-project",
                "i fine tuned llama 3 on my discord server's chat logs and put it on github. does that count?"));
        assertTrue(!r.lead().startsWith("That experience lines up"), r.title() + ": " + r.lead());
        assertTrue(r.title().startsWith("Portfolio project"), r.title());
        Reply atWork = handler.handle(InputLine.parse("fit-actions", "I set up the GitHub Actions workflows that retrain and redeploy"
                + " our models. Nobody has given my role a name. Which part of AI engineering is that?"));
        assertTrue(atWork.title().startsWith("8. Implementing MLOps Practices"), atWork.title());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "I've been a ship's cook for twenty years. Does that experience fit AI engineering anywhere?",
            // "real" in "my real strength" is no real-time traffic system.
            "My real passion is woodworking and furniture restoration. Does that experience fit AI engineering anywhere?"})
    void aBackgroundNoExampleNamesGetsNoResponsibilityPinnedOnIt(String question) {
        Reply r = handler.handle(InputLine.parse("fit-none", question));
        assertEquals(false, r.lead().startsWith("That experience lines up"), r.lead());
    }
}
