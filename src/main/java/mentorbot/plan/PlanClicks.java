package mentorbot.plan;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.mentor.Action;
import mentorbot.mentor.Reply;
import mentorbot.mentor.Request;
import mentorbot.mentoring.Button;
import mentorbot.mentoring.ClickFeature;
import mentorbot.mentoring.Response;
import mentorbot.store.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plan's buttons, routed with the mentoring loop's: done and undo under a plan reply (the plan comes back in
 * place of the message clicked), later under a weekly nudge (a quiet private acknowledgement). Whoever clicks, it is
 * their own plan that changes: a button never reaches another person's.
 */
final class PlanClicks implements ClickFeature {

    private static final Logger log = LoggerFactory.getLogger(PlanClicks.class);

    private final PlanCommand command;
    private final Plans plans;
    private final PlanButtons buttons;
    private final Supplier<KnowledgeBase> knowledge;

    PlanClicks(PlanCommand command, Plans plans, PlanButtons buttons, Supplier<KnowledgeBase> knowledge) {
        this.command = command;
        this.plans = plans;
        this.buttons = buttons;
        this.knowledge = knowledge;
    }

    @Override
    public List<Button> buttons(Request request, Reply reply) {
        return buttons.of(reply);
    }

    @Override
    public Optional<Response> act(Request clicker, Action action) {
        try {
            if (action instanceof Action.PlanDone done) {
                return Optional.of(marked(command.mark(clicker.user(), knowledge.get(), done.itemId(), true)));
            }
            if (action instanceof Action.PlanUndo undo) {
                return Optional.of(marked(command.mark(clicker.user(), knowledge.get(), undo.itemId(), false)));
            }
            if (action instanceof Action.PlanLater later) {
                Optional<PlanItem> item = plans.view(clicker.user()).flatMap(v -> v.item(later.itemId())).map(StoredPlan.Item::item);
                return Optional.of(Response.of(item.map(PlanReplies::later)
                        .orElseGet(() -> PlanReplies.noPlan(knowledge.get()))));
            }
            return Optional.empty();
        } catch (StorageException e) {
            log.error("Learning plans unavailable: {}", e.getMessage());
            return Optional.of(Response.of(PlanReplies.unavailable(e.kind().reason())));
        }
    }

    private static Response marked(PlanCommand.Marking m) {
        return new Response(m.reply(), m.buttons());
    }
}
