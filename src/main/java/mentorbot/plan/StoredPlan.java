package mentorbot.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mentorbot.knowledge.SkillLevel;
import mentorbot.mentor.UserKey;

/**
 * A learner's plan as stored: the role and level it was built for, its items as last shown (with progress), and the
 * weekly nudge if one is set.
 *
 * @param roleTitle the role's title when the plan was built or last reconciled, shown if the role leaves the knowledge
 * @param nudge     null when no weekly nudge is set
 */
public record StoredPlan(UserKey owner, String roleId, String roleTitle, SkillLevel from, List<Item> items, Nudge nudge) {

    public StoredPlan {
        items = List.copyOf(items);
    }

    /** An item and when it was checked off (null: open). */
    public record Item(PlanItem item, Instant doneAt) {
        public boolean done() {
            return doneAt != null;
        }
    }

    public Optional<Nudge> nudgeIfSet() {
        return Optional.ofNullable(nudge);
    }
}
