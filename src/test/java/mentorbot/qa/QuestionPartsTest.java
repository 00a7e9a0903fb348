package mentorbot.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a message is split into the questions it asks, and which sentences ask. */
class QuestionPartsTest {

    @Test
    void twoQuestionsJoinedByAndAreTwoParts() {
        assertEquals(List.of("which certifications matter", "is a phd needed?"),
                QuestionParts.of("two questions: which certifications matter, and is a phd needed?"));
    }

    @Test
    void aLeadInAfterTheAskersStoryStillSplitsTheQuestions() {
        assertEquals(List.of("Junior here, one year in. what does a mid-level engineer earn", "what do mid-level people do?"),
                QuestionParts.of("Junior here, one year in. Two questions: what does a mid-level engineer earn, and what do mid-level people do?"));
    }

    @Test
    void aConditionalQuestionFollowedByAnotherAreTwoParts() {
        assertEquals(List.of("If I became an AI engineer, which project would use that", "how's demand looking?"),
                QuestionParts.of("If I became an AI engineer, which project would use that, and how's demand looking?"));
    }

    @Test
    void aSentenceEndsAfterAPluralAcronym() {
        assertEquals(List.of("no budget for paid APIs. where can i find pre-trained models", "which open model should I fine-tune?"),
                QuestionParts.of("no budget for paid APIs. where can i find pre-trained models, and which open model should I fine-tune?"));
    }

    @Test
    void aSentenceEndsAfterACompanysShortNameWhenAQuestionFollows() {
        assertEquals(List.of("been an NLP engineer for 4 yrs at a mid-size co. what experience level does that title sit at",
                        "what's the pay band for mid level?"),
                QuestionParts.of("been an NLP engineer for 4 yrs at a mid-size co. what experience level does that title sit at,"
                        + " and what's the pay band for mid level?"));
        // "Co." before a name goes on: no question follows it.
        assertEquals(1, QuestionParts.of("I work at Acme Co. Ltd as an analyst, what should I learn first?").size());
    }

    @Test
    void aQuestionThatOpensWithWhatItIsAboutIsAPartOfItsOwn() {
        assertEquals(List.of("for AI engineering pay does the city even matter", "is demand going to hold up?"),
                QuestionParts.of("two things: for AI engineering pay does the city even matter, and is demand going to hold up?"));
        // A qualifier without a question of its own is still the story before one.
        assertEquals(1, QuestionParts.of("for someone with a biology degree and two years of lab work, which title fits?").size());
    }

    @Test
    void anAskThatSaysNothingTakesTheQuestionTheStoryReports() {
        assertEquals("she asked me what job title she should be aiming for and i have no clue. thoughts?",
                QuestionParts.asking("my sister builds discord bots that talk back. she asked me what job title she should be aiming"
                        + " for and i have no clue. thoughts?"));
        assertEquals("my lead asked me how real AI engineers check this after deployment. does that even make sense or is it a dumb question",
                QuestionParts.asking("we ship a new model every two weeks and nobody knows if it is better. my lead asked me how real AI"
                        + " engineers check this after deployment. does that even make sense or is it a dumb question"));
        // Without a reported question the vague ask stays as it is.
        assertEquals("thoughts?", QuestionParts.asking("I taught maths for nine years and now I build small Python tools. thoughts?"));
    }

    @Test
    void aSentenceSayingWhatTheAskerWondersAsksThoughItEndsWithAFullStop() {
        assertEquals("I'd like to know which titles sit above lead.",
                QuestionParts.asking("Nine years in data engineering, three of them leading a team. I'd like to know which titles sit above lead."));
        assertEquals("I wonder whether a PhD is needed for research roles.",
                QuestionParts.asking("I finished a master's in physics. I wonder whether a PhD is needed for research roles."));
        // Beside a question with its mark, what the asker wonders is the story that leads to it.
        assertEquals("Which title covers chatbots?",
                QuestionParts.asking("I'm wondering whether to specialise. Which title covers chatbots?"));
        // Telling what one was curious about is a story, not a question.
        assertEquals("So what should I learn?",
                QuestionParts.asking("I was always curious about robots. So what should I learn?"));
    }

