package mentorbot.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.Role;
import mentorbot.knowledge.SkillLevel;
import mentorbot.mentor.Place;
import mentorbot.mentor.Question;
import mentorbot.mentor.Shape;
import mentorbot.testing.Knowledge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a question names (its slots), how it is put (its shape) and whether it points back. */
class QuestionReaderTest {

    private static KnowledgeBase kb;
    private static QuestionReader reader;
    private static Lexicon lexicon;

    @BeforeAll
    static void load() throws Exception {
        kb = Knowledge.real();
        QaVocabulary vocabulary = QaVocabulary.load(Knowledge.QA_DIR);
        reader = new QuestionReader(vocabulary.places(), vocabulary.otherJobs());
        lexicon = Lexicon.of(kb, vocabulary);
    }

    private static Question read(String text) {
        return reader.read(text, kb.terms(), lexicon).question();
    }

    @Test
    void rolesLevelsAndSkillLevelsAreNamedSlots() {
        Question q = read("what does a senior mlops engineer earn compared to an nlp engineer?");
        assertEquals(List.of("mlops-engineer", "nlp-engineer"), q.roles().stream().map(Role::id).toList());
        assertEquals("Senior", q.band().orElseThrow().level());
        assertEquals(SkillLevel.INTERMEDIATE, read("intermediate level skills").skill().orElseThrow());
        // "expect" is a word, not a typo for a level's name.
        assertEquals(SkillLevel.FOUNDATIONAL, read("which math does the progression expect at the foundational level?").skill().orElseThrow());
    }

    @Test
    void theAiEngineerJobTableNamesNoRoleOfItsOwn() {
        assertEquals(List.of(), read("which role in the AI engineer job table covers conversational systems?").roles());
        assertEquals(List.of("nlp-engineer"), read("what level is the NLP engineer in the AI engineer table?").roles().stream().map(Role::id).toList());
        assertEquals(List.of("ai-engineer"), read("what does an AI engineer earn?").roles().stream().map(Role::id).toList());
    }

    @Test
    void askingOnlyForMoreOfWhatWasSaidPointsBack() {
        assertTrue(read("why?").refersBack());
        assertTrue(read("over what time frame?").refersBack());
        assertTrue(read("which ones?").refersBack());
        assertTrue(QuestionReader.asksMoreOfWhatWasSaid("so why"));
        assertFalse(QuestionReader.asksMoreOfWhatWasSaid("why transformers"));
        assertFalse(read("what skills do ai engineers need?").refersBack());
    }

    @Test
    void theLevelAskedAboutIsTheAskingSentencesNotTheStorys() {
        Question q = read("I've covered everything foundational: Python and core ML. What should I study at the intermediate level?");
        assertEquals(SkillLevel.INTERMEDIATE, q.skill().orElseThrow());
        assertEquals("Senior", read("I'm a junior now. What do seniors earn?").bands().get(0).level());
    }

    @Test
    void aSkillOfTheTableAskedWhereOnTheRoadmapSettlesThatTheQuestionIsInTheField() {
        mentorbot.mentor.roadmap.RoadmapQuestions roadmap = new mentorbot.mentor.roadmap.RoadmapQuestions();
        assertTrue(roadmap.settles(read("bootcamp alum, wrapped up a LangChain course where does that sit on the roadmap"), kb));
        assertFalse(roadmap.settles(read("which bootcamp teaches LangChain"), kb));
        assertFalse(roadmap.settles(read("where is the LangChain office"), kb));
    }

    @Test
    void typosInNamesAreCorrected() {
        Question q = read("salery for seniour ai enginers");
        assertEquals("Senior", q.band().orElseThrow().level());
        assertEquals("ai-engineer", q.role().orElseThrow().id());
    }

    @Test
    void anEnglishWordWithAPlainEndingIsNotTakenForATypo() {
        // "queries" is not in the sentence model's whole-word list ("query" is): no "queues" for it.
        assertTrue(read("SQL analyst, dashboards and queries all day").normalized().contains("queries"));
        assertTrue(read("salery for seniour ai enginers").normalized().contains("salary"));
    }

