package mentorbot.mentor;

import static mentorbot.testing.ReplyChecks.assertNoPings;
import static mentorbot.testing.ReplyChecks.assertWithinLimits;
import static mentorbot.testing.ReplyChecks.render;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.Role;
import mentorbot.mentor.role.RoleAnswers;
import mentorbot.testing.Knowledge;
import mentorbot.testing.TestCores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every command through the real core (real knowledge, real search) with fake time. */
class CommandsThroughPipelineTest {

    private static RequestHandler handler;
    private static final AtomicInteger users = new AtomicInteger();

    @BeforeAll
    static void core() {
        handler = TestCores.rig().core().handler();
    }

    /** Each call is a fresh user, so no context, cache entry or rate limit carries over. */
    static Reply command(String name, String args) {
        return handler.handle(Request.command(Platform.SLACK, "T1", "U" + users.incrementAndGet(), "C1", name, args));
    }

    static Reply freeText(String text) {
        return handler.handle(Request.freeText(Platform.SLACK, "T1", "U" + users.incrementAndGet(), "D1", text));
    }

    private static Map<String, String> fields(Reply r) {
        return r.fields().stream().collect(Collectors.toMap(Reply.Field::label, Reply.Field::value, (a, b) -> a));
    }

    // ---- every command: no argument, good argument, alias, typo, unknown -------------------------------

    @ParameterizedTest(name = "/{0} \"{1}\" -> matched={2}, title contains \"{3}\"")
    @CsvSource(delimiter = '|', textBlock = """
            role      |                              | true  | AI roles and job titles
            role      | MLOps Engineer               | true  | MLOps Engineer
            role      | mlops                        | true  | MLOps Engineer
            role      | cv                           | true  | Computer Vision Engineer
            role      | ML ENG                       | true  | Machine Learning Engineer
            role      | computr vision engineer      | true  | Computer Vision Engineer
            role      | machine lerning enginer      | true  | Machine Learning Engineer
            role      | mlop                         | true  | MLOps Engineer
            role      | data wrangler                | false | data wrangler
            roadmap   |                              | true  | Skill roadmap
            roadmap   | foundational                 | true  | Foundational skills
            roadmap   | nlp advanced                 | true  | Advanced skills for NLP Engineer
            roadmap   | Intermediate genai           | true  | Intermediate skills for Generative AI Developer
            roadmap   | foundatonal                  | true  | Foundational skills
            roadmap   | xyzzy                        | false | xyzzy
            interview |                              | true  | Interview questions and topics
            interview | kpis                         | true  | What metrics or KPIs is an AI Engineer evaluated on?
            interview | PHD                          | true  | PhD
            interview | carrer switch                | true  | switching careers
            interview | xyzzy qqq                    | false | xyzzy qqq
            salary    |                              | true  | AI Engineer salaries in the USA
            salary    | senior                       | true  | Senior AI engineer salary
            salary    | faang                        | true  | Big Tech AI engineer salary
            salary    | nlp                          | true  | NLP Engineer salary
            salary    | senir                        | true  | Senior AI engineer salary
            salary    | xyzzy                        | false | xyzzy
            tip       |                              | true  | Learning tip
            mentor    |                              | true  | mentor-bot
            mentor    | help                         | true  | mentor-bot
            mentor    | HELP                         | true  | mentor-bot
            mentor    | xyzzy qqq                    | false | outside what I cover
            """)
    void everyCommandAnswersNoArgumentGoodAliasTypoAndUnknown(String name, String args, boolean matched, String title) {
        Reply r = command(name, args == null ? "" : args);
        assertAll(
                () -> assertEquals(matched, r.matched(), "matched of /" + name + " " + args + ": " + r.title()),
                () -> assertTrue(r.title().contains(title), "title '" + r.title() + "' should contain '" + title + "'"),
                () -> assertWithinLimits(r),
                () -> assertNoPings(r));
    }