    @Test
    void aMistypedQuestionWordStillOpensAQuestion() {
        assertEquals(List.of("data analyst here. wat do i learn first", "wich title fits"),
                QuestionParts.of("data analyst here. wat do i learn first and wich title fits"));
    }

    @Test
    void aSentenceEndsAfterASumInThousands() {
        assertEquals("Offered 95K as a junior.", QuestionParts.story("Offered 95K as a junior. Should I take it?"));
    }

    @Test
    void aQuestionWordAfterAPrepositionOpensTheNextPart() {
        assertEquals(List.of("which project answers questions over documents", "at what level does that skill sit?"),
                QuestionParts.of("which project answers questions over documents, and at what level does that skill sit?"));
    }

    @Test
    void aQuestionOpeningWithAWordOfMannerIsStillAQuestionBeforeTheNext() {
        assertEquals(List.of("CS sophomore. realistically what would my first AI engineer job pay", "what title do juniors get?"),
                QuestionParts.of("CS sophomore. realistically what would my first AI engineer job pay, and what title do juniors get?"));
        assertEquals(List.of("honestly, how hard is the switch", "what should I learn first?"),
                QuestionParts.of("honestly, how hard is the switch, and what should I learn first?"));
        // The asker's own words before the question word tell a story: one question with its situation.
        assertEquals(1, QuestionParts.of("I teach maths, and what should I learn first?").size());
    }

    @Test
    void aWordOfMannerBeforeTheQuestionWordOpensTheNextPart() {
        assertEquals(List.of("QA tester for 6 years. Which title is junior-level", "roughly what would it pay?"),
                QuestionParts.of("QA tester for 6 years. Which title is junior-level and roughly what would it pay?"));
        // Not any word before a question word: "vision which role fits" is no question of its own.
        assertEquals(1, QuestionParts.of("I really like NLP and vision which role fits?").size());
    }

    @Test
    void aChatRequestAsksLikeAQuestion() {
        assertEquals(List.of("gimme the tl;dr on ai engineering - pay", "what tech i need. deciding between that and QA"),
                QuestionParts.of("gimme the tl;dr on ai engineering - pay + what tech i need. deciding between that and QA"));
    }

    @Test
    void whichOneChoosesBetweenTheThingsASentenceBeforeOffered() {
        assertEquals("I can take either Information Theory or Databases next term. which one fits the gen AI path better?",
                QuestionParts.asking("Third-year CS student. I can take either Information Theory or Databases next term."
                        + " I'm aiming at gen AI — which one fits the gen AI path better?"));
        // Nothing offered before: the ask stays as it is.
        assertEquals("which one fits the gen AI path better?",
                QuestionParts.asking("Third-year CS student. which one fits the gen AI path better?"));
    }

    @Test
    void aStoryToldWithoutItsIIsNotAQuestion() {
        assertEquals("which title and what level?",
                QuestionParts.asking("did my thesis on neural net architectures. which title and what level?"));
        assertEquals("what should i learn first?", QuestionParts.asking("was a nurse for ten years. what should i learn first?"));
        String asked = "did my resume get rejected because of no degree";
        assertEquals(asked, QuestionParts.asking(asked));
    }

    @Test
    void aQuestionInsideASentenceWithoutCommaOrQuestionMarkStillAsks() {
        assertEquals(List.of("backend dev for 9 years. if i moved into an AI engineer role what would my interviews focus on",
                        "what pay bracket am i looking at as a senior"),
                QuestionParts.of("backend dev for 9 years. if i moved into an AI engineer role what would my interviews focus on"
                        + " and what pay bracket am i looking at as a senior"));
        assertEquals(List.of("I know what I want. I build chatbots at work and I love it"),
                QuestionParts.of("I know what I want. I build chatbots at work and I love it"));
    }

