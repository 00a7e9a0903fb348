package mentorbot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mentorbot.config.Settings;
import mentorbot.knowledge.KnowledgeException;
import mentorbot.knowledge.KnowledgeSource;
import mentorbot.mentor.Action;
import mentorbot.mentor.Invocation;
import mentorbot.mentor.Platform;
import mentorbot.mentor.Reply;
import mentorbot.mentor.Request;
import mentorbot.mentor.Subject;
import mentorbot.mentor.UserKey;
import mentorbot.mentoring.Response;
import mentorbot.store.SqliteFiles;
import mentorbot.testing.Knowledge;
import mentorbot.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /plan against a real SQLite file and a knowledge directory that can be edited while plans exist. */
class PlanFeatureTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
    private KnowledgeSource knowledge;
    private Settings settings;
    private PlanFeature feature;
    private final Request ada = Request.command(Platform.SLACK, "T1", "UADA", "C1", "plan", "");

    @BeforeEach
    void setUp() throws KnowledgeException {
        knowledge = KnowledgeSource.open(Knowledge.copyTo(dir.resolve("knowledge")));
        settings = new Settings(null, null, null, null, null, null, null, null, null, dir.resolve("data").toString());
        feature = reopen();
    }

    private PlanFeature reopen() {
        return PlanFeature.open(settings, clock, Map.of(), knowledge::current);
    }

    @AfterEach
    void close() {
        feature.close();
    }

    private Reply plan(String args) {
        return plan(ada, args);
    }

    private Reply plan(Request who, String args) {
        return feature.command().execute(new Invocation(who, args, Subject.NONE, knowledge.current())).reply();
    }

    private PlanView view() {
        return feature.plans().view(ada.user()).orElseThrow();
    }

    @Test
    void progressSurvivesARestartOnTheSameFile() {
        plan("set mlops intermediate");
        plan("done progression-programming-intermediate");
        plan("done 3");
        feature.close();
        feature = reopen();
        PlanView after = view();
        assertEquals("mlops-engineer", after.roleId());
        assertEquals(2, after.done());
        assertEquals(List.of("progression-machine-learning-intermediate", "progression-genai-specialization-intermediate",
                "progression-theory-math-intermediate"), after.next().stream().map(PlanItem::id).toList());
        assertTrue(plan("").fields().contains(new Reply.Field("Progress", "▓░░░░░░░░░ 2/18")), plan("").fields().toString());
    }

    @Test
    void undoOpensAnItemAgainAndTheButtonsFollowThePlan() {
        plan("set ai developer");
        Response done = feature.clicks().act(ada, new Action.PlanDone("step-core-skills")).orElseThrow();
        assertTrue(done.reply().lead().startsWith("Checked off: Step 2."), done.reply().lead());
        assertTrue(done.buttons().stream().anyMatch(b -> b.action().equals(new Action.PlanUndo("step-core-skills"))));
        Response undone = feature.clicks().act(ada, new Action.PlanUndo("step-core-skills")).orElseThrow();
        assertTrue(undone.reply().lead().startsWith("Opened again: Step 2."), undone.reply().lead());
        assertEquals(0, view().done());
        Reply shown = plan("");
        assertEquals(List.of(new Action.PlanDone("progression-programming-foundational"),
                new Action.PlanDone("progression-machine-learning-foundational"),
                new Action.PlanDone("progression-frameworks-tools-foundational")),
                feature.clicks().buttons(ada, shown).stream().map(b -> b.action()).toList());
    }

    @Test
    void aClickChangesOnlyTheClickersOwnPlan() {
        plan("set mlops");
        Request grace = Request.command(Platform.SLACK, "T1", "UGRACE", "C1", "plan", "");
        Response r = feature.clicks().act(grace, new Action.PlanDone("step-core-skills")).orElseThrow();
        assertEquals("You have no learning plan yet", r.reply().title());
        assertEquals(0, view().done());
    }

    @Test
    void badInputGetsAClearReplyAndLosesNothing() {
        plan("set mlops");
        plan("done 1");
        Reply unknownRole = plan("set astronot");
        assertFalse(unknownRole.matched());
        assertTrue((unknownRole.lead() + unknownRole.intro()).contains("Did you mean"), unknownRole.lead());
        Reply above = plan("set ai developer advanced");
        assertFalse(above.matched());
        assertTrue(above.lead().contains("reaches the foundational level"), above.lead());
        Reply notInPlan = plan("done progression-programming-nonsense");
        assertFalse(notInPlan.matched());
        assertTrue(notInPlan.lead().contains("is not an item of your plan"), notInPlan.lead());
        assertFalse(plan("done 99").matched());
        for (String bad : List.of("nudge weekly 25:00", "nudge weekly funday", "nudge weekly monday Mars/Olympus", "nudge daily",
                "nudge weekly 9:75")) {
            Reply r = plan(bad);
            assertFalse(r.matched(), bad);
            assertTrue(r.lead().endsWith("Nothing was changed."), bad + ": " + r.lead());
        }
        Reply markup = plan("done <!channel> @everyone " + "x".repeat(10_000));
        assertFalse(markup.matched());
        assertEquals("mlops-engineer", view().roleId());
        assertEquals(1, view().done());
        assertTrue(view().nudge().isEmpty());
    }

    @Test
    void aKnowledgeEditThatRemovesAnItemKeepsThePlanAndSaysWhatChanged() {
        plan("set ai developer");
        plan("done learning-habits-engage-with-the-community");
        plan("done step-hands-on-experience");
        Path roadmap = knowledge.dir().resolve("roadmap.yaml");
        String text = Knowledge.read(roadmap);
        String habit = "      - \"Engage with the community: contribute to open-source projects on GitHub and join specialised "
                + "Discord servers or online forums\"\n";
        assertTrue(text.contains(habit));
        Knowledge.write(roadmap, text.replace(habit, "").replace("Gain practical experience on real-world AI projects.",
                "Gain practical experience on real-world AI projects, ideally with a team."));
        assertEquals(Optional.empty(), knowledge.reload());

        Reply shown = plan("");
        assertTrue(shown.matched());
        String changed = shown.sections().stream().filter(s -> s.heading().startsWith("What changed")).findFirst().orElseThrow()
                .items().toString();
        assertTrue(changed.contains("Removed from the guides: Engage with the community") && changed.contains("(you had done it)"),
                changed);
        assertTrue(changed.contains("Reworded: Step 3: Gain practical experience on real-world AI projects, ideally with a team."),
                changed);
        PlanView after = view();
        assertEquals(1, after.done(), "the reworded step keeps its progress");
        assertTrue(after.item("step-hands-on-experience").orElseThrow().done());
        assertTrue(after.item("learning-habits-engage-with-the-community").isEmpty());
        assertTrue(plan("").sections().stream().noneMatch(s -> s.heading().startsWith("What changed")), "said once");
    }

    @Test
    void aPlanWhoseRoleLeftTheKnowledgeIsKeptAsItWas() {
        UserKey owner = ada.user();
        try (PlanStore store = PlanStore.open(dir.resolve("data").resolve(SqliteFiles.FILE_NAME), java.time.Duration.ofSeconds(5))) {
            store.save(new StoredPlan(owner, "prompt-whisperer", "Prompt Whisperer", mentorbot.knowledge.SkillLevel.FOUNDATIONAL,
                    List.of(new StoredPlan.Item(new PlanItem("step-core-skills", ItemKind.STEP, "step-core-skills", "Step 2: old"),
                            clock.instant()), new StoredPlan.Item(new PlanItem("gone-item", ItemKind.HABIT, "gone", "Whisper daily"), null)),
                    null), clock.instant());
        }
        Reply shown = plan("");
        assertTrue(shown.matched());
        assertEquals("Your learning plan: Prompt Whisperer", shown.title());
        assertTrue(shown.sections().stream().anyMatch(s -> s.text().contains("no longer list the Prompt Whisperer role")),
                shown.sections().toString());
        assertEquals(1, view().done());
        assertTrue(plan("done gone-item").lead().startsWith("Checked off: Whisper daily."), "progress still works");
        assertEquals(2, view().done());
    }

    @Test
    void dropDeletesThePlanAndForgettingDeletesEverything() {
        plan("set mlops");
        plan("nudge weekly");
        assertTrue(plan("drop").lead().startsWith("I deleted your learning plan"));
        assertTrue(feature.plans().view(ada.user()).isEmpty());
        assertEquals("No plan to delete", plan("drop").title());
        plan("set nlp");
        assertEquals(Map.of("learning plan", 1), feature.personalData().forget(ada.user()));
        assertEquals(Map.of("learning plan", 0), feature.personalData().forget(new UserKey(Platform.SLACK, "T1", "UADA")));
        assertTrue(SqliteFiles.FILE_NAME.endsWith(".db"));
    }

    @Test
    void aNudgeIsSetWithDefaultsAndStopped() {
        plan("set mlops");
        Reply on = plan("nudge weekly wednesday 18:30 Europe/Berlin");
        assertTrue(on.lead().contains("Wednesday at 18:30 (Europe/Berlin)"), on.lead());
        assertTrue(on.lead().contains("Wed 4 Mar 2026 18:30"), on.lead());
        assertEquals("Wednesdays at 18:30 (Europe/Berlin)", PlanReplies.when(view().nudge().orElseThrow()));
        plan("nudge weekly 07:00");
        assertEquals("Wednesdays at 07:00 (Europe/Berlin)", PlanReplies.when(view().nudge().orElseThrow()), "the rest is kept");
        assertTrue(plan("nudge off").lead().startsWith("I'll send no more weekly nudges."));
        assertTrue(view().nudge().isEmpty());
    }
}
