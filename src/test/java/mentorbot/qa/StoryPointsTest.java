package mentorbot.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mentorbot.mentor.Reply;
import mentorbot.mentor.RequestHandler;
import mentorbot.platform.console.InputLine;
import mentorbot.testing.TestCores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the asking sentence points at when the asker's story carries the meaning: the role the story is
 * ("would that be generative AI?"), the duty it is ("does any of that count?"), the sum it tells ("could I be
 * making more?"). New wordings, in no question set.
 */
class StoryPointsTest {

    private static RequestHandler handler;

    @BeforeAll
    static void core() {
        handler = TestCores.rig().core().handler();
    }

    private static Reply ask(String text) {
        return handler.handle(InputLine.parse("points-" + text.hashCode(), text));
    }

    @Test
    void askingWhetherTheStoryIsARoleSetsTheStorysRoleBesideIt() {
        Reply r = ask("My day is forecasting demand from last year's sales numbers and spotting which accounts might churn."
                + " Would that be generative AI?");
        assertEquals("Machine Learning Engineer vs. Generative AI Developer", r.title(), r.lead());
    }

    @Test
    void askingWhetherARoleDoesWhatTheStoryTellsDescribesThatRole() {
        Reply r = ask("Wedding photographer learning Python. I'd love to teach a model my editing style."
                + " Is that something generative AI developers actually do?");
        assertEquals("Generative AI Developer", r.title(), r.lead());
    }

    @Test
    void askingWhetherTheStoryCountsFindsTheDutyItIsClosestTo() {
        Reply r = ask("I ran workshops for years explaining technical topics to managers and sales people."
                + " Does any of that count in AI engineering?");
        assertEquals("4. Collaborating with Cross-Functional Teams", r.title(), r.lead());
        assertTrue(r.lead().startsWith("That experience lines up with responsibility 4"), r.lead());
    }

    @Test
    void theAskersOwnJobIsNoQuestionAboutTitlesAtTheirLevel() {
        Reply r = ask("Senior Java dev here, I lean on Copilot all day. How is AI changing what my job is?");
        assertEquals("From coder to collaborator: how the developer's job is changing", r.title(), r.lead());
    }

    @Test
    void whatPushesPayUpIsAnsweredWhereverTheAskerLives() {
        Reply r = ask("I live in Lyon and read that generative AI developers start in the low six figures."
                + " What pushes pay up from there?");
        assertTrue(r.matched(), r.lead());
        assertEquals("What moves pay", r.title(), r.lead());
    }

    @Test
    void askingWhetherSomethingIsOnTheSkillListIsNotTheStorysLevel() {
        Reply r = ask("I know PyTorch basics but nothing about privacy rules. Is that part of the AI engineer skill list?");
        assertEquals("Skill requirements for an AI engineer", r.title(), r.lead());
    }

    @Test
    void askingForMoreThanTheSumToldJudgesTheSum() {
        Reply r = ask("Senior ML engineer in Austin on 160K. Could I be making more?");
        assertTrue(r.matched(), r.lead());
        assertTrue(r.lead().contains("$150K"), r.lead());
    }

    @Test
    void anAskThatSaysNothingOfItsOwnLeavesTheStoryToSayWhatItIsAbout() {
        Reply inField = ask("Ten years writing PHP at a bank, and every week someone on my feed says AI will write all our code soon."
                + " My wife thinks I should retrain as an electrician. am i cooked?");
        assertEquals("From coder to collaborator: how the developer's job is changing", inField.title(), inField.lead());
        Reply outOfField = ask("Thinking of paying 15K for a weekend bootcamp that promises an AI job in 12 weeks. thoughts?");
        assertFalse(outOfField.matched(), outOfField.lead());
    }

    @Test
    void anItDegreeAskedAfterAStoryIsAboutEducationNotTheFirstAnswer() {
        Reply r = ask("Backend dev with a bachelor's in IT. I want to do NLP. What should I learn first? Is an IT degree good enough?");
        assertTrue(r.title().endsWith(" · Education requirements"), r.title());
        assertTrue(r.lead().contains("Bachelor"), r.lead());
    }
}