    @Test
    void anEmojiClosesAChatSentence() {
        assertEquals("what's that job called and what level is it", QuestionParts.asking(
                "customer support agent here and I wanna build the bots that'll replace me 😅 what's that job called and what level is it"));
        assertEquals("so what's the pay for juniors", QuestionParts.asking("I'm a junior 🙂 so what's the pay for juniors"));
    }

    @Test
    void aFewWordsSayingWhoTheAskerIsBeforeACommaAreTheirStory() {
        assertEquals("where do i start", QuestionParts.asking("ex-teacher, 40, where do i start"));
        assertEquals("what should i learn first?", QuestionParts.asking("former nurse, what should i learn first?"));
        assertEquals("what should i learn?", QuestionParts.asking("QA tester here, what should i learn?"));
        // A subject named before the comma is what is asked about, not a story.
        assertEquals("MLOps, what is it?", QuestionParts.asking("MLOps, what is it?"));
    }

    @Test
    void whatTheAskerDislikesIsLeftOutOfTheirStory() {
        assertEquals("I love math and theory .", QuestionParts.withoutDislikes("I love math and theory but hate deployment.").replaceAll("\\s+", " "));
        assertEquals("image recognition fascinates me", QuestionParts.withoutDislikes("I can't stand chatbots, but image recognition fascinates me")
                .replaceFirst("^[ ,]+(but )?", ""));
        assertEquals("I want to build vision systems", QuestionParts.withoutDislikes("I want to build vision systems instead of text bots").strip());
    }

    @Test
    void whatDrawsTheAskerIsTheSentenceThatSaysWhatTheyLike() {
        assertEquals("Lately I'm really into models that run on drones.",
                QuestionParts.interests("Accountant for twelve years, lots of Excel. Lately I'm really into models that run on drones."));
        assertEquals("", QuestionParts.interests("Accountant for twelve years, lots of Excel."));
    }

    @Test
    void theSameQuestionAboutASecondSubjectIsAskedAgain() {
        assertEquals(List.of("what does a junior do on data pipelines", "what does a junior do on model monitoring?"),
                QuestionParts.of("what does a junior do on data pipelines and on model monitoring?"));
        assertEquals(List.of("what is asked about NLP"), QuestionParts.of("what is asked about NLP"));
    }

    @Test
    void questionMarksSeparateQuestions() {
        assertEquals(List.of("What does an NLP engineer do?", "What level is it?"),
                QuestionParts.of("What does an NLP engineer do? What level is it?"));
    }

    @Test
    void threeClausesAfterALeadIn() {
        assertEquals(3, QuestionParts.of("Three things: what does a conversational AI engineer do, what level is it, "
                + "and what does an AI Systems Engineer focus on?").size());
    }

    @Test
    void aSituationStaysWithTheQuestionItLeadsTo() {
        String message = "I've tested software for six years. What do I learn first to become an AI engineer?";
        assertEquals(List.of(message), QuestionParts.of(message));
        assertEquals("What do I learn first to become an AI engineer?", QuestionParts.asking(message));
    }

    @Test
    void aBareQuestionWordAsksAboutTheSentenceBeforeIt() {
        assertEquals("I have time for just one cloud platform. which one?",
                QuestionParts.asking("Nurse of ten years, two kids. I have time for just one cloud platform. which one?"));
        // A sentence before it that asks on its own is asked already.
        assertEquals("what do MLOps engineers use? why?", QuestionParts.asking("what do MLOps engineers use? why?"));
    }

    @Test
    void aPartCutFromItsQuestionMarkAfterALeadInStillAsks() {
        List<String> parts = QuestionParts.of("Plumber for twelve years, learning SQL at night. Before I quit my job for this: is the field"
                + " actually growing, and do I need a degree?");
        assertEquals(2, parts.size(), parts.toString());
        assertEquals("Before I quit my job for this: is the field actually growing", QuestionParts.asking(parts.get(0)));
    }

