package mentorbot.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mentorbot.mentor.Reply;
import mentorbot.mentor.RequestHandler;
import mentorbot.platform.console.InputLine;
import mentorbot.testing.TestCores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a pay question asks: "should I push back?" only beside an offer or a sum; "which cities pay best?" the places. */
class PayQuestionsTest {

    private static RequestHandler handler;
    private static final mentorbot.mentor.PlainTextRenderer TEXT = new mentorbot.mentor.PlainTextRenderer();

    @BeforeAll
    static void core() {
        handler = TestCores.rig().core().handler();
    }

    private static Reply ask(String user, String text) {
        return handler.handle(InputLine.parse(user, text));
    }

    @Test
    void whatARoleMakesAtTheTierTheStoryNamesIsThatTiersPay() {
        Reply r = ask("p-tier", "Lining up onsite interviews at FAANG (amazon, apple). how much does an ML engineer make at that level?");
        assertEquals("Big Tech Machine Learning Engineer salary (USA)", r.title(), r.lead());
        assertTrue(r.lead().contains("$200K"), r.lead());
    }

    @Test
    void anotherJobsPayAskedAfterAStoryAboutTheFieldIsNotTheFieldsPay() {
        Reply other = ask("p-other", "I'm split between data science and AI engineering. what does a data scientist with 3 years of experience usually earn?");
        assertEquals("No pay figures for data scientist", other.title(), other.lead());
        Reply own = ask("p-own", "I'm a data scientist moving into AI engineering. what would I earn as a mid-level AI engineer?");
        assertTrue(own.lead().contains("$90K"), own.lead());
    }

    @Test
    void pushingBackOnAnOfferIsAboutPay() {
        Reply r = ask("p1", "AI Developer title, 85K, Raleigh NC. ok or should i push back?");
        assertEquals("Is $85K a fair figure?", r.title(), r.lead());
    }

    @Test
    void anOfferWithASigningBonusAskedFairJudgesTheBaseAndSaysTheBonusIsBeyondTheGuides() {
        Reply r = ask("p-bonus", "junior AI engineer offer: 78k plus a 5k signing bonus. fair?");
        assertEquals("Is $78K a fair figure?", r.title(), r.lead());
        assertTrue(r.lead().contains("$70K") && r.lead().contains("within"), r.lead());
        assertTrue(TEXT.body(r).contains("nothing on the signing bonus"), TEXT.body(r));
    }

    @Test
    void theBonusAskedAboutBesideABaseIsStillDeclined() {
        Reply r = ask("p-bonus-asked", "junior AI engineer on 78k base. what signing bonus should I expect on top?");
        assertFalse(r.matched(), r.lead());
    }

    @Test
    void roomToPushForMoreBesideASumIsAboutPayButAskingForMoreFeedbackIsNot() {
        Reply pay = ask("p-more", "Mid-level NLP engineer in Seattle on 145K. Is there room to push for more?");
        assertEquals("Is $145K a fair figure?", pay.title(), pay.lead());
        Reply feedback = ask("p-feedback", "mid-level ML engineer, should I ask for more feedback from my lead?");
        assertFalse(feedback.title().contains("salary") || feedback.title().contains("fair figure"), feedback.title());
    }

    @Test
    void aPlaceAbroadThatOnlyTheStoryNamesBesideAUsPlaceDoesNotTakeThePayAbroad() {
        Reply moving = ask("p-move", "Linguistics grad student in the Netherlands hoping to move to San Francisco for gen AI."
                + " Roughly what do juniors make?");
        assertTrue(moving.title().contains("(USA)"), moving.title());
        Reply there = ask("p-there", "I live in Berlin. Compared to Seattle, what would an AI engineer make in Berlin?");
        assertFalse(there.lead().contains("$"), "the pay asked is Berlin's, which the guides do not give: " + there.lead());
    }

    @Test
    void slangForEarningIsAboutPay() {
        Reply r = ask("p-pull", "what do senior gen AI devs pull?");
        assertTrue(r.lead().contains("$150K"), r.lead());
        Reply grad = ask("p-expect", "I'm about to graduate. What could I expect to make as a brand new generative AI developer?");
        assertTrue(grad.lead().contains("six figures") || grad.lead().contains("$70K"), grad.lead());
    }

    @Test
    void whereTheAskerWouldStartIsTheStartingPay() {
        Reply r = ask("p-start", "Career changer here. If I land an entry-level AI engineering job, what would I realistically start at?");
        assertTrue(r.lead().contains("$70K"), r.lead());
        Reply grad = ask("p-start-grad", "what would a new grad start at as an ai engineer?");
        assertTrue(grad.lead().contains("$70K"), grad.lead());
    }

