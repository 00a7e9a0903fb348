package mentorbot.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mentorbot.mentor.PlainTextRenderer;
import mentorbot.mentor.Reply;
import mentorbot.mentor.RequestHandler;
import mentorbot.platform.console.InputLine;
import mentorbot.testing.TestCores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How a learner's story is read: which of two roles they move into, their own level against the role's,
 * a sum that is only the scene, a part that points back at a declined part. New wordings, in no set.
 */
class SituationReadingTest {

    private static RequestHandler handler;
    private static final PlainTextRenderer TEXT = new PlainTextRenderer();

    @BeforeAll
    static void core() {
        handler = TestCores.rig().core().handler();
    }

    private static Reply ask(String text) {
        return handler.handle(InputLine.parse("story-" + text.hashCode(), text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Three years as a computer vision engineer on retail cameras, and now I want to switch to robotics AI engineer work. What would I have to learn?|Robotics AI Engineer",
            "I've worked as an AI developer for a year and I'd love to become an MLOps engineer. Where do I start?|MLOps Engineer",
            "nlp engineer at a logistics startup. what does an MLOps engineer actually do all day?|MLOps Engineer",
            "Two years of ML engineering on churn models, and now I'm eyeing computer vision engineer jobs. What level is that title?|Computer Vision Engineer"})
    void theRoleMovedIntoIsAnsweredNotCompared(String question, String title) {
        Reply r = ask(question);
        assertEquals(title, r.title(), r.lead());
    }

    @Test
    void aFieldNamedInPassingBesideAJobTitleIsNoSecondRoleToCompare() {
        Reply r = ask("I've handled insurance claims for ten years and spotting fraud is my thing. Do AI developers build that,"
                + " or is it only chatbots?");
        assertEquals("AI Developer", r.title(), r.lead());
        assertTrue(r.lead().contains("fraud detection"), r.lead());
    }

    @Test
    void thatTitlePointsAtTheTitleNamedNotAtAChoiceOrAComparison() {
        Reply r = ask("Hiring manager messaged me about a posting called 'AI Engineer'. I've built ML features for two years."
                + " What level is that title normally pitched at?");
        assertEquals("AI Engineer", r.title(), r.lead());
    }

    @Test
    void whatJobAdsListIsTheSkillsNotTheListOfTitles() {
        Reply r = ask("career changer from retail. what skills do AI developer postings usually list?");
        assertFalse(r.title().equals("AI roles and job titles"), r.title());
        assertTrue(TEXT.render(r).contains("Python"), r.title());
    }

    @Test
    void aRoleNamedOnlyInTheStoryLeavesTheRoleAskedAbout() {
        Reply r = ask("Did a weekend ML workshop and a Python course last spring. What does a day look like for an NLP engineer?");
        assertEquals("NLP Engineer", r.title(), r.lead());
        assertFalse(r.lead().startsWith("Roles close to"), "a story's 'how close I am' is not the aspect asked: " + r.lead());
    }

    @Test
    void theTitleAskedForIsNotTheOneTheAskerHolds() {
        Reply r = ask("I've spent three years as a machine learning engineer training image classifiers for medical scans."
                + " Which title matches that work best?");
        assertEquals("Computer Vision Engineer", r.title(), r.lead());
    }

    @Test
    void aFamilyNamedToChooseInIsNoRoleAskedAbout() {
        Reply r = ask("Our support desk runs on a chatbot that keeps breaking and I'd like to fix bots like it."
                + " Which AI engineer title covers that?");
        assertEquals("Conversational AI Engineer", r.title(), r.lead());
    }

    @Test
    void aNamedHubAskedAboutIsAnsweredAndItsCountsDeclined() {
        String hub = TEXT.render(ask("I live near Toronto. Is Canada a decent place for generative AI work?"));
        assertTrue(hub.contains("Canada") && hub.contains("Bangalore"), hub);
        Reply counts = ask("how many generative AI startups does Montreal have?");
        assertTrue(TEXT.render(counts).contains("can't give numbers"), TEXT.render(counts));
    }

    @Test
    void bonusesAskedOnTopOfBasePayAreDeclined() {
        String text = TEXT.render(ask("Mid-level ML engineer with an offer coming. What signing bonus is usual on top of the base salary?"));
        assertTrue(text.contains("outside") || text.contains("don't") || text.contains("no figure"), text);
        assertFalse(text.contains("$"), text);
    }

    @Test
    void anOrBetweenPlacesIsNoComparisonOfTheRolesNamed() {
        Reply r = ask("NLP engineer in Bangalore here. Is India really a gen AI hub or is it mostly the US?");
        assertFalse(r.title().contains(" and "), r.title());
        assertTrue(TEXT.render(r).contains("India"), TEXT.render(r));
    }

    @Test
    void aNicheThatCommandsAPremiumAsksWhatMovesPayNotTheRolesBand() {
        String text = TEXT.render(ask("Machine learning engineer, three years on multimodal work. Does that niche command a premium?"));
        assertTrue(text.toLowerCase(java.util.Locale.ROOT).contains("multimodal"), text);
    }

    @Test
    void anAiEngineeringTitleForTheStorysWorkIsTheSpecialisationItTells() {
        Reply r = ask("I tinker with self-driving toy cars and robot arms at home, motors and sensors and all."
                + " Is there an AI engineering title for that kind of work?");
        assertEquals("Robotics AI Engineer", r.title(), r.lead());
    }

    @Test
    void aSentenceAfterACommandIsReadAsAQuestionAboutItsSubject() {
        String text = TEXT.render(ask("/salary senior ML engineer in Seattle with six years in, what should my pay look like?"));
        assertTrue(text.contains("$150K"), text);
        assertTrue(TEXT.render(ask("/salary zzyzx")).contains("did not understand"), "one unknown word is still shown as such");
    }

    @Test
    void aLevelsTcAskedAfterAStoryIsTheBand() {
        Reply r = ask("senior MLE at a small startup. what TC range should I anchor on at big tech?");
        assertTrue(TEXT.render(r).contains("$200K"), TEXT.render(r));
    }

    @Test
    void theRoleHeldSetBesideTheOtherIsCompared() {
        Reply r = ask("I'm a computer vision engineer at a retailer. How does my work differ from a robotics AI engineer's?");
        assertTrue(r.title().contains("Computer Vision Engineer") && r.title().contains("Robotics AI Engineer"), r.title());
    }

    @Test
    void twoRolesWeighedAgainstEachOtherAreStillCompared() {
        Reply r = ask("is a computer vision engineer job harder to land than an AI developer job?");
        assertTrue(r.title().contains("Computer Vision Engineer") && r.title().contains("AI Developer"), r.title());
    }

    @Test
    void aJuniorAskingAboutASeniorTitleIsShownTheTitlesAtTheirLevel() {
        String text = TEXT.render(ask("Junior data analyst, about a year in. I'd love to be a deep learning engineer one day."
                + " Is that a realistic target for me now?"));
        assertTrue(text.contains("Deep Learning Engineer"), text);
        assertTrue(text.contains("At your level") && text.contains("AI Developer (Junior)"), text);
    }

    @Test
    void aSeniorAskingAboutASeniorTitleGetsNoLevelNote() {
        String text = TEXT.render(ask("Senior backend engineer with ten years behind me. Is MLOps engineer a realistic move for me?"));
        assertTrue(text.contains("MLOps Engineer"), text);
        assertFalse(text.contains("At your level"), text);
    }

    @Test
    void anOfferIsTheSceneWhenWhatIsAskedIsTheBonusOnTop() {
        Reply r = ask("I have an offer as a mid-level AI engineer at 160K base. What stock grant should I ask for on top of it?");
        assertFalse(r.matched(), r.title() + ": " + r.lead());
    }

    @Test
    void anOfferToJudgeIsStillJudged() {
        Reply r = ask("I have an offer as a mid-level AI engineer at 160K base. Is that fair?");
        assertTrue(r.matched(), r.lead());
        assertTrue(TEXT.render(r).contains("160K"), TEXT.render(r));
    }

    @Test
    void aPartPointingBackAtADeclinedPartIsDeclinedWithIt() {
        String text = TEXT.render(ask("Can AI engineers work a four-day week, and how common is it?"));
        assertFalse(text.contains("Source:"), "nothing from the guides was answered: " + text);
    }

    @Test
    void applyingForARoleAsAJuniorAsksItsLevelNotWhereExperienceFits() {
        Reply r = ask("I've spent two years on marketing dashboards. Computer vision engineer sounds great."
                + " Can I apply for that as a junior, or do I need more experience?");
        assertEquals("Computer Vision Engineer", r.title(), r.lead());
    }

    @Test
    void afterGraduationIsNoRungUpTheLadder() {
        Reply r = ask("I'm on a student team that builds a talking customer-service bot. Which AI engineer title should I go for after graduation?");
        assertEquals("Conversational AI Engineer", r.title(), r.lead());
    }

    @Test
    void anEmployerPayingForACertificationIsNoPayQuestion() {
        Reply r = ask("My manager says the company will pay for one course this year. Which certification providers do the guides recommend?");
        assertTrue(TEXT.render(r).contains("IBM"), TEXT.render(r));
    }

    @Test
    void whatDrivesPayIsAnsweredWithThePayFactorsWhateverTheStory() {
        String text = TEXT.render(ask("Generative AI developer in Seattle, five years in, paid well above my college friends."
                + " What factors decide pay in this field?"));
        assertTrue(text.contains("What moves pay") && text.contains("Company size"), text);
    }

    @Test
    void aGenerativeDeveloperInAGuideHubGetsTheGenerativeGuidesLocationPoint() {
        String text = TEXT.render(ask("I'm moving to Seattle to work as a generative AI developer. Will the pay be higher there?"));
        assertTrue(text.contains("What generative AI developers earn") && text.contains("cost of living"), text);
    }

    @Test
    void theLevelMovedToIsTheAskersAndItsPayIsAnsweredOutright() {
        String text = TEXT.render(ask("just went from junior to mid-level AI engineer at an insurer. which salary range applies to me now?"));
        assertTrue(text.contains("90K") && text.contains("150K"), text);
    }

    @Test
    void howHardItIsToSwitchIsNotTheStepsTowardTheRole() {
        Reply r = ask("Retail manager, never coded. How difficult is it to switch into AI engineering?");
        assertTrue(TEXT.render(r).contains("challenging"), TEXT.render(r));
    }

    @Test
    void aCountryAskedAboutAsAPlaceToWorkIsAHubQuestionNotAFigureForIt() {
        Reply r = ask("dev from Stuttgart here. is Germany any good for gen AI work or should I look elsewhere?");
        assertTrue(r.matched(), r.lead());
        assertTrue(TEXT.render(r).contains("Germany"), TEXT.render(r));
    }

    @Test
    void aNamedCourseAskedAfterAStoryIsDeclinedWithWhatTheGuidesDoSay() {
        Reply r = ask("I'm a warehouse supervisor teaching myself to code at night and I want solid basics first."
                + " Which online course should I buy to learn Python and TensorFlow?");
        assertFalse(r.matched(), r.title());
        assertTrue(r.lead().contains("courses"), r.lead());
    }

    @Test
    void twoPlatformsWeighedForATeamGetWhatTheGuideSaysChoosingDependsOn() {
        String text = TEXT.render(ask("small startup, mostly on Google already. SageMaker or Vertex AI for serving our model?"));
        assertTrue(text.contains("AWS SageMaker") && text.contains("Vertex AI"), text);
        assertTrue(text.contains("budget"), text);
    }

    @Test
    void feelingUncreativeIsAnsweredWithWhatGenerativeWorkAsksOfTheMind() {
        String text = TEXT.render(ask("I'm a very logical person with zero artistic talent. Can I still do well in gen AI development?"));
        assertTrue(text.contains("analytical mind") && text.contains("creative soul"), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Two offers as a mid-level AI engineer, same base. Whose RSU package will be bigger, Google's or Amazon's?",
            "How many RSUs does a senior AI engineer usually get?",
            "senior ML engineer here, what signing bonus is normal?"})
    void aPartOfThePackageTheGuidesDoNotPriceIsDeclinedBesideThePayBands(String question) {
        Reply r = ask(question);
        assertFalse(r.matched(), r.title() + ": " + r.lead());
    }

    @Test
    void theTotalOfAPackageIsStillThePayBand() {
        Reply r = ask("what's the TC for AI engineers at big tech companies");
        assertTrue(r.matched(), r.lead());
        assertTrue(TEXT.render(r).contains("$200K"), TEXT.render(r));
    }

    @Test
    void aStartupAgainstABigCompanyIsTheCareerOptionsNotTwoUnrelatedEntries() {
        Reply r = ask("Just starting as a gen AI developer. A 15-person startup or a giant tech firm, which suits someone who wants to grow quickly?");
        assertEquals("Career options in generative AI", r.title(), r.lead());
    }

    @Test
    void aClaimAboutWhatASkillIsLikeIsNotReadAsAClaimAboutItsLevel() {
        String text = TEXT.render(ask("I coached athletes for years. A friend said fine-tuning is basically like mentoring, what does that mean?"));
        assertTrue(text.contains("apprentice") && text.contains("specific examples"), text);
    }

    @Test
    void aTierAskedAfterASkillInTheStoryIsWhereThatSkillSits() {
        Reply r = ask("Fine-tuned three open models with LoRA last month. Which tier does that make me?");
        assertTrue(r.matched(), r.lead());
        assertTrue(r.lead().contains("ntermediate"), r.lead());
        // A tier of something else is no place on the skill table.
        assertFalse(ask("which GPU tier should I buy for LoRA fine-tuning?").matched());
    }

    @Test
    void specializationsThatCommandAPremiumAreWhatMovesPayNotALevelsBand() {
        String text = TEXT.render(ask("I'm a senior generative AI developer. Which specializations command a premium these days?"));
        assertTrue(text.contains("multimodal"), text);
    }

    @Test
    void specializingInANicheTheGenerativeGuideNamesIsItsPremiumNotTheTellersBand() {
        Reply r = ask("senior data scientist, tired of dashboards. if I specialize in AI safety, would it pay more?");
        assertEquals("What generative AI developers earn", r.title(), r.lead());
        assertTrue(TEXT.render(r).contains("even higher premium"), TEXT.render(r));
    }

    @Test
    void aSpecialtyAskedByWhatItDealsWithIsTheRoleThatFocusesOnIt() {
        String text = TEXT.render(ask("I subtitle films for a living. Which AI engineering specialty deals with language?"));
        assertTrue(text.contains("NLP Engineer"), text);
    }

    @Test
    void whatComesAfterSeveralSkillsIsAfterTheFurthestOfThem() {
        Reply r = ask("I know Python basics and I've built a small FastAPI service. What comes after that?");
        assertTrue(r.lead().contains("Next comes the advanced level"), r.lead());
    }

    @Test
    void kindsOfJobsNamedInPassingDoNotAskForTheListOfTitles() {
        Reply r = ask("Chemist with a doctorate, ten years in labs. Is my PhD worth anything in AI, or only for certain kinds of jobs?");
        assertTrue(TEXT.render(r).contains("research"), r.title());
        assertFalse(r.title().contains("job titles"), r.title());
    }

    @Test
    void theFieldTheAskerWorksInIsNotATitleTheyHaveInMind() {
        Reply r = ask("Two years in ML engineering, mostly forecasting. I'd like to focus on language models. Which title should I aim for?");
        assertEquals("NLP Engineer", r.title(), r.lead());
    }

    @Test
    void aLaterPartAboutTheAskerIsReadWithTheirStory() {
        // Alone, "would I need another degree on top of law?" comes closest to another profession's degree.
        Reply r = ask("Final-year law student who has never coded. I'd like to become an AI developer after I graduate."
                + " Which programming language matters most, and would I need another degree on top of law?");
        String text = TEXT.render(r);
        assertFalse(text.contains("outside what I can answer"), text);
        assertTrue(text.contains("Python"), text);
    }

    @Test
    void aLaterPartOutOfTheFieldStaysDeclinedDespiteTheStory() {
        Reply r = ask("Dental hygienist for ten years, I want out. What does an NLP engineer do, and what do dental hygienists earn in Texas?");
        assertTrue(TEXT.render(r).contains("\"what do dental hygienists earn in Texas?\" is outside what I can answer"), TEXT.render(r));
    }

    @Test
    void genAiWrittenAsOneWordIsReadAsGenAi() {
        Reply r = ask("i keep falling behind on new models and papers every week. how do genai devs keep up?");
        assertTrue(TEXT.body(r).contains("arXiv"), TEXT.body(r));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Zero coding background, I'm a nurse. Could I land a machine learning engineer role?",
            "I'm a plumber and I've never touched code. Can I go straight into an AI engineer role?",
            "I'm a hairdresser with no tech experience. Is becoming an AI developer realistic?",
            "I work in retail and have never written code. Can someone like me get an AI engineer job?"})
    void someoneWithNoTechnicalBackgroundAskingIfTheyCanGetInHearsHowHardTheSwitchIs(String question) {
        Reply r = ask(question);
        assertTrue(r.lead().contains("challenging for a career switcher"), r.title() + ": " + r.lead());
        // ...and where it starts: the fundamentals, Python first.
        assertTrue(TEXT.render(r).contains("Python proficiency"), TEXT.render(r));
    }