    @ParameterizedTest(name = "/{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            role     | data wrangler
            role     | robot wrangler
            roadmap  | xyzzy
            salary   | xyzzy
            """)
    void anUnknownArgumentSaysSoAndOffersTheClosestMatches(String name, String args) {
        Reply r = command(name, args);
        assertFalse(r.matched());
        assertTrue(r.opening().contains("Did you mean"), r.opening());
        assertFalse(r.suggestions().isEmpty(), "no suggestions");
        assertTrue(r.suggestions().size() <= 5);
        r.suggestions().forEach(s -> assertTrue(s.action().typed().startsWith("/" + name + " "), s.action().typed()));
        assertTrue(r.sections().stream().anyMatch(s -> s.heading().equals("Closest matches") && !s.items().isEmpty()));
    }

    @Test
    void aTwoLetterTypoInAMultiWordRoleIsStillRead() {
        assertEquals("MLOps Engineer", command("role", "mlopz engineer").title());
    }

    @Test
    void unknownRoleSuggestsTheRoleItWasCloseTo() {
        Reply r = command("role", "mlxxops");
        assertFalse(r.matched());
        assertEquals("/role mlops", r.suggestions().get(0).action().typed());
    }

    @Test
    void dataWranglerIsNotARole() {
        Reply r = command("role", "data wrangler");
        assertFalse(r.matched());
        assertTrue(r.title().contains("data wrangler"));
        assertFalse(r.suggestions().isEmpty());
    }

    // ---- facts ---------------------------------------------------------------------------------------

    @Test
    void roleWithoutArgumentListsAllElevenTitlesWithLevelAndFocus() {
        Reply r = command("role", "");
        String text = render(r);
        List<Role> table = Knowledge.real().titleTableRoles();
        assertEquals(11, table.size());
        for (Role role : table) {
            assertTrue(text.contains(role.title() + " — " + role.level() + " · " + role.focus()),
                    role.title() + " missing from:\n" + text);
        }
    }

    @Test
    void roleMlopsIsSeniorDeploymentAndOperations() {
        Reply r = command("role", "mlops");
        assertEquals("MLOps Engineer", r.title());
        assertEquals("Senior", fields(r).get("Experience level"));
        assertEquals("Deployment and Operations", fields(r).get("Focus area"));
    }

    @Test
    void salarySeniorGivesTheSeedRange() {
        Reply r = command("salary", "senior");
        assertTrue(r.matched());
        assertEquals("$150K – $200K+", fields(r).get("Senior"));
        assertTrue(r.opening().contains("$150K – $200K+"), r.opening());
    }

    @Test
    void salaryWithTwoLevelsShowsBothSideBySide() {
        Reply r = command("salary", "entry senior");
        assertEquals("Entry and Senior AI engineer salary (USA)", r.title());
        assertTrue(r.lead().contains("$70K – $90K") && r.lead().contains("$150K – $200K+"), r.lead());
    }

    @Test
    void salaryWithoutArgumentShowsAllFourBands() {
        Map<String, String> f = fields(command("salary", ""));
        assertEquals("$70K – $90K", f.get("Entry"));
        assertEquals("$90K – $150K", f.get("Mid"));
        assertEquals("$150K – $200K+", f.get("Senior"));
        assertEquals("$200K – $400K+", f.get("Big Tech"));
    }

    @Test
    void salaryForAMidToSeniorRoleSpansBothBands() {
        Reply r = command("salary", "nlp");
        assertTrue(r.opening().contains("$90K to $200K+"), r.opening());
    }

    @Test
    void salaryWithARegionSaysItIsATopPayingRegionWithoutInventingFigures() {
        Reply r = command("salary", "senior seattle");
        String text = render(r);
        assertTrue(text.contains("Seattle is one of the top-paying regions"), text);
        assertTrue(text.contains("no separate figures per region"), text);
        assertEquals("$150K – $200K+", fields(r).get("Senior"));
    }

    @Test
    void roadmapWithoutArgumentShowsAllThreeLevelsAndTheFiveSteps() {
        Reply r = command("roadmap", "");
        List<String> headings = r.sections().stream().map(Reply.Section::heading).toList();
        assertTrue(headings.containsAll(List.of("Foundational", "Intermediate", "Advanced", "Five steps to become an AI engineer")),
                headings.toString());
        assertEquals(5, r.sections().stream().filter(s -> s.heading().startsWith("Five steps")).findFirst().orElseThrow()
                .items().size());
    }

    @Test
    void roleForTheGenerativeAiProfileSaysTheGuidesGiveNoLevel() {
        Reply r = command("role", "genai");
        assertEquals("Generative AI Developer", r.title());
        assertFalse(fields(r).containsKey("Experience level"), fields(r).toString());
        assertFalse(fields(r).containsKey("Focus area"), fields(r).toString());
        String text = render(r);
        assertTrue(text.contains("The guides give no experience level or focus area for the Generative AI Developer;"
                + " it is not one of the job-title table's rows."), text);
        assertFalse(text.contains("null"), text);
        assertFalse(text.contains("Not stated"), text);
    }

    @Test
    void levelSalaryRoadmapAndComparisonOfTheGenerativeAiProfileLeakNoMissingLevel() {
        for (Reply r : List.of(command("role", ""), command("salary", "genai"), command("roadmap", "genai"))) {
            String text = render(r);
            assertFalse(text.contains("null"), text);
            assertFalse(text.contains("Not stated"), text);
        }
        assertTrue(render(command("salary", "genai")).contains("gives no experience level for the Generative AI Developer"));
        KnowledgeBase kb = Knowledge.real();
        Role genai = kb.role("generative-ai-developer").orElseThrow();
        Role mle = kb.role("machine-learning-engineer").orElseThrow();
        String level = render(RoleAnswers.describe(genai, RoleAnswers.Aspect.LEVEL, kb).reply());
        assertTrue(level.contains("The guides give no experience level or focus area for the Generative AI Developer"), level);
        String compare = render(RoleAnswers.compare(mle, genai, kb).reply());
        assertTrue(compare.contains("Machine Learning Engineer: Junior to Senior level, focused on ML Model Development."), compare);
        for (String text : List.of(level, compare)) {
            assertFalse(text.contains("null"), text);
            assertFalse(text.contains("Not stated"), text);
        }
    }

    @Test
    void roadmapFoundationalNamesPythonRegressionAndLinearAlgebra() {
        String text = render(command("roadmap", "foundational"));
        assertAll(
                () -> assertTrue(text.contains("Strong Python skills"), text),
                () -> assertTrue(text.contains("regression"), text),
                () -> assertTrue(text.contains("Linear algebra"), text),
                () -> assertFalse(text.contains("Research paper implementation"), "advanced cells leak into foundational"));
    }

    @Test
    void interviewWithoutArgumentListsTheQuestionsIncludingPhdAndMasters() {
        Reply r = command("interview", "");
        String text = render(r);
        assertTrue(text.contains("Q1:") && text.contains("Q5:"), text);
        assertTrue(text.contains("PhD"), text);
        assertTrue(text.contains("Master"), text);
    }

    @Test
    void interviewPhdAnswersAndSaysWhatInterviewersEvaluate() {
        Reply r = command("interview", "phd");
        assertTrue(r.matched());
        assertTrue(r.sections().stream().anyMatch(s -> s.heading().equals("What interviewers evaluate")), render(r));
    }

    @Test
    void interviewWithAWholeStoryIsReadAsAQuestionAboutInterviews() {
        Reply r = command("interview", "I'm interviewing for a mid-level AI engineer job and the JD keeps mentioning MLOps."
                + " what will they ask, and what would someone at my level be expected to do there?");
        assertTrue(r.title().contains("MLOps"), r.title() + ": " + r.lead());
        assertTrue(render(r).contains("CI/CD"), render(r));
        // A sentence neither the question nor the topics find is declined as out of field, not offered a topic.
        Reply off = command("interview", "what is the capital of france these days?");
        assertFalse(off.matched());
        assertFalse(render(off).contains("Did you mean"), render(off));
    }

    @Test
    void tipGivesOneTipFromTheModelAndIsPrivate() {
        Reply r = command("tip", "");
        assertTrue(Knowledge.real().tips().stream().anyMatch(t -> t.text().equals(r.opening())), r.opening());
        assertEquals(Visibility.PRIVATE, r.visibility());
    }

    @Test
    void helpListsEveryCommand() {
        String text = render(command("mentor", "help"));
        for (String c : List.of("/role", "/roadmap", "/interview", "/salary", "/tip", "/mentor")) {
            assertTrue(text.contains(c), c);
        }
    }

    @Test
    void anUnknownCommandIsDeclinedWithHelp() {
        Reply r = command("frobnicate", "x");
        assertFalse(r.matched());
        assertTrue(r.opening().contains("/frobnicate"));
        assertEquals("/mentor help", r.suggestions().get(0).action().typed());
    }

    @Test
    void commandNamesAreReadLeniently() {
        assertEquals("MLOps Engineer", command("/ROLE ", "mlops").title());
    }

    // ---- bad input -----------------------------------------------------------------------------------

    static final String LONG = "what does an mlops engineer do ".repeat(400).substring(0, 10_000);

    static Stream<String> badInputs() {
        return Stream.of(
                "",
                "   \t  ",
                LONG,
                "x".repeat(10_000),
                "🤖🚀 mlops 💡",
                "مهندس تعلم الآلة",
                "\u202Emlops\u202C",
                "m\u0301l\u0308ops",
                "Z\u0351\u0352\u0353a\u0354\u0355lgo",
                "<!channel>",
                "<!here> mlops",
                "<@U123> senior",
                "@everyone",
                "@here senior",
                "*bold* _italic_ ~strike~",
                "`mlops` ```code block```",
                "[link](http://example.com) <https://example.com|click>",
                "\u0000\u0007 nul and bell",
                "<!subteam^S123|@team> mlops");
    }

    static Stream<Arguments> commandsTimesBadInputs() {
        return Stream.of("role", "roadmap", "interview", "salary", "tip", "mentor", "")
                .flatMap(c -> badInputs().map(in -> Arguments.of(c, in)));
    }

    @ParameterizedTest(name = "[{index}] /{0}")
    @MethodSource("commandsTimesBadInputs")
    void badInputGetsACleanReplyWithinLimitsThatPingsNobody(String name, String input) {
        Reply r = name.isEmpty() ? freeText(input) : command(name, input);
        assertWithinLimits(r);
        assertNoPings(r);
        assertFalse(r.title().isBlank());
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void emptyOrMentionOnlyFreeTextIsDeclined(String input) {
        String cleaned = new InputSanitizer(1_000).clean(input).text();
        if (cleaned.isEmpty()) {
            Reply r = freeText(input);
            assertFalse(r.matched(), "empty after cleaning must decline: " + r.title());
            assertTrue(r.opening().contains("empty"), r.opening());
        }
    }

    @Test
    void aCommandWhoseArgumentIsOnlyAMentionAnswersAsWithoutArgument() {
        Reply r = command("salary", "<!channel>");
        assertTrue(r.matched());
        assertEquals("AI Engineer salaries in the USA", r.title());
        assertEquals("Senior AI engineer salary (USA)", command("salary", "@everyone senior").title());
    }

    @Test
    void combiningMarksAreFoldedAway() {
        assertEquals("MLOps Engineer", command("role", "m\u0301l\u0308ops").title());
    }

    @ParameterizedTest(name = "[{index}] /{0}")
    @CsvSource({"role", "salary", "roadmap", "interview", "mentor", "''"})
    void tenThousandCharactersAreCutAndTheReplySaysSo(String name) {
        Reply r = name.isEmpty() ? freeText(LONG) : command(name, LONG);
        assertTrue(r.footer().contains("read only its first 1,000 characters"), r.footer());
        assertWithinLimits(r);
    }

    @Test
    void markdownInTheArgumentIsNotEchoed() {
        Reply r = command("role", "*bold* `code`");
        String text = render(r);
        assertFalse(text.contains("*bold*"));
        assertFalse(text.contains("`"));
    }

    @Test
    void anUnknownCommandNameIsNotEchoedRaw() {
        for (String name : List.of("<!channel>", "@everyone", "<!here>", "<@U123>")) {
            Reply r = command(name, "");
            assertFalse(r.matched());
            assertNoPings(r);
        }
    }

    @Test
    void transposedLettersAreASmallTypo() {
        assertEquals("MLOps Engineer", command("role", "mlosp").title());
        assertEquals("Senior AI engineer salary (USA)", command("salary", "seniro").title());
    }

    @Test
    void interviewToleratesASmallTypo() {
        assertTrue(command("interview", "kpiss").title().contains("KPIs"));
        assertTrue(command("interview", "rejectd").title().contains("rejected"));
        assertTrue(command("interview", "phdd").title().contains("PhD"));
    }

    @Test
    void interviewDidYouMeanIsWellFormedAndCloseToTheInput() {
        Reply r = command("interview", "qwzx");
        assertFalse(r.matched());
        assertFalse(r.opening().contains("??"), r.opening());
        assertFalse(r.suggestions().isEmpty());
        Reply near = command("interview", "xq rejectingness");
        assertTrue(near.matched() || near.suggestions().stream().anyMatch(s -> s.action().typed().contains("rejected")),
                near.suggestions().toString());
    }

    @Test
    void aRoleCardSaysTheOpeningSentenceOfItsSummaryOnce() {
        Reply r = command("role", "ai developer");
        String card = r.lead() + "\n" + r.intro();
        String opening = "An AI developer is a software professional";
        assertTrue(card.contains(opening), card);
        assertEquals(card.indexOf(opening), card.lastIndexOf(opening), card);
    }

    @Test
    void aDeclinedPartOfAMessageIsQuotedByItsQuestionNotByTheStoryBeforeIt() {
        Reply r = freeText("Retired postman, never coded in my life. what do plumbers earn in Ohio, and what should I learn first?");
        assertTrue(r.lead().contains("\"what do plumbers earn in Ohio\" is outside what I can answer"), r.lead());
    }
}
