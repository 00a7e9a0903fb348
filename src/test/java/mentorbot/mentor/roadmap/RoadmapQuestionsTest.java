package mentorbot.mentor.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mentorbot.mentor.RequestHandler;
import mentorbot.platform.console.InputLine;
import mentorbot.mentor.PlainTextRenderer;
import mentorbot.testing.TestCores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What-to-learn questions in free text, answered from the skill progression. */
class RoadmapQuestionsTest {

    private static final PlainTextRenderer TEXT = new PlainTextRenderer();
    private static RequestHandler handler;

    @BeforeAll
    static void core() {
        handler = TestCores.rig().core().handler();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "I'm an ML engineer at an insurer. How do I pivot into generative AI?|How to become a Generative AI Developer",
            "how do I make the switch to MLOps engineering?|How to become an MLOps Engineer",
            "data analyst, know sql and some python. what's the next step toward ML engineer?|How to become a Machine Learning Engineer"})
    void askingHowToMoveIntoARoleGetsTheStepsForThatRole(String question, String title) {
        assertEquals(title, handler.handle(InputLine.parse("become", question)).title());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "I finished the beginner level of the gen AI roadmap. what next?|Intermediate skills for Generative AI Developer",
            "done with the foundational level, what comes next?|Intermediate skills"})
    void havingFinishedALevelAskingWhatNextGetsTheLevelAfterIt(String question, String title) {
        assertEquals(title, handler.handle(InputLine.parse("next-" + question.length(), question)).title());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "LoRA is an advanced-level skill, right?|at the Intermediate level",
            "FastAPI counts as a foundational skill?|at the Intermediate level",
            "where does RAG fit in the progression?|at the Advanced level",
            "I just did a LangChain course. Where does that sit in the skill progression?|at the Intermediate level"})
    void aClaimAboutWhereASkillSitsIsAnsweredWithWhereItSits(String question, String expected) {
        String text = TEXT.body(handler.handle(InputLine.parse("roadmap", question)));
        assertTrue(text.contains(expected), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "data analyst here, could I skip the fundamentals and start right away with LoRA?",
            "backend dev for 5 years. is it ok to dive straight into RAG pipelines?",
            "do I learn the basics first or go for transformers right away?"})
    void askingToSkipTheFundamentalsGetsTheFoundationalLayerThatComesFirst(String question) {
        assertEquals("The foundational layer: learning the language",
                handler.handle(InputLine.parse("skip-ahead", question)).title());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "student with only a gaming laptop. how am i supposed to fine-tune an LLM?",
            "Our startup has a tight budget but wants a fine-tuned support model. What approach keeps the cost down?"})
    void fineTuningOnASmallBudgetGetsParameterEfficientFineTuning(String question) {
        mentorbot.mentor.Reply r = handler.handle(InputLine.parse("budget-" + question.length(), question));
        assertTrue(r.lead().contains("parameter-efficient fine-tuning (PEFT)"), r.title() + ": " + r.lead());
    }

    @org.junit.jupiter.api.Test
    void buyingOrRentingAGpuForFineTuningIsStillShopping() {
        mentorbot.mentor.Reply r = handler.handle(InputLine.parse("budget-shop", "on a budget: should I buy a used GPU or rent one to fine-tune?"));
        assertEquals("That is outside what I cover", r.title(), r.lead());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "can I go straight into an AI engineer job after my degree?|Education requirements",
            "where does RAG fit in the progression?|Where it sits in the skill progression"})
    void aJumpIntoAJobOrAPlaceOnTheTableIsNoSkippingOfTheBasics(String question, String title) {
        assertEquals(title, handler.handle(InputLine.parse("no-skip", question)).title());
    }

    @org.junit.jupiter.api.Test
    void askingWhetherThereIsOnlyOnePathGetsTheOptionsNotTheSteps() {
        assertEquals("Career options in generative AI", handler.handle(InputLine.parse("paths",
                "Career changer from retail. Is there really just one path into a generative AI career?")).title());
    }

    @org.junit.jupiter.api.Test
    void aLayerAskedAboutIsThatLayerWhateverLevelTheStoryTells() {
        assertEquals("The specialization layer: from apprentice to artisan", handler.handle(InputLine.parse("layer",
                "Python and ML basics done at my analyst job. What comes with the specialization layer?")).title());
    }

    @org.junit.jupiter.api.Test
    void whatTheStoryNamesIsPlacedInTheGenAiTableWhenThatRoleIsTheGoal() {
        String text = TEXT.body(handler.handle(InputLine.parse("fit-table",
                "HPC sysadmin for years, I know parallel computing. Where does that fit if I want to be a gen AI developer?")));
        assertTrue(text.contains("Advanced"), text);
    }

    @org.junit.jupiter.api.Test
    void beyondTheBasicsIsTheNextLevel() {
        mentorbot.mentor.Reply r = handler.handle(InputLine.parse("beyond",
                "vue developer, solid with TypeScript. what AI topics should I study beyond the basics?"));
        assertEquals("Intermediate skills", r.title(), r.lead());
    }

    @org.junit.jupiter.api.Test
    void fromWhereIAmIsTheAskersPlaceNotASkillToPlaceOnTheTable() {
        mentorbot.mentor.Reply r = handler.handle(InputLine.parse("from-where",
                "waiter here and i did half of a python course lol. honestly what does the road look like from where i am to AI engineer"));
        assertTrue(!r.title().equals("Where it sits in the skill progression"), r.title());
    }

    @org.junit.jupiter.api.Test
    void aRowAskedAtTwoLevelsGetsTheRowAcrossItsLevels() {
        String text = TEXT.body(handler.handle(InputLine.parse("row",
                "What theory and math does the gen AI path expect at the intermediate and advanced stages?")));
        assertTrue(text.contains("Information theory") && text.contains("algorithm design"), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "I can write FastAPI services in my sleep now. What comes after that?|Next comes the advanced level",
            "Finished a course on TensorFlow basics, what should come next?|Next comes the intermediate level",
            "done with a PyTorch basics tutorial series, which libraries should I pick up next?|Next comes the intermediate level",
            // the next step on the table, not one of the five steps in
            "BI analyst, I've built regression and classification models. aiming for ML engineer, what's my next step on the roadmap?|Next comes the intermediate level"})
    void namingWhatYouKnowAndAskingWhatComesNextLeadsWithTheNextLevel(String question, String expected) {
        mentorbot.mentor.Reply r = handler.handle(InputLine.parse("next", question));
        assertTrue(r.lead().contains(expected), r.lead());
        String text = TEXT.body(r);
        assertTrue(text.contains("Also at the"), "what else that level holds is shown: " + text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "I've shipped React apps for years. Can I skip straight to the advanced level of the roadmap?",
            "what is on the intermediate level of the skill roadmap?"})
    void aLevelAboveTheFirstSaysItRestsOnTheLevelsBefore(String question) {
        String text = TEXT.body(handler.handle(InputLine.parse("levels", question)));
        assertTrue(text.contains("rests on the one before it, from the foundational level up"), text);
    }

    @org.junit.jupiter.api.Test
    void aLayerAskedAboutLeadsWithTheLayerAndTheAskersLevelOfTheTableFollows() {
        mentorbot.mentor.Reply r = handler.handle(InputLine.parse("layer",
                "Junior dev getting into transformers. How important is really understanding attention?"));
        assertTrue(r.title().startsWith("The specialization layer"), r.title());
        assertTrue(r.lead().contains("Transformer architectures"), r.lead());
        String text = TEXT.body(r);
        assertTrue(text.contains("attention mechanisms"), text);
        assertTrue(text.contains("At the skill table's foundational level"), "a junior's level of the table follows: " + text);
    }

    @org.junit.jupiter.api.Test
    void theStepsAreForTheRoleTheAskingSentenceNamesNotForAFieldTheStoryMentions() {
        mentorbot.mentor.Reply r = handler.handle(InputLine.parse("steps-goal",
                "QA analyst here, 6 yrs of manual testing. zero ML knowledge. where do i even start if i want to end up as an AI engineer?"));
        assertEquals("How to become an AI Engineer", r.title(), r.lead());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "tensorflow or pytorch first?",
            "student here, can only focus on one: tensorflow or pytorch first?"})
    void choosingBetweenTheTwoThingsOneCellOffersGetsWhatTheGuidesSayOfEach(String question) {
        mentorbot.mentor.Reply r = handler.handle(InputLine.parse("either", question));
        assertTrue(TEXT.body(r).contains("strong lead in popularity"), r.title() + ": " + TEXT.body(r));
    }

    @org.junit.jupiter.api.Test
    void askingWhereOneOfTheTwoSitsIsStillItsPlaceOnTheTable() {
        mentorbot.mentor.Reply r = handler.handle(InputLine.parse("either-where", "should I learn pytorch first?"));
        assertTrue(r.lead().contains("Foundational level"), r.lead());
    }

    @org.junit.jupiter.api.Test
    void askingWhetherWhatTheStoryNamedIsTheNextStepPlacesItOnTheTable() {
        mentorbot.mentor.Reply r = handler.handle(InputLine.parse("that-next",
                "finished a PyTorch course and built a couple of small nets. LoRA keeps coming up, is that the logical next step?"));
        assertTrue(r.lead().contains("\"Fine-tuning techniques (PEFT, LoRA)\" is at the Intermediate level"), r.title() + ": " + r.lead());
        assertTrue(!r.lead().contains("Next comes the advanced level"), "the level after the one asked about is not the answer: " + r.lead());
    }

    @org.junit.jupiter.api.Test
    void askingWhetherASkillTheStoryNamedCountsPlacesItOnTheTable() {
        mentorbot.mentor.Reply r = handler.handle(InputLine.parse("counts",
                "I'm a marketing manager and I write prompts for ChatGPT all day. is that worth anything for a gen AI developer career?"));
        assertTrue(r.lead().contains("\"Basic prompt engineering\" is at the Foundational level"), r.title() + ": " + r.lead());
    }

    @org.junit.jupiter.api.Test
    void askingForTheCeilingAfterNamingWhatYouKnowIsTheLastLevel() {
        mentorbot.mentor.Reply r = handler.handle(InputLine.parse("ceiling",
                "Python and PyTorch basics are done, plus some linear algebra. so where is the ceiling?"));
        assertTrue(r.lead().startsWith("At the advanced level"), r.title() + ": " + r.lead());
        mentorbot.mentor.Reply pay = handler.handle(InputLine.parse("pay-ceiling", "I know Python. what's the salary ceiling for seniors?"));
        assertTrue(!pay.lead().startsWith("At the advanced level"), pay.title() + ": " + pay.lead());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "currently a junior AI developer at a bank, two years in. what's the next thing I should be learning to move up?|Intermediate skills for AI Developer",
            "mid-level ML engineer here. what should I study to level up?|Advanced skills for Machine Learning Engineer",
            "senior AI engineer, 9 years in. what should I learn next?|Advanced skills"})
    void askingWhatToLearnNextFromACareerLevelGetsTheTablesNextLevel(String question, String title) {
        mentorbot.mentor.Reply r = handler.handle(InputLine.parse("band-next-" + question.length(), question));
        assertTrue(r.title().startsWith(title), r.title() + ": " + r.lead());
        mentorbot.mentor.Reply work = handler.handle(InputLine.parse("band-work",
                "I'm a junior AI engineer two years in. What does the work look like at the next level up?"));
        assertTrue(!work.title().contains("skills for"), "the work there, not what to learn: " + work.title());
    }

    @org.junit.jupiter.api.Test
    void skippingTheFundamentalsToldBeforeAShortAskIsJudgedToo() {
        mentorbot.mentor.Reply r = handler.handle(InputLine.parse("skip-python",
                "Is this dumb? I'm a product designer and I want to skip Python and just learn prompt engineering."));
        assertEquals("The foundational layer: learning the language", r.title(), r.lead());
        assertTrue(TEXT.render(r).contains("Basic prompt engineering"), TEXT.render(r));
    }

    @org.junit.jupiter.api.Test
    void buildingWithNoMoneyForHardwareStartsFromPreTrainedModels() {
        mentorbot.mentor.Reply r = handler.handle(InputLine.parse("budget",
                "student with no money for GPUs at all. how do I build something real with generative AI?"));
        assertEquals("Model hubs and foundational APIs", r.title(), r.lead());
        assertTrue(r.lead().contains("pre-trained models"), r.lead());
        mentorbot.mentor.Reply tuning = handler.handle(InputLine.parse("budget-tune", "no money for GPUs. how do I fine-tune a model?"));
        assertTrue(tuning.lead().contains("PEFT"), "fine-tuning on a budget keeps its own answer: " + tuning.lead());
        mentorbot.mentor.Reply deploy = handler.handle(InputLine.parse("budget-deploy",
                "fine-tuned a model on my laptop for a hackathon and now they want it deployed at scale. where do people deploy these?"));
        assertTrue(!deploy.lead().contains("PEFT"), "where to deploy what was tuned is not tuning on a budget: " + deploy.lead());
        assertTrue(deploy.lead().contains("cloud"), deploy.lead());
    }

    @org.junit.jupiter.api.Test
    void beforeAStepOfTheAskersLifeIsNoOrderOnTheTable() {
        mentorbot.mentor.Reply r = handler.handle(InputLine.parse("milestone", "I learned TensorFlow in a course years ago. Should I switch to PyTorch"
                + " before I start job hunting for gen AI roles?"));
        assertTrue(!r.title().startsWith("Where it sits"), r.title());
    }

    @org.junit.jupiter.api.Test
    void askingWhichToolsToLearnFromALevelTheStoryPlacesTheAskerAtLeadsWithTheNextLevelsTools() {
        mentorbot.mentor.Reply r = handler.handle(InputLine.parse("placed", "Done with the foundational stuff, python and pytorch basics"
                + " all fine. which tools should I learn?"));
        assertTrue(r.lead().startsWith("Frameworks & Tools at the intermediate level: Hugging Face Transformers, LangChain"), r.lead());
    }

    @org.junit.jupiter.api.Test
    void aFineTuneOrTwoSetsNothingSideBySide() {
        mentorbot.mentor.Reply r = handler.handle(InputLine.parse("or-two", "I'm at the intermediate stage now, a RAG demo or two behind me."
                + " Which tools should I pick up?"));
        assertTrue(r.lead().startsWith("Frameworks & Tools at the advanced level: MLOps tools"), r.lead());
    }

    @org.junit.jupiter.api.Test
    void aProjectAskedForIsNoSkillPlacedOnTheTable() {
        mentorbot.mentor.Reply r = handler.handle(InputLine.parse("project", "warehouse supervisor, learning python at night. what's a first"
                + " project that shows I can do RAG?"));
        assertTrue(!r.title().startsWith("Where it sits"), r.title());
    }
}