    @Test
    void askingWhetherAClaimToldIsRightJudgesThatClaim() {
        assertEquals("My manager keeps telling me seniors barely crack 150k. is that true?", QuestionParts.asking(
                "Mid-level dev in Ohio. My manager keeps telling me seniors barely crack 150k. is that true?"));
        assertEquals("Forums say MLOps is dying out, so I should skip it. Are they right?", QuestionParts.asking(
                "Two years of DevOps. Forums say MLOps is dying out, so I should skip it. Are they right?"));
        // No claim told: the ask stays as it is.
        assertEquals("is that true?", QuestionParts.asking("I've written Python for a decade. is that true?"));
    }

    @Test
    void askingHowToAnswerAClaimSomeoneHoldsJudgesThatClaim() {
        assertEquals("My parents think AI is a bubble and that I'm wasting a stable career. What do I tell them?", QuestionParts.asking(
                "I'm 24 and in accounting. My parents think AI is a bubble and that I'm wasting a stable career. What do I tell them?"));
        assertEquals("my uncle reckons AI is overhyped. how do I convince him otherwise?",
                QuestionParts.asking("Learning Python at night. my uncle reckons AI is overhyped. how do I convince him otherwise?"));
        // What the asker thinks is the asker's story, not a claim put up to be judged.
        assertEquals("Are they right?", QuestionParts.asking("I think I'm too old for this. Are they right?"));
    }

    @Test
    void aClosingRequestForAViewIsTheAskAfterTheStory() {
        assertEquals("be honest", QuestionParts.asking("Forty, no degree, a year of Python at night. Want an AI job by spring. be honest"));
        assertEquals("real talk?", QuestionParts.asking("Warehouse lead, self-taught SQL, eyeing AI engineering. real talk?"));
    }

    @Test
    void aSituationBeforeACommaStaysWithItsQuestionAndIsNotAsked() {
        String message = "I've been a data analyst for 3 years, what should I learn first?";
        assertEquals(List.of(message), QuestionParts.of(message));
        assertEquals("what should I learn first?", QuestionParts.asking(message));
        String request = "Retail manager, 38. Lay out the path to an AI engineer job for me.";
        assertEquals("Lay out the path to an AI engineer job for me.", QuestionParts.asking(request));
        // The part before the dash names what is asked about: it stays.
        String comparison = "PEFT vs building models from scratch — where does each sit?";
        assertEquals(comparison, QuestionParts.asking(comparison));
    }

    @Test
    void aStoryToldWithoutItsIBeforeACommaIsNotAskedButAQualifierIs() {
        assertEquals("what should I study first?",
                QuestionParts.asking("warehouse shift lead learning python at night, what should I study first?"));
        assertEquals("which roles are growing fastest?", QuestionParts.asking("pharmacist curious about ai, which roles are growing fastest?"));
        String qualified = "besides python and sql, what languages do AI developers use?";
        assertEquals(qualified, QuestionParts.asking(qualified));
        String conditional = "if I moved from QA into AI engineering next year, what would I earn?";
        assertEquals(conditional, QuestionParts.asking(conditional));
        String joined = "Portfolio site for ML jobs: one page or many, and what should go on it?";
        assertEquals(joined, QuestionParts.asking(joined));
    }

    @Test
    void aSentenceEndingInAPossessiveEndsThere() {
        String message = "I only have a bachelor's. My employer covers half of a master's. Is the master's worth it?";
        assertEquals("Is the master's worth it?", QuestionParts.asking(message));
    }

    @Test
    void aConditionalLeadingToAQuestionAsksWithoutTheStoryBeforeIt() {
        String message = "I retouch photos for a living and script the boring parts. If I moved into AI, which role would use that";
        assertEquals("If I moved into AI, which role would use that", QuestionParts.asking(message));
    }

    @Test
    void aListInsideOneQuestionIsNotSplit() {
        String one = "what do Python and machine learning frameworks have to do with AI engineering?";
        assertEquals(List.of(one), QuestionParts.of(one));
    }