    @Test
    void aDeveloperAskingIfTheyCanGetInIsNoCareerSwitcher() {
        Reply r = ask("Backend dev, three years of Python. Can I jump straight into an AI engineer role?");
        assertFalse(r.lead().contains("career switcher"), r.title() + ": " + r.lead());
    }

    @Test
    void someoneWithNoBackgroundAskingWhereToStartGetsWhereToStart() {
        Reply r = ask("I have no coding experience at all. Where should I start to become an AI engineer?");
        assertFalse(r.lead().contains("career switcher"), r.title() + ": " + r.lead());
    }

    @Test
    void anAskThatNamesNothingIsChosenByEvenAFaintStory() {
        // The ask alone is closest to an infrastructure example ("I want to work on AI infra, which role fits").
        Reply r = ask("I'm torn: I like research papers but also shipping products. Which AI role fits?");
        assertEquals("AI Engineer", r.title(), r.lead());
    }

    @Test
    void aTradesmansVagueAskAboutHisChancesIsTheCareerSwitchNotADecline() {
        Reply r = ask("twelve years as a plumber in boise, learning python at night for a year, one little project, no degree. am i kidding myself?");
        assertTrue(r.lead().contains("career switcher"), r.title() + ": " + r.lead());
    }

    @Test
    void askingWhetherOneIsADinosaurAfterAStoryIsAVagueAskTheStoryAnswers() {
        Reply r = ask("COBOL programmer at a bank for 25 years. Our team got an AI coding assistant and I keep fighting it while"
                + " the juniors love it. Am I a dinosaur?");
        assertTrue(r.matched(), r.title() + ": " + r.lead());
    }

