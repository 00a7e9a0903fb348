package mentorbot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mentorbot.config.Settings;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.mentor.Action;
import mentorbot.mentor.Invocation;
import mentorbot.mentor.Platform;
import mentorbot.mentor.Reply;
import mentorbot.mentor.Request;
import mentorbot.mentor.Subject;
import mentorbot.mentoring.Button;
import mentorbot.mentoring.MentorCard;
import mentorbot.mentoring.MentorPort;
import mentorbot.mentoring.MentorsChannel;
import mentorbot.testing.Knowledge;
import mentorbot.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The weekly nudge in virtual time, against a real SQLite file: once a week, at the local time, across DST, not after off. */
class WeeklyNudgesTest {

    @TempDir
    Path dir;

    private final KnowledgeBase kb = Knowledge.real();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z")); // a Monday
    private final DmPort port = new DmPort();
    private Settings settings;
    private PlanFeature feature;
    private WeeklyNudges nudges;
    private final Request ada = Request.command(Platform.SLACK, "T1", "UADA", "D1", "plan", "");

    /** The DMs a platform was asked to send. */
    static final class DmPort implements MentorPort {
        record Dm(String team, String user, Reply reply, List<Button> buttons, Instant at) {
        }

        final List<Dm> dms = new ArrayList<>();
        MutableClock clock;

        @Override
        public Posted postCard(MentorsChannel channel, MentorCard card) {
            throw new AssertionError("no cards here");
        }

        @Override
        public boolean updateCard(MentorsChannel channel, String messageId, MentorCard card) {
            throw new AssertionError("no cards here");
        }

        @Override
        public boolean directMessage(String teamId, String userId, Reply reply) {
            throw new AssertionError("a nudge carries its buttons");
        }

        @Override
        public boolean directMessage(String teamId, String userId, Reply reply, List<Button> buttons) {
            dms.add(new Dm(teamId, userId, reply, buttons, clock.instant()));
            return true;
        }

        @Override
        public boolean remind(MentorsChannel channel, String messageId, MentorCard card) {
            throw new AssertionError("no cards here");
        }
    }

    @BeforeEach
    void setUp() {
        port.clock = clock;
        settings = new Settings(null, null, null, null, null, null, null, null, null, dir.toString());
        start();
    }

    /** A bot (re)started on the same file. */
    private void start() {
        feature = PlanFeature.open(settings, clock, Map.of(Platform.SLACK, port), () -> kb);
        nudges = feature.nudges((task, delay) -> { }, Duration.ofMinutes(5));
    }

    @AfterEach
    void close() {
        feature.close();
    }

    private Reply plan(String args) {
        return feature.command().execute(new Invocation(ada, args, Subject.NONE, kb)).reply();
    }

    private void at(String instant) {
        clock.advance(Duration.between(clock.instant(), Instant.parse(instant)));
        nudges.runDue(clock.instant());
    }

    @Test
    void theNudgeIsSentOnceInAWeekAcrossARestartWithItsButtons() {
        plan("set mlops");
        plan("nudge weekly monday 09:00 UTC");
        at("2026-03-02T12:00:00Z");
        assertEquals(0, port.dms.size(), "set after this Monday's 09:00: the first is next Monday");
        at("2026-03-09T08:59:00Z");
        assertEquals(0, port.dms.size());
        at("2026-03-09T09:00:00Z");
        assertEquals(1, port.dms.size());
        DmPort.Dm dm = port.dms.get(0);
        assertEquals("T1", dm.team());
        assertEquals("UADA", dm.user());
        assertTrue(dm.reply().lead().startsWith("Next on your way to MLOps Engineer: Programming (foundational): Strong Python"),
                dm.reply().lead());
        assertTrue(dm.reply().sections().stream().anyMatch(s -> s.heading().equals("A tip for it")), "a tip that fits");
        assertEquals(List.of(new Action.PlanDone("progression-programming-foundational"),
                new Action.PlanLater("progression-programming-foundational")), dm.buttons().stream().map(Button::action).toList());

        at("2026-03-09T09:01:00Z");
        feature.close();
        start(); // a restart on the same file, the same week
        at("2026-03-09T09:02:00Z");
        at("2026-03-12T09:00:00Z");
        assertEquals(1, port.dms.size(), "once in the week");
        assertEquals(List.of("2026-W11"), weeks(), "one ledger row for the week");

        plan("done 1");
        at("2026-03-16T09:00:00Z");
        assertEquals(2, port.dms.size(), "the next week");
        assertTrue(port.dms.get(1).reply().lead().contains("Machine Learning (foundational)"), "the next item now");
    }