    @Test
    void placesAreInTheUsaOrAbroadAndTheGuidesOwnRegionsAreMarked() {
        Question austin = read("is 95k fair for a junior in Austin?");
        assertEquals(List.of(new Place("austin", true, false)), austin.places());
        assertTrue(read("AI engineer pay in London").placeAbroad().isPresent());
        Place seattle = read("what do seniors make in Seattle").usPlace().orElseThrow();
        assertTrue(seattle.guideRegion(), seattle.toString());
    }

    @Test
    void aJobOutsideTheFieldIsASubjectUnlessItIsTheAskersOwn() {
        assertEquals(List.of("backend developers"), read("what do backend developers earn at big tech?").otherJobs());
        assertEquals(List.of("data scientist"), read("senior data scientist salary").otherJobs());
        assertEquals(List.of(), read("I'm a software engineer, what would I earn as an AI engineer?").otherJobs());
        assertEquals(List.of(), read("how do I move from data analyst to machine learning engineer").otherJobs());
        assertEquals(List.of(), read("what does an AI engineer earn?").otherJobs());
    }

    @Test
    void aPlaceAbroadIsWhereTheAskerLivesWhenTheyAskAboutTheUs() {
        Question lagos = read("I live in Lagos and apply remotely. What does a mid-level AI engineer make in the US?");
        assertTrue(lagos.placeAbroad().isEmpty(), lagos.places().toString());
        assertTrue(read("Student in Poland, curious about US pay for seniors").placeAbroad().isEmpty());
        assertTrue(read("is AI engineer pay higher in the UK or the US?").placeAbroad().isPresent());
        assertTrue(read("what would you earn in Toronto").placeAbroad().isPresent());
    }

    @Test
    void sumsAndForeignCurrenciesAreSlots() {
        Question q = read("they offered me $85,000 as an entry-level AI engineer");
        assertEquals(85_000, q.amounts().get(0).value());
        assertEquals("EUR", read("AI engineer salary in euros").foreignCurrency().orElseThrow());
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "robotics or deep learning engineer, which needs more experience?|COMPARISON",
            "OpenAI vs Anthropic for enterprise apps|COMPARISON",
            "is 95k a fair offer for a junior?|JUDGEMENT",
            "someone told me seniors make 300k, true?|JUDGEMENT",
            "I want to work on voice assistants, what title fits?|CHOICE",
            "I've tested software for six years, what do I learn first?|SITUATION",
            "learning path??|FRAGMENT",
            "I'm torn between computer vision or NLP. Which one pays more?|COMPARISON",
            "I'm torn between computer vision or NLP. What does the guide say about demand?|SITUATION",
            "dropped out after a year of college, been doing IT support since. can I get into AI?|SITUATION",
            "QA analyst here, five years of manual testing. where do I start?|SITUATION",
            "what does an NLP engineer do?|LOOKUP"})
    void theShapeSaysHowTheQuestionIsPut(String text, Shape shape) {
        assertEquals(shape, read(text).shape());
    }

    @Test
    void pronounsAndOpenersPointBackButAStoryDoesNot() {
        assertTrue(read("what level is that?").refersBack());
        assertTrue(read("and for seniors?").refersBack());
        assertFalse(read("what does an NLP engineer do?").refersBack());
        // "this" in the story told before the question refers to nothing said earlier.
        assertFalse(read("this is a test from the dev team. how do I pick a lock?").refersBack());
    }

    @Test
    void aTimeOfDayIsNoJob() {
        assertEquals(List.of(), read("can I still study ml after 6 pm every day?").otherJobs());
        assertEquals(List.of("pm"), read("what does a PM earn?").otherJobs());
    }

    @Test
    void theFieldItIsNoPronoun() {
        assertFalse(read("would an IT degree be enough?").refersBack());
        assertFalse(read("how far can IT helpdesk experience take me?").refersBack());
        assertTrue(read("would it be enough?").refersBack());
        assertTrue(read("does it support python?").refersBack());
    }

    @Test
    void meaningIsMatchedOnTheWordsAsTyped() {
        QuestionReader.Read read = reader.read("whats the salry for a plumber", kb.terms(), lexicon);
        assertTrue(read.matchText().contains("salry"), read.matchText());
        assertTrue(read.question().normalized().contains("salary"), read.question().normalized());
    }
}