    @Test
    void aRoleWithoutSkillsOfItsOwnSaysWhatItIsInOneSentence() {
        Reply r = ask("What skills does a robotics AI engineer need?");
        assertTrue(r.lead().startsWith("The guides list no skills for the Robotics AI Engineer title itself, which is a Mid to Senior variation"),
                r.lead());
    }

    @Test
    void experienceAskedAgainstTheMarketTrendsIsAnsweredByTheTrendsNotADuty() {
        Reply r = ask("Embedded developer, years of C on tiny boards, and I'd love to put models on devices rather than servers."
                + " Does that experience fit anywhere in the market trends for AI engineering?");
        assertTrue(TEXT.render(r).contains("edge AI"), r.title() + ": " + r.lead());
    }

    @Test
    void advancedTextWorkAskedOfAToolIsTheToolNotTheAdvancedLevel() {
        Reply r = ask("ex-designer starting a customer support bot company. is the OpenAI API good for the advanced text stuff?");
        assertTrue(TEXT.render(r).contains("GPT-4"), r.title() + ": " + r.lead());
    }

    @Test
    void anAskForWhatToLearnThatNamesNothingIsChosenByTheNeedTheStoryTells() {
        Reply r = ask("we're moving our support bot to Google Cloud and I have to make it scale for thousands of users. what should I study?");
        String text = TEXT.body(r);
        assertTrue(text.contains("Deployment and scaling platforms"), r.title() + ": " + text);
    }