    @Test
    void aComparisonIsOneQuestion() {
        String one = "what's the difference between an ML engineer and what a gen AI developer does?";
        assertEquals(List.of(one), QuestionParts.of(one));
    }

    @Test
    void aSingleQuestionIsItsOwnAskingPart() {
        assertEquals("how much do seniors make?", QuestionParts.asking("how much do seniors make?"));
    }

    @Test
    void aQuestionWordOpeningAStatementIsNoQuestion() {
        assertEquals("Which title is that?",
                QuestionParts.asking("What excites me most is building bots that talk to customers. Which title is that?"));
        assertEquals(1, QuestionParts.of("What I want is a remote job. Which role fits?").size());
    }

    @Test
    void aStorySentenceEndingInAShortWordOrAnAcronymIsNotAsked() {
        assertEquals("What's the top of that track?",
                QuestionParts.asking("I want to lead an AI org rather than stay hands-on. What's the top of that track?"));
        assertEquals("What's the short version of how someone becomes an AI engineer?",
                QuestionParts.asking("I want to mentor younger devs into AI. What's the short version of how someone becomes an AI engineer?"));
    }

    @Test
    void abbreviationsDoNotEndASentence() {
        String q = "Is OpenAI vs. Gemini better for e.g. long documents in St. Louis?";
        assertEquals(q, QuestionParts.asking(q));
    }

    @Test
    void aLeadInMayNameWhoIsAsking() {
        assertEquals(java.util.List.of("how much do entry-level AI engineers earn", "which certifications should I go for first?"),
                QuestionParts.of("Two questions from a nervous former HR coordinator: how much do entry-level AI engineers earn,"
                        + " and which certifications should I go for first?"));
    }

    @Test
    void aPlusBetweenTwoQuestionsJoinsThemLikeAnd() {
        assertEquals(java.util.List.of("top paying regions for AI engineers", "what factors affect pay?"),
                QuestionParts.of("top paying regions for AI engineers + what factors affect pay?"));
        assertEquals(1, QuestionParts.of("do I need C++ for AI engineering?").size());
    }

    @Test
    void aOneLetterLanguageEndsItsSentence() {
        assertEquals("Which of my skills carry over to AI engineering?",
                QuestionParts.asking("Statistician for nine years in SAS and R. Which of my skills carry over to AI engineering?"));
        assertEquals(2, QuestionParts.of("Statistician in SAS and R. Which skills carry over, and what is the biggest gap?").size());
    }

    @Test
    void choicesNamedBetweenCommasStayWithTheirQuestion() {
        assertEquals(1, QuestionParts.of("Which US visa, H-1B or O-1, is easier for an AI engineer to get?").size());
        assertEquals(java.util.List.of("Which certifications matter", "is a PhD needed?"),
                QuestionParts.of("Which certifications matter, is a PhD needed?"));
    }

    @Test
    void aQuestionCutFromItsQuestionMarkStillAsksAfterAWordOfManner() {
        String q = "I'm a 30 year old barista who knows nothing about computers. realistically how long until I can get hired"
                + " as an AI engineer, and what should I start with?";
        assertEquals(List.of("I'm a 30 year old barista who knows nothing about computers. realistically how long until I can"
                + " get hired as an AI engineer", "what should I start with?"), QuestionParts.of(q));
        assertEquals("realistically how long until I can get hired as an AI engineer", QuestionParts.asking(QuestionParts.of(q).get(0)));
    }

    @Test
    void aQuestionWordAfterAVerbOfBeingTellsRatherThanAsks() {
        assertEquals("Is that realistic?", QuestionParts.asking("MLOps is what I'd love to do long term\nIs that realistic?"));
        assertEquals("which role fits?", QuestionParts.asking("that's how i spend my weekends\nwhich role fits?"));
        assertEquals("honestly how hard is it", QuestionParts.asking("I teach maths\nhonestly how hard is it"));
    }
}