    @Test
    void aBonusAskedAfterTheStorysSumIsWhatTheGuidesLackNotTheSumToJudge() {
        Reply r = ask("p-bonus", "just signed a senior AI eng offer at a big tech company, base is 180K. what's a normal signing"
                + " bonus and RSU grant on top of that?");
        assertFalse(r.matched(), r.title());
        assertTrue(ask("p-base", "I'm a senior AI engineer on 170K with a small bonus. Is my base fair?").title().contains("$170K"));
    }

    @Test
    void theGoingRateAbroadOrOfAnotherJobIsDeclined() {
        Reply abroad = ask("p-london", "My company is transferring me to London. I'm a mid-level ML engineer. What's the going rate"
                + " for that role in pounds over there?");
        assertTrue(abroad.title().contains("London") && !abroad.matched(), abroad.title());
        assertFalse(ask("p-attorney", "I'm a lawyer at a mid-size firm thinking about specializing in AI regulation. What do tech"
                + " and AI policy attorneys earn at big law firms?").matched());
    }

    @Test
    void aProductManagersPayIsAnotherJobsByItsShortTitleToo() {
        Reply r = ask("p-pm", "I'm a designer in Seattle moving into AI. What does a mid-level PM make there?");
        assertEquals("No pay figures for PM", r.title(), r.lead());
        assertFalse(r.matched());
    }

    @Test
    void aJobThatTellsTheFigureIsItsSourceNotTheJobAskedAbout() {
        Reply told = ask("p-recruiter", "recruiter told me 125k is the top of the band for mid-level in Denver, legit?");
        assertTrue(told.matched() && told.lead().contains("$90K"), told.title() + ": " + told.lead());
        assertFalse(ask("p-recruiters", "how much do recruiters make?").matched());
    }

    @Test
    void aSumJudgedForATitleWithoutALevelNamesTheLevelAskedNotAMissingOne() {
        Reply r = ask("p-genai-sum", "I was offered 160k as a mid-level generative AI developer, is that above market?");
        assertTrue(r.lead().contains("Mid Generative AI Developer") && !r.lead().contains("null"), r.lead());
    }

    @Test
    void pushingBackOnAPlanIsNot() {
        Reply r = ask("p2", "I'm the only AI developer at a startup and the founders want to train our own foundation model"
                + " from scratch. Should I push back?");
        assertNotEquals("AI Developer salary (USA)", r.title(), r.lead());
    }

    @Test
    void aSumInAnotherCurrencyJudgedWithoutAPayWordIsPayTheGuidesLack() {
        Reply r = ask("p-lakh", "gen AI dev in bangalore, 3 yrs, making 25 lakh. is that good for india?");
        assertFalse(r.matched(), r.title());
        assertTrue(r.lead().contains("only for the USA"), r.lead());
    }

    @Test
    void aPriceToPayIsNoSalaryToJudge() {
        Reply r = ask("p-price", "A bootcamp ad claims AI engineering jobs will grow 50% over the next decade. I'm about to pay 15 grand for it. Does that number hold up?");
        assertFalse(r.title().contains("fair"), r.title());
        assertTrue(r.lead().contains("26%"), r.lead());
    }

    @Test
    void payingForStudyIsNotBeingPaid() {
        Reply r = ask("p-study", "i'm broke. do i have to pay for a master's to get into AI engineering or is there a cheaper route?");
        assertFalse(r.title().contains("salary"), r.title());
        assertTrue(r.lead().contains("Bachelor"), r.lead());
        assertTrue(ask("p-for", "what do they pay for seniors in AI engineering?").lead().contains("150K"));
    }

    @Test
    void howMuchSomethingGetsEvaluatedIsNotPay() {
        Reply r = ask("p-eval", "for AI engineer interviews, how much does teamwork get evaluated?");
        assertFalse(r.title().contains("salary"), r.title());
        assertTrue(ask("p-paid", "how much do junior AI engineers get paid?").lead().contains("70K"));
    }

    @Test
    void askingWhichCitiesPayBestIsAboutPlacesNotALevel() {
        Reply r = ask("p3", "which cities pay AI engineers best?");
        assertEquals("Top-paying regions", r.title(), r.lead());
    }

