package mentorbot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mentorbot.knowledge.SkillLevel;
import mentorbot.mentor.Platform;
import mentorbot.mentor.UserKey;
import mentorbot.store.TestBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every database behind {@link PlanStore} must do: plans with progress, the weekly nudge claimed once, forgetting. */
abstract class PlanStoreContract {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final UserKey ANA = new UserKey(Platform.DISCORD, "", "111");
    private static final Nudge MONDAYS = new Nudge(DayOfWeek.MONDAY, LocalTime.of(9, 0), ZoneId.of("UTC"), T0);

    private TestBackend backend;
    private PlanStore store;
    private final List<PlanStore> others = new ArrayList<>();

    abstract TestBackend backend();

    @BeforeEach
    void open() {
        backend = backend();
        store = PlanStore.open(backend.open());
    }

    @AfterEach
    void close() {
        others.forEach(PlanStore::close);
        store.close();
    }

    private PlanStore another() {
        PlanStore s = PlanStore.open(backend.open());
        others.add(s);
        return s;
    }

    private static StoredPlan plan(String... itemIds) {
        List<StoredPlan.Item> items = new ArrayList<>();
        for (String id : itemIds) {
            items.add(new StoredPlan.Item(new PlanItem(id, ItemKind.SKILL, "roadmap-" + id, "Learn " + id), null));
        }
        return new StoredPlan(ANA, "mlops-engineer", "MLOps Engineer", SkillLevel.FOUNDATIONAL, items, null);
    }

    @Test
    void aPlanIsStoredWithItsItemsInOrderAndProgress() {
        store.save(plan("python", "docker", "kubernetes"), T0);
        assertTrue(store.mark(ANA, "docker", T0.plusSeconds(60)));
        assertFalse(store.mark(ANA, "nope", T0), "no such item");

        StoredPlan read = another().plan(ANA).orElseThrow();
        assertEquals(List.of("python", "docker", "kubernetes"), read.items().stream().map(i -> i.item().id()).toList());
        assertEquals(T0.plusSeconds(60), read.items().get(1).doneAt());
        assertTrue(store.mark(ANA, "docker", null));
        assertFalse(store.plan(ANA).orElseThrow().items().get(1).done());
    }

    @Test
    void aNewPlanReplacesTheOldOneAndItsProgress() {
        store.save(plan("python"), T0);
        store.mark(ANA, "python", T0);
        store.save(plan("sql", "spark"), T0.plusSeconds(5));
        store.replaceItems(ANA, "MLOps Engineer (renamed)", plan("spark").items(), T0.plusSeconds(10));

        StoredPlan read = store.plan(ANA).orElseThrow();
        assertEquals("MLOps Engineer (renamed)", read.roleTitle());
        assertEquals(List.of("spark"), read.items().stream().map(i -> i.item().id()).toList());
    }

    @Test
    void theWeeklyNudgeIsClaimedOncePerWeekAcrossReplicas() {
        store.save(plan("python"), T0);
        assertTrue(store.setNudge(ANA, MONDAYS));
        assertEquals(Optional.of(MONDAYS), store.nudged().get(0).nudgeIfSet());

        assertTrue(store.claimNudge(ANA, "2026-W10", "python", T0));
        assertFalse(another().claimNudge(ANA, "2026-W10", "python", T0), "the week is taken");
        store.nudgeSent(ANA, "2026-W10", true, null, T0);
        assertTrue(another().claimNudge(ANA, "2026-W11", "python", T0));
        assertEquals(List.of("2026-W10", "2026-W11"), store.nudgeWeeks(ANA));

        store.setNudge(ANA, null);
        assertFalse(store.claimNudge(ANA, "2026-W12", "python", T0), "no nudge set");
        assertEquals(List.of(), store.nudged());
    }

    @Test
    void forgettingAPersonDeletesThePlanAndItsNudges() {
        store.save(plan("python"), T0);
        store.setNudge(ANA, MONDAYS);
        store.claimNudge(ANA, "2026-W10", "python", T0);

        assertEquals(1, another().forget(ANA));
        assertEquals(Optional.empty(), store.plan(ANA));
        assertEquals(List.of(), store.nudgeWeeks(ANA));
        assertFalse(store.drop(ANA));
    }
}