    @Test
    void anOutsiderAskingWhetherTheyCanBecomeADeveloperGetsTheCareerSwitchAnswerNotTheLadder() {
        Reply r = ask("I sell insurance and tinker with chatgpt on weekends. can I become an AI developer?");
        assertTrue(r.lead().contains("career switcher"), r.title() + ": " + r.lead());
    }

    @Test
    void someoneOutsideAskingAboutTheWayInGetsTheCareerSwitchAnswerNotTheLadderInside() {
        Reply in = ask("pharmacist, 41. could I get into AI?");
        assertTrue(in.lead().contains("career switcher"), in.title() + ": " + in.lead());
        Reply up = ask("is becoming an AI architect realistic for me?");
        assertEquals("AI engineer career path", up.title(), up.lead());
    }

    @Test
    void someoneWhoCannotMoveAskingIfTheyCanGetInHearsOfRemoteWork() {
        Reply stays = ask("I live out in the countryside and won't relocate, my kids are in school here. is an AI engineering career doable?");
        assertEquals("Market trends", stays.title(), stays.lead());
        assertTrue(stays.lead().contains("remote work"), stays.lead());
        Reply moves = ask("I'm 38 and can't move into management at my company. is an AI engineering career doable for me?");
        assertFalse(moves.title().equals("Market trends"), "moving up is no place: " + moves.title());
        Reply slow = ask("I feel I'm not moving fast enough in QA. is an AI engineering career doable for me?");
        assertFalse(slow.title().equals("Market trends"), "moving fast is no place: " + slow.title());
    }