    @Test
    void askingWhichSpecialisationsPayMoreIsWhatMovesPayNotTheStorysLevel() {
        Reply r = ask("p4", "I'm a mid-level gen AI developer now. Which specializations earn a premium?");
        assertEquals(mentorbot.testing.Knowledge.real().topic(mentorbot.knowledge.Anchor.GENAI_EARNINGS).title(), r.title(), r.lead());
    }

    @Test
    void aLeadsPayIsJudgedAgainstTheTopExperienceLevelNotTheFirstRow() {
        Reply r = ask("p-lead", "A recruiter told me lead AI engineers pull 250K. I'm a lead myself. Does that hold up?");
        assertTrue(r.lead().contains("Senior range ($150K – $200K+)"), r.lead());
        assertTrue(TEXT.body(r).contains("no lead row"), TEXT.body(r));
        Reply table = ask("p-lead-table", "what do lead AI engineers make?");
        assertTrue(table.lead().contains("$150K – $200K+"), table.lead());
        Reply verb = ask("p-lead-verb", "I lead a team of six backend devs. What would an entry-level AI engineer earn?");
        assertTrue(verb.lead().contains("$70K – $90K"), verb.lead());
    }

    @Test
    void theUsaItselfIsNoPlaceWithoutFiguresButAStateTheGuidesDoNotNameIs() {
        Reply country = ask("p-usa", "what do mid level AI engineers make in the USA?");
        assertFalse(country.lead().contains("no figures"), country.lead());
        assertTrue(country.lead().contains("the USA as a whole"), country.lead());
        Reply state = ask("p-state", "We moved to Arizona last year. Is it a decent state for AI engineering jobs?");
        assertTrue(state.lead().startsWith("The guides give no figures for Arizona"), state.title() + ": " + state.lead());
    }

    @Test
    void whereToLiveForPayIsTheRegionsEvenWhenTheStoryTellsALevel() {
        Reply where = ask("p-where", "Which part of the US should we move to if I want the best AI engineering salary?");
        assertEquals("Top-paying regions", where.title(), where.lead());
        Reply story = ask("p-where-mid", "Mid-level here and open to moving. Which US cities pay AI engineers best?");
        assertEquals("Top-paying regions", story.title(), story.lead());
    }

    @Test
    void aStoryWithoutIndustryExperienceAskingWhatItWouldEarnGetsTheEntryBand() {
        Reply r = ask("p-fresh", "no industry experience yet, just finished my degree. what would I likely earn?");
        assertTrue(r.lead().contains("$70K – $90K"), r.title() + ": " + r.lead());
    }

    @Test
    void offersWeighedWithTheMoneySetAsideAreNoSumToJudge() {
        Reply r = ask("p-aside", "choosing between an offer of 230K at a chip giant and 170K at a tiny gen AI startup. beyond the money, what's the real difference?");
        assertFalse(r.title().contains("fair figure"), r.title() + ": " + r.lead());
    }

    @Test
    void levelsSetSideBySideAfterAStoryAboutPayAreComparedOnPay() {
        Reply r = ask("p-ladder", "I'm based in Germany but I want the US pay ladder as a reference. what's entry vs senior for AI engineers?");
        String text = TEXT.render(r);
        assertTrue(text.contains("$70K – $90K") && text.contains("$150K – $200K+"), text);
        // Without pay in the story the same ask is about the work at each level.
        Reply work = ask("p-ladder-work", "I'm a junior who likes building things. what's entry vs senior for AI engineers?");
        assertFalse(work.title().contains("salary"), work.title());
    }

    @Test
    void whatToExpectOnAMoveIsThePay() {
        Reply move = ask("p-move", "I'm an MLOps engineer hoping to move to a new company in Chicago. What should I expect given the title's level?");
        assertTrue(move.lead().contains("$150K – $200K+"), move.title() + ": " + move.lead());
        Reply interview = ask("p-move-interview", "I have an interview for an MLOps engineer role next week. What should I expect?");
        assertFalse(interview.title().contains("salary"), interview.title());
    }

    @Test
    void levelsSetSideBySideAreEachPricedInTheLead() {
        Reply r = ask("p-two-levels", "what do juniors make compared to seniors?");
        assertTrue(r.lead().contains("$70K – $90K") && r.lead().contains("$150K – $200K+"), r.title() + ": " + r.lead());
        // Two levels told in passing are no comparison: "from junior to senior" after a story asks one thing.
        Reply one = ask("p-one-level", "what does a senior AI engineer earn?");
        assertFalse(one.lead().contains("$70K"), one.lead());
    }
}
