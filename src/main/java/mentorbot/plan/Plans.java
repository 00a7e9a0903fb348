package mentorbot.plan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.Role;
import mentorbot.knowledge.SkillLevel;
import mentorbot.mentor.UserKey;

/**
 * Learning plans, platform-neutral: set one for a role, read it reconciled with the current knowledge, check items
 * off and on, set the weekly nudge, drop it. A knowledge edit never loses a plan: items that still exist keep their
 * progress, the rest is reported once and dropped, and a plan whose role left the knowledge is kept as it was.
 *
 * @see PlanView the neutral read of a plan, for any surface
 */
public final class Plans {

    private final Supplier<PlanStore> store;
    private final Supplier<KnowledgeBase> knowledge;
    private final Clock clock;

    /** @param store opened on first use; throws {@link mentorbot.store.StorageException} when the file cannot be used */
    public Plans(Supplier<PlanStore> store, Supplier<KnowledgeBase> knowledge, Clock clock) {
        this.store = store;
        this.knowledge = knowledge;
        this.clock = clock;
    }

    /** Builds and stores a new plan for {@code owner} from the current knowledge, replacing any earlier one. */
    public PlanView set(UserKey owner, Role role, SkillLevel from) {
        KnowledgeBase kb = knowledge.get();
        List<StoredPlan.Item> items = PlanBuilder.build(kb, role, from).stream().map(i -> new StoredPlan.Item(i, null)).toList();
        Optional<Nudge> nudge = store.get().plan(owner).flatMap(StoredPlan::nudgeIfSet);
        store.get().save(new StoredPlan(owner, role.id(), role.title(), from, items, null), clock.instant());
        return new PlanView(role.id(), role.title(), from, items, false, PlanView.Changes.NONE, nudge);
    }

    /** The person's plan reconciled with the current knowledge (any change is stored, and reported in this view only). */
    public Optional<PlanView> view(UserKey owner) {
        return store.get().plan(owner).map(this::reconcile);
    }

    private PlanView reconcile(StoredPlan plan) {
        KnowledgeBase kb = knowledge.get();
        Optional<Role> role = kb.role(plan.roleId());
        if (role.isEmpty()) {
            return new PlanView(plan.roleId(), plan.roleTitle(), plan.from(), plan.items(), true, PlanView.Changes.NONE,
                    plan.nudgeIfSet());
        }
        SkillLevel target = PlanBuilder.target(kb, role.get());
        SkillLevel from = plan.from().compareTo(target) > 0 ? target : plan.from();
        List<PlanItem> built = PlanBuilder.build(kb, role.get(), from);
        Map<String, StoredPlan.Item> before = new LinkedHashMap<>();
        plan.items().forEach(i -> before.put(i.item().id(), i));
        List<StoredPlan.Item> items = new ArrayList<>();
        List<PlanItem> reworded = new ArrayList<>();
        List<PlanItem> added = new ArrayList<>();
        for (PlanItem item : built) {
            StoredPlan.Item old = before.remove(item.id());
            if (old == null) {
                added.add(item);
                items.add(new StoredPlan.Item(item, null));
            } else {
                if (!old.item().equals(item)) {
                    reworded.add(item);
                }
                items.add(new StoredPlan.Item(item, old.doneAt()));
            }
        }
        PlanView.Changes changes = new PlanView.Changes(List.copyOf(before.values()), reworded, added);
        if (changes.any() || !role.get().title().equals(plan.roleTitle())) {
            store.get().replaceItems(plan.owner(), role.get().title(), items, clock.instant());
        }
        return new PlanView(role.get().id(), role.get().title(), plan.from(), items, false, changes, plan.nudgeIfSet());
    }

    /** What checking an item off or on did. */
    public enum Marked { DONE, ALREADY, NOT_IN_PLAN }

    /** Checks {@code itemId} off ({@code done}) or on again in {@code plan}, the owner's plan as just viewed. */
    public Marked mark(UserKey owner, PlanView plan, String itemId, boolean done) {
        Optional<StoredPlan.Item> item = plan.item(itemId);
        if (item.isEmpty()) {
            return Marked.NOT_IN_PLAN;
        }
        if (item.get().done() == done) {
            return Marked.ALREADY;
        }
        return store.get().mark(owner, itemId, done ? clock.instant() : null) ? Marked.DONE : Marked.NOT_IN_PLAN;
    }

    /** Sets the weekly nudge (null: off); false when the person has no plan. */
    public boolean nudge(UserKey owner, Nudge nudge) {
        return store.get().setNudge(owner, nudge);
    }

    public boolean drop(UserKey owner) {
        return store.get().drop(owner);
    }

    /** Deletes everything stored about the person's plan ({@code /mentor forget me}); returns how many plans. */
    public int forget(UserKey owner) {
        return store.get().forget(owner);
    }
}
