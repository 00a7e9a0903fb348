package mentorbot.plan;

import java.util.List;
import java.util.Optional;
import mentorbot.knowledge.SkillLevel;

/**
 * A learner's plan as it stands now, reconciled with the current knowledge: what any surface shows (the reply,
 * {@code ask --json}, later Slack's App Home).
 *
 * @param roleGone the knowledge no longer has the plan's role: the plan is kept as it was
 * @param changes  what a knowledge edit changed since the plan was last shown (said once)
 */
public record PlanView(String roleId, String roleTitle, SkillLevel from, List<StoredPlan.Item> items, boolean roleGone,
                       Changes changes, Optional<Nudge> nudge) {

    /** How many items the reply lists as next. */
    public static final int NEXT = 3;

    public PlanView {
        items = List.copyOf(items);
    }

    /** What a knowledge edit changed: items removed (and whether they were done), reworded, added. */
    public record Changes(List<StoredPlan.Item> removed, List<PlanItem> reworded, List<PlanItem> added) {
        public static final Changes NONE = new Changes(List.of(), List.of(), List.of());

        public Changes {
            removed = List.copyOf(removed);
            reworded = List.copyOf(reworded);
            added = List.copyOf(added);
        }

        public boolean any() {
            return !removed.isEmpty() || !reworded.isEmpty() || !added.isEmpty();
        }
    }

    /** This view reporting {@code earlier}: changes found by a read just before this one. */
    public PlanView withChanges(Changes earlier) {
        return new PlanView(roleId, roleTitle, from, items, roleGone, earlier, nudge);
    }

    public int done() {
        return (int) items.stream().filter(StoredPlan.Item::done).count();
    }

    /** The first open items, in plan order. */
    public List<PlanItem> next() {
        return items.stream().filter(i -> !i.done()).limit(NEXT).map(StoredPlan.Item::item).toList();
    }

    public Optional<StoredPlan.Item> item(String id) {
        return items.stream().filter(i -> i.item().id().equals(id)).findFirst();
    }

    /** "▓▓▓▓░░░░░░ 4/10", as every surface shows the progress. */
    public String progressBar() {
        return PlanReplies.bar(done(), items.size());
    }

    public boolean complete() {
        return !items.isEmpty() && done() == items.size();
    }
}
