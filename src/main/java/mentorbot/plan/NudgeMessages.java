package mentorbot.plan;

import java.util.List;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.Tip;
import mentorbot.mentor.Action;
import mentorbot.mentor.Reply;
import mentorbot.mentor.ReplyBuilder;
import mentorbot.mentoring.Button;

/** The weekly nudge: the plan's next item, a daily tip about the same entry of the guides, and done / later. */
final class NudgeMessages {

    private NudgeMessages() {
    }

    static Reply reply(KnowledgeBase kb, PlanView view, PlanItem item, String week) {
        ReplyBuilder b = ReplyBuilder.titled("This week on your learning plan")
                .lead("Next on your way to " + view.roleTitle() + ": " + item.text())
                .field("Progress", PlanReplies.bar(view.done(), view.items().size()));
        List<Tip> fitting = kb.tips().stream().filter(t -> t.topic().equals(item.source())).toList();
        if (!fitting.isEmpty()) {
            // A different tip each week when the item stays next.
            b.text("A tip for it", fitting.get(Math.floorMod(week.hashCode(), fitting.size())).text());
        }
        view.nudge().ifPresent(n -> b.footer("Your weekly nudge: " + PlanReplies.when(n) + ". /plan nudge off stops it."));
        return b.suggest("Show my plan", "/plan").build();
    }

    static List<Button> buttons(PlanItem item) {
        return List.of(new Button("Done: " + PlanReplies.label(item), new Action.PlanDone(item.id())),
                new Button("Later", new Action.PlanLater(item.id())));
    }
}
