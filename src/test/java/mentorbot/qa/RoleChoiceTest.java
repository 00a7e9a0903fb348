package mentorbot.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import mentorbot.mentor.Reply;
import mentorbot.mentor.RequestHandler;
import mentorbot.platform.console.InputLine;
import mentorbot.testing.TestCores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Which AI title fits me?" is chosen by what the asker tells of themselves, not by the wording of the ask. */
class RoleChoiceTest {

    private static RequestHandler handler;

    @BeforeAll
    static void core() {
        handler = TestCores.rig().core().handler();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "I build quadcopters on weekends and program little robot arms. Which AI engineering job is for me?|Robotics AI Engineer",
            "I spent a decade as a court interpreter and I love how languages work. Which AI title fits that?|NLP Engineer",
            "Chatbots and voice assistants fascinate me, I talk to mine all day. Which AI role should I aim for?|Conversational AI Engineer",
            "I'm a mechanical engineer working on assembly-line robots. Which AI engineer title fits me?|Robotics AI Engineer",
            "I've spent years building customer-support bots in Dialogflow. What's the matching AI engineer title for me?|Conversational AI Engineer",
            "I'd rather move into AI leadership than write code all day. What leadership positions does the AI engineering career path lead to?|AI engineer career path",
            "I want to stay deeply technical and never manage. What's the top IC title?|AI engineer career path",
            "I get a kick out of making things physically move: sensors, servo motors, little rovers. Where in AI would I fit?|Robotics AI Engineer",
            // The family named in passing ("AI engineering title") is where to choose, not the answer.
            "I spent years transcribing court hearings and subtitling films. Which AI engineering title is about language?|NLP Engineer",
            "which AI engineer title is the chatbot one?|Conversational AI Engineer",
            // "and at what level?" asks the title's level, not where a skill the story names sits on the roadmap.
            "I'm a neuroscience postdoc who builds CNNs for brain scans. Which title covers neural network architecture work, and at what level?|Deep Learning Engineer"})
    void theStoryBeforeTheAskChoosesTheRole(String question, String title) {
        Reply r = handler.handle(InputLine.parse("told-" + question.length(), question));
        assertEquals(title, r.title(), r.lead());
    }

    /** What the asker says they dislike points at the role they do not want. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "I like working with text and language, but I hate deployment and infrastructure work. which role fits me?|NLP Engineer",
            "I can't stand chatbots, but image recognition fascinates me. which title?|Computer Vision Engineer"})
    void whatTheAskerDislikesDoesNotChooseTheRole(String question, String title) {
        Reply r = handler.handle(InputLine.parse("dislike-" + question.length(), question));
        assertEquals(title, r.title(), r.lead());
    }

    /** An asking sentence that names nothing of its own ("Which title matches that?") leaves the choice to the story. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Ten years of racking servers and running on-call for a hosting company. I'd like to keep the machines that data scientists train on healthy, not train anything myself. Which title matches that?|MLOps Engineer,ML Platform Engineer",
            "Mechanical engineer at a tractor maker, lots of MATLAB, and I want to work on AI that steers machines in the field. Which title fits?|Robotics AI Engineer",
            "six years cutting film trailers, lately obsessed with making images and video from prompts. where do i land?|Generative AI Developer,Computer Vision Engineer"})
    void aStoryAloneChoosesWhenTheAskNamesNothing(String question, String titles) {
        Reply r = handler.handle(InputLine.parse("vague-" + question.length(), question));
        org.junit.jupiter.api.Assertions.assertTrue(java.util.List.of(titles.split(",")).contains(r.title()), r.title() + ": " + r.lead());
    }

    /** "What title is that?" asks for the title of the work the story wants, not the title the asker holds. */
    @org.junit.jupiter.api.Test
    void whatTitleIsThatNamesTheWorkWantedNotTheJobHeld() {
        Reply r = handler.handle(InputLine.parse("title-is-that",
                "Two years as a machine learning engineer tuning gradient-boosted trees. I'd like to go deep into neural network architectures. What title is that?"));
        assertEquals("Deep Learning Engineer", r.title(), r.lead());
    }

    /** A message plainly about something the guides answer (research needs a PhD) is not turned into a role by a faint story. */
    @org.junit.jupiter.api.Test
    void aMessagePlainlyAboutResearchIsThePhdQuestionNotARoleChoice() {
        Reply r = handler.handle(InputLine.parse("research-role",
                "Physics master's student here, I dream of inventing new model architectures and publishing papers. Which kind of role suits me?"));
        org.junit.jupiter.api.Assertions.assertTrue(r.lead().contains("PhD"), r.title() + ": " + r.lead());
    }

    @org.junit.jupiter.api.Test
    void isThereAVariantAsksForTheTitleTheStoryPointsAt() {
        Reply r = handler.handle(InputLine.parse("variant",
                "Hydraulics technician, I tune servo valves, sensors and motors all day. Is there an AI engineer variant for physical machines?"));
        assertEquals("Robotics AI Engineer", r.title(), r.lead());
    }

    @org.junit.jupiter.api.Test
    void theTitlesThatVaryTheRoleAreTheTitleTable() {
        Reply r = handler.handle(InputLine.parse("variations", "what job titles count as variations of the AI engineer role?"));
        assertEquals("AI roles and job titles", r.title(), r.lead());
    }
}