    @Test
    void anInterviewTheStorySaysIsAboutOnePartOfTheWorkIsPreparedForWithThatResponsibility() {
        Reply shipped = ask("My final round for a senior AI engineer role focuses on what happens after a model ships. What should I prepare?");
        assertEquals("5. Maintaining Model Performance and Accuracy", shipped.title(), shipped.lead());
        assertTrue(shipped.lead().contains("Interviews check"), shipped.lead());
        Reply general = ask("I have an AI engineer interview next week and I'm nervous. What should I prepare?");
        assertFalse(general.title().startsWith("5."), general.title());
    }

    @Test
    void aWorryAskedTwoWaysIsAnsweredNotSetSideBySide() {
        Reply peaked = ask("is it too late to get into gen AI dev in 2026 or has the market peaked?");
        assertEquals("Generative AI market and workforce", peaked.title(), peaked.lead());
        assertTrue(peaked.lead().contains("44.20%"), peaked.lead());
    }

    @Test
    void someoneWhoCannotMoveAskingAboutPayHearsThePayAndOfRemoteWork() {
        Reply stays = ask("I'm in a small town and can't relocate, my partner's job is here. will I be stuck on low pay as an AI engineer?");
        String text = TEXT.render(stays);
        assertTrue(stays.title().contains("salary"), stays.title());
        assertTrue(text.contains("remote work"), text);
        Reply anywhere = ask("I'm in Denver and happy to move for the right job. will I be stuck on low pay as an AI engineer?");
        assertFalse(TEXT.render(anywhere).contains("remote work"), TEXT.render(anywhere));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "My parents think AI is a bubble and that I'm throwing away a stable accounting career. What do I tell them?|26%",
            "my uncle reckons AI engineering is overhyped and will crash soon. how do I convince him otherwise?|26%",
            "My wife says gen AI is a fad and I'm wasting my evenings on it. How do I convince her?|44.20%"})
    void aClaimThatTheFieldIsABubbleIsJudgedByTheOutlookWhateverTheFamilyStory(String question, String figure) {
        Reply r = ask(question);
        assertTrue(r.matched(), TEXT.render(r));
        assertTrue(TEXT.render(r).contains(figure), TEXT.render(r));
    }

    @Test
    void persuadingFamilyWithoutAClaimAboutTheFieldIsStillDeclined() {
        Reply r = ask("I want to quit teaching to retrain in AI but my husband thinks it's a terrible idea. How do I convince him?");
        assertFalse(r.matched(), TEXT.render(r));
    }

    @Test
    void whetherSomethingToldStandsInTheWayIsAskedOfTheStory() {
        Reply r = ask("I'm halfway through a PhD in computational linguistics and thinking of quitting for industry."
                + " Will not finishing hurt my chances for gen AI developer jobs?");
        assertTrue(r.title().contains("PhD"), r.title() + ": " + r.lead());
    }

    @Test
    void someoneWhoCannotMoveAskingWhetherTheyAreStuckOnLowPayHearsOfRemoteWork() {
        Reply stuck = ask("I live in Ohio and can't move for family reasons. Am I stuck with lower pay forever?");
        assertTrue(TEXT.render(stuck).contains("remote work"), TEXT.render(stuck));
    }

    @Test
    void whetherAllTheGoodJobsAreSomewhereElseIsNoAskForTheListOfTitles() {
        Reply r = ask("I can't relocate, I look after my mum in a small town. Is AI engineering still realistic for me"
                + " or are all the good jobs in the Bay Area?");
        assertFalse(r.title().equals("AI roles and job titles"), r.title());
        assertTrue(TEXT.render(r).contains("remote work"), TEXT.render(r));
        assertEquals("AI roles and job titles", ask("what are all the AI job titles?").title());
    }

    @Test
    void fearingTheJobsWillBeGoneBeforeOneHasLearnedIsAnsweredWithTheOutlook() {
        Reply r = ask("I'm worried there won't be any jobs left by the time I finish learning. am I too late?");
        assertTrue(r.matched(), TEXT.render(r));
        assertTrue(TEXT.render(r).contains("26%"), TEXT.render(r));
        // An age is still a question the guides leave alone.
        assertFalse(ask("is it too late to start learning AI at 52?").matched());
    }

    @Test
    void whatLevelTheToolsAStoryNamesPutTheAskerAtIsTheirPlaceOnTheSkillTable() {
        Reply r = ask("I built a chatbot with LangChain and the OpenAI API over a weekend. What level does that put me at?");
        assertTrue(r.lead().contains("Intermediate level of Frameworks & Tools"), r.title() + ": " + r.lead());
        // Years in a title put no skill on the table.
        Reply years = ask("I have 3 years as an ML engineer. What level does that put me at?");
        assertFalse(years.title().contains("skill progression"), years.title());
    }

    @Test
    void aStoryEndingAtACompanysShortNameStillHasBothItsQuestionsAnswered() {
        Reply r = ask("been an NLP engineer for 4 yrs at a mid-size co. what experience level does that title usually sit at,"
                + " and what's the pay band for mid level?");
        String text = TEXT.render(r);
        assertTrue(text.contains("Mid to Senior"), text);
        assertTrue(text.contains("$150K"), text);
    }

    @Test
    void aTitleAskedOnSomeoneElsesBehalfIsChosenByTheirStory() {
        Reply r = ask("my little sister spends all her free time making discord bots that talk back to people lol. she never wants"
                + " to do anything with images, just the talking part. she asked me what job title she should be aiming for and"
                + " i have no clue. thoughts?");
        assertEquals("Conversational AI Engineer", r.title(), r.lead());
    }

    @Test
    void aRoleNamedOnlyAsWhatTheAskerDoesNotWantIsNotTheirSubject() {
        Reply r = ask("2 yrs as a backend dev. not into chatbots, not into text stuff at all. I keep daydreaming about software"
                + " that understands photos and video. where do I even start?");
        assertFalse(TEXT.render(r).contains("Conversational AI Engineer"), TEXT.render(r));
    }

    @Test
    void howTheWorkTheStoryTellsIsDoneIsItsResponsibility() {
        Reply r = ask("so we ship a new version of the recommendation model every couple of weeks and nobody knows if the new one is"
                + " better, our PM just vibes it. my team lead asked me how real AI engineers check this after deployment."
                + " does that even make sense or is it a dumb question");
        assertEquals("5. Maintaining Model Performance and Accuracy", r.title(), r.lead());
        assertTrue(TEXT.render(r).contains("A/B"), TEXT.render(r));
    }

    @Test
    void whatIsUsedForTheStepTheStoryTellsIsAskedOfTheStory() {
        Reply r = ask("our whole company lives on AWS. i fine-tuned a model on my laptop (it works!!) and now my boss wants it"
                + " serving real customer traffic by next quarter. what do AI people actually use for that part");
        assertEquals("AWS SageMaker", r.title(), r.lead());
        // Fine-tuning on a laptop asked about as such is still the affordable way to tune.
        Reply tune = ask("I only have a laptop. how can I fine-tune a model without spending much?");
        assertTrue(TEXT.render(tune).contains("PEFT"), TEXT.render(tune));
    }

    @Test
    void whereTheSkillAnEarlierPartNamedSitsIsAskedOfThatSkill() {
        Reply r = ask("school librarian, 14 yrs. i love organising documents and search. which portfolio project is about answering"
                + " questions over a set of documents, and at what roadmap level does that skill sit?");
        String text = TEXT.render(r);
        assertTrue(text.contains("RAG"), text);
        assertTrue(text.contains("Advanced level of GenAI Specialization"), text);
    }

    @Test
    void theRoleADeveloperGrowsIntoAsAiWritesTheCodeIsTheShiftInTheirJobNotATitle() {
        Reply r = ask("if typing code matters less and less, what role am i actually growing into as a dev?");
        assertTrue(r.lead().contains("architects and quality leads"), r.title() + ": " + r.lead());
    }

    @Test
    void freelancingAsTheStorysPlanIsJudgedByTheIndependentPath() {
        Reply r = ask("I retired last year after 30 years as a civil engineer and I'm curious about AI as a second act, maybe"
                + " freelancing on small projects rather than a full-time job. Is that realistic for someone like me?");
        assertTrue(TEXT.render(r).contains("Independent path"), TEXT.render(r));
        Reply plain = ask("I'm 45 with no tech background, 20 years in retail. Is an AI career realistic for someone like me?");
        assertTrue(plain.lead().contains("challenging"), plain.lead());
    }

    @Test
    void whatKindOfAiEngineerWorksOnWhatTheStoryTellsIsATitleChosenByTheStory() {
        Reply r = ask("ICU nurse here. The thing that hooked me is AI reading X-rays and CT scans. What kind of AI engineer works on that?");
        assertEquals("Computer Vision Engineer", r.title(), r.lead());
    }

    @Test
    void aSkillTurnedAwayFromIsNotTheOneAskedAboutAndASkillInOtherWordsIsStillNamed() {
        Reply r = ask("Someday I'd like to build my own models from scratch rather than fine-tune them. Which level of the table is that?");
        assertTrue(r.lead().contains("Building models from scratch"), r.title() + ": " + r.lead());
        assertFalse(r.lead().contains("Fine-tuning techniques"), r.lead());
        Reply paraphrased = ask("where does implementing research papers sit on the roadmap?");
        assertTrue(paraphrased.lead().contains("Advanced level of Theory & Math"), paraphrased.lead());
    }

    @Test
    void aLaterPartPointingBackAtWhatTheStoryNamedIsAskedOfTheStory() {
        Reply r = ask("My plan is to build my own models from scratch one day. What level is that on the skill table, and is it a"
                + " good idea for most projects?");
        String text = TEXT.render(r);
        assertTrue(text.contains("Advanced level of GenAI Specialization"), text);
        assertTrue(text.contains("very inefficient"), text);
    }

    @Test
    void aLaterPartIsReadWithTheClauseThatOpensTheAskingSentence() {
        Reply r = ask("Six years of test automation with Cypress. Reading through AI engineer postings, what transfers from my"
                + " work, and what is the biggest thing I'm missing?");
        String text = TEXT.render(r);
        assertFalse(text.contains("is outside what I can answer"), text);
        assertTrue(text.contains("machine learning frameworks"), text);
    }

    @Test
    void aLaterPartAskingOnlyForATitleOrLevelAsksItOfTheStory() {
        Reply r = ask("I enjoy spotting trends in last year's sales and forecasting next quarter. Does that count as generative"
                + " AI? which role and level?");
        String text = TEXT.render(r);
        assertTrue(text.contains("Machine Learning Engineer fits that best"), text);
    }

    @Test
    void thoseTitlesInALaterPartAreTheRolesThePartBeforeWasAnsweredWith() {
        Reply r = ask("Three years as a generalist AI engineer. Where can I specialise laterally, and how senior are"
                + " those roles?");
        String text = TEXT.render(r);
        assertTrue(text.contains("Both are Mid to Senior titles"), text);
    }

    @Test
    void askingOnesOwnLevelIsAnsweredByWhereWhatTheStoryNamesSits() {
        Reply r = ask("I've fine-tuned a few models with LoRA at my job. Am I advanced yet or still intermediate?");
        assertTrue(r.lead().contains("Intermediate level of GenAI Specialization"), r.title() + ": " + r.lead());
    }

    @Test
    void anAskForTheGuidesAdviceIsAboutTheStory() {
        Reply r = ask("Two of us, a tiny bootstrapped company, no money for GPU clusters, yet we want our own generative model in"
                + " the product. What would the guides recommend?");
        assertTrue(TEXT.render(r).contains("pre-trained"), r.title() + ": " + r.lead());
    }

    @Test
    void anAskForOneOfAKindOfToolIsChosenByTheStory() {
        Reply r = ask("Our bank clients insist on a provider built for safety and reliability, not just raw power. which API then?");
        assertEquals("Anthropic (Claude 3)", r.title(), r.lead());
    }

    @Test
    void theNextRungAfterWhatTheStoryNamesIsTheLevelAfterIt() {
        Reply r = ask("comfortable with python and the core ML concepts now. what's the next rung for me?");
        assertTrue(r.lead().contains("Next comes the intermediate level"), r.title() + ": " + r.lead());
    }

    @Test
    void theTitleForTheWorkTheAskerWantsToSpecialiseInIsNotTheOneTheyHold() {
        Reply r = ask("Three years as a machine learning engineer building sentiment classifiers for support tickets. I want to"
                + " go deeper into that. what's the title for that work?");
        assertEquals("NLP Engineer", r.title(), r.lead());
    }

    @Test
    void aLevelBeforeTheTitleTheMessageOpensWithMakesItTheAskersOwn() {
        Reply r = ask("senior ML engineer, five years in. torn between NLP engineer and computer vision engineer next. how do they differ?");
        assertTrue(r.lead().contains("NLP Engineer") && r.lead().contains("Computer Vision Engineer")
                && !r.lead().contains("Machine Learning Engineer"), r.title() + ": " + r.lead());
    }

    @Test
    void whatDrawsTheAskerChoosesAVariationOfTheFamilyNotTheirBackground() {
        Reply r = ask("Accountant for twelve years, lots of Excel and reporting. Lately I'm really into machines that move around"
                + " factories on their own rather than text apps. which sort of AI engineer title fits?");
        assertEquals("Robotics AI Engineer", r.title(), r.lead());
    }

    @Test
    void askingWhatASkillTheStoryTellsIsWorthIsWhereItFitsInTheWork() {
        Reply r = ask("Ten years as a museum guide; my strength is explaining complicated science to visitors and to the board."
                + " I'm aiming at AI engineering. Is that skill worth anything there?");
        assertTrue(r.title().startsWith("4. Collaborating"), r.title() + ": " + r.lead());
        r = ask("I spent years as a translator between engineers and sales teams, getting them to agree. Now I'm aiming at AI"
                + " engineering. is that an asset or irrelevant?");
        assertTrue(r.title().startsWith("4. Collaborating"), r.title() + ": " + r.lead());
    }

    @Test
    void workTheStoryTellsIsNormalWhenItIsOneOfTheRolesDuties() {
        Reply r = ask("I'm a new AI developer and half my week goes to meetings explaining our models to product people and"
                + " stakeholders. is that normal?");
        assertEquals("AI Developer", r.title(), r.lead());
        assertTrue(r.lead().startsWith("Yes, that is part of the job: collaboration"), r.lead());
        Reply other = ask("I'm a junior AI developer and I mostly fix the office printers and reset passwords. is that normal?");
        assertFalse(other.lead().startsWith("Yes, that is part of the job"), other.lead());
    }

    @Test
    void aTitleMatchedOnlyByItsFocusAreaStandsForTheResponsibilityTheGuidesGiveIt() {
        Reply r = ask("what kind of system integration work is there in AI?");
        assertTrue(r.title().startsWith("3. Integrating AI Systems"), r.title() + ": " + r.lead());
    }

    @Test
    void aStoryWithoutADegreeHearsWhatTheGuidesRequire() {
        String text = TEXT.render(ask("Dropped out of community college, taught myself Python and PyTorch. What's the path to becoming an"
                + " NLP engineer?"));
        assertTrue(text.contains("Bachelor's or Master's"), text);
    }
}