    private List<String> weeks() {
        try (PlanStore store = PlanStore.open(dir.resolve("tips.db"), Duration.ofSeconds(5))) {
            return store.nudgeWeeks(ada.user());
        }
    }

    @Test
    void theNudgeFollowsTheLocalTimeAcrossTheSpringChange() {
        plan("set mlops");
        plan("nudge weekly monday 09:00 Europe/Berlin");
        at("2026-03-23T07:59:00Z");
        assertEquals(0, port.dms.size());
        at("2026-03-23T08:00:00Z"); // 09:00 CET
        assertEquals(1, port.dms.size());
        at("2026-03-30T06:59:00Z"); // after the change (29 March): 08:59 CEST
        assertEquals(1, port.dms.size());
        at("2026-03-30T07:00:00Z"); // 09:00 CEST
        assertEquals(2, port.dms.size());
        assertEquals(Instant.parse("2026-03-30T07:00:00Z"), port.dms.get(1).at());
    }

    @Test
    void aTimeSkippedOrRepeatedByTheChangeIsNudgedOnce() {
        plan("set mlops");
        plan("nudge weekly sunday 02:30 Europe/Berlin");
        at("2026-03-29T00:59:00Z"); // 01:59 CET; 02:00-03:00 does not exist that night
        assertEquals(0, port.dms.size());
        at("2026-03-29T01:00:00Z"); // 03:00 CEST, the first valid moment after 02:30
        assertEquals(1, port.dms.size());

        plan("done 1");
        at("2026-10-25T00:30:00Z"); // 02:30 CEST, the first of two 02:30s
        assertEquals(2, port.dms.size());
        at("2026-10-25T01:30:00Z"); // 02:30 CET, the second
        assertEquals(2, port.dms.size());
    }

    @Test
    void noNudgeAfterOff() {
        plan("set mlops");
        plan("nudge weekly tuesday 09:00 UTC");
        at("2026-03-03T09:00:00Z");
        assertEquals(1, port.dms.size());
        plan("nudge off");
        for (String week : List.of("2026-03-10T09:00:00Z", "2026-03-17T09:00:00Z", "2026-03-24T12:00:00Z")) {
            at(week);
        }
        assertEquals(1, port.dms.size());
    }

    @Test
    void aNudgeMissedWhileDownIsSentOnStartWithinADayAndNeverLater() {
        plan("set mlops");
        plan("nudge weekly wednesday 09:00 UTC");
        at("2026-03-04T12:00:00Z"); // the bot was down at 09:00
        assertEquals(1, port.dms.size());
        at("2026-03-12T10:00:00Z"); // down from Wednesday to Thursday: more than a day late
        assertEquals(1, port.dms.size());
    }

    @Test
    void aFinishedPlanIsNotNudged() {
        plan("set ai developer");
        for (int i = 1; i <= feature.plans().view(ada.user()).orElseThrow().items().size(); i++) {
            plan("done " + i);
        }
        plan("nudge weekly friday 09:00 UTC");
        at("2026-03-06T09:00:00Z");
        assertEquals(0, port.dms.size());
    }

    @Test
    void theNextNudgeIsTheFirstLocalTimeAfterNow() {
        Nudge n = new Nudge(java.time.DayOfWeek.MONDAY, java.time.LocalTime.of(9, 0), java.time.ZoneId.of("Europe/Berlin"),
                Instant.EPOCH);
        assertEquals(Instant.parse("2026-03-30T07:00:00Z"), NudgeSchedule.next(n, Instant.parse("2026-03-23T08:00:00Z")));
        assertEquals("2026-W13", NudgeSchedule.week(java.time.LocalDate.parse("2026-03-23")));
    }
}
